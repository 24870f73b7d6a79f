"""The Pelican generator that writes the network's pages for the language being built."""

import logging
import shutil
from pathlib import Path
from typing import Any

from pelican.generators import Generator

from plugins.site_data.site import load_site_data
from plugins.site_data.sitedata import SiteData
from plugins.site_i18n.urls import join_url

from .exports import export_rows, members_csv, members_json
from .jsonld import member_jsonld, network_jsonld, network_reference, script_json
from .model import localised, municipality_slug, national_agencies, partners, regional_networks, sorted_members, team
from .urls import SiteUrls
from .views import member_url, member_view, members_serving_views, municipality_links, type_groups

logger = logging.getLogger(__name__)


def data_dir(settings: dict[str, Any]) -> Path:
    """data/ next to the content folder (DATA_PATH may be relative to the project)."""
    path = Path(settings.get("DATA_PATH", "data"))
    return path if path.is_absolute() else Path(settings["PATH"]).parent / path


class NetworkGenerator(Generator):
    """Members list, members by municipality, a page per member, partners; open data once."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.site: SiteData | None = None

    @property
    def lang(self) -> str:
        return str(self.settings["DEFAULT_LANG"])

    def generate_context(self) -> None:
        """Load data/ and share the team and the network's JSON-LD with the page templates."""
        site = load_site_data(data_dir(self.settings))
        if site.errors:
            for problem in site.errors:
                logger.error("%s", problem)
            return
        self.site = site
        siteurl = self.settings["SITEURL"]
        network_url = join_url(siteurl, self.settings["NETWORK_URL"])
        members = sorted_members(site, self.lang)
        member_refs = [(localised(m["name"], self.lang), join_url(siteurl, self.settings["MEMBER_URL"].format(slug=m["id"]))) for m in members]
        region = next((r for r in regional_networks(site, self.lang) if r.get("current")), None)
        region_name = localised(region["region"], self.lang) if region else ""
        self.context["team"] = team(site)
        self.context["network_member_count"] = len(members)
        self.context["network_jsonld"] = script_json(network_jsonld(self.settings["SITENAME"], network_url, region_name, member_refs))

    def generate_output(self, writer: Any) -> None:
        """Write this language's network pages; the main language also writes the open data and images."""
        if self.site is None:
            return
        site, lang = self.site, self.lang
        urls = SiteUrls(self.context["lang_siteurls"], self.settings["LANGUAGE_URLS"])
        image_base = join_url(self.context["main_siteurl"], self.settings["DATA_IMAGES_DIR"])
        network_url = join_url(self.settings["SITEURL"], self.settings["NETWORK_URL"])
        network = network_reference(self.settings["SITENAME"], network_url)
        members = [member_view(site, urls, lang, m, image_base) for m in sorted_members(site, lang)]

        self._write("MEMBERS_SAVE_AS", "members", writer, urls.every_lang("MEMBERS_URL"),
                    groups=type_groups(members), municipality_links=municipality_links(site, urls, lang, members),
                    member_total=len(members), current_municipality=None, sample_count=sum(m["sample"] for m in members))
        for code, municipality in sorted(site.municipalities.items()):
            serving = members_serving_views(members, code)
            alternates = urls.every_lang("MEMBERS_MUNICIPALITY_URL", lambda other: {"slug": municipality_slug(municipality, other)})  # noqa: B023 - called at once
            self._write("MEMBERS_MUNICIPALITY_SAVE_AS", "members", writer, alternates, slug=municipality_slug(municipality, lang),
                        groups=type_groups(serving), municipality_links=municipality_links(site, urls, lang, members, code),
                        member_total=len(serving), current_municipality={"code": code, "name": municipality.name(lang)},
                        sample_count=sum(m["sample"] for m in serving))
        for member in members:
            record = site.records("members").records[member["id"]]
            served = [site.municipalities[c] for c in record["municipalities"] if c in site.municipalities]
            jsonld = member_jsonld(record, lang, member["url"], network, served, member["logo"]["url"] if member["logo"] else None)
            alternates = {other: member_url(urls, other, member["id"]) for other in urls.siteurls}
            self._write("MEMBER_SAVE_AS", "member", writer, alternates, slug=member["id"], member=member,
                        member_jsonld=script_json(jsonld), locations_listed="locations" in site.record_sets)
        partner_views = [
            {**member_view(site, urls, lang, p, image_base), "note": localised(p.get("partner_note"), lang)} for p in partners(site)
        ]
        self._write("PARTNERS_SAVE_AS", "partners", writer, urls.every_lang("PARTNERS_URL"), partners=partner_views,
                    regions=[r for r in regional_networks(site, lang)], agencies=national_agencies(site))
        if lang == self.context.get("main_lang", lang):
            self._write_open_data(writer, urls, site)
            self._copy_images(writer, site)

    def _write(self, save_as_name: str, template: str, writer: Any, alternates: dict[str, str], slug: str | None = None, **extra: Any) -> None:
        save_as = self.settings[save_as_name].format(slug=slug) if slug else self.settings[save_as_name]
        writer.write_file(save_as, self.get_template(template), self.context, page_alternate_urls=alternates, **extra)

    def _write_open_data(self, writer: Any, urls: SiteUrls, site: SiteData) -> None:
        records = list(site.records("members").records.values())
        member_urls = {m["id"]: {lang: member_url(urls, lang, m["id"]) for lang in urls.siteurls} for m in records}
        rows = export_rows(records, site.municipalities, member_urls)
        output = Path(writer.output_path)
        for setting, text in (("MEMBERS_EXPORT_JSON", members_json(rows, self.settings["SITENAME"])), ("MEMBERS_EXPORT_CSV", members_csv(rows))):
            target = output / self.settings[setting]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="")

    def _copy_images(self, writer: Any, site: SiteData) -> None:
        files = {m["logo"]["file"] for m in site.records("members").records.values() if m.get("logo")}
        files |= {p["photo"]["file"] for p in site.records("people").records.values() if p.get("photo")}
        target = Path(writer.output_path) / self.settings["DATA_IMAGES_DIR"]
        for name in sorted(files):
            target.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(site.data_dir / "images" / name, target / name)
