"""The Pelican generator that writes the network's pages for the language being built."""

import shutil
from pathlib import Path
from typing import Any

from plugins.pages import SiteGenerator, script_json, site_urls, write_file, write_page
from plugins.site_data.files import resolves_inside
from plugins.site_data.sitedata import SiteData
from plugins.site_i18n.urls import SiteUrls, join_url, url_for

from .exports import export_rows, members_csv, members_json
from .jsonld import member_jsonld, network_jsonld, network_reference
from .model import national_agencies, partners, regional_networks, sorted_members, team
from .views import member_url, member_view, members_by_municipality, municipality_links, type_groups


class NetworkGenerator(SiteGenerator):
    """Members list, members by municipality, a page per member, partners; open data once."""

    def generate_context(self) -> None:
        """Load data/ (stopping the build on errors) and share the team and the network's JSON-LD with the page templates."""
        site = self.checked_site_data()
        self.site: SiteData = site
        siteurl = self.settings["SITEURL"]
        network_url = join_url(siteurl, self.settings["NETWORK_URL"])
        members = sorted_members(site, self.lang)
        member_refs = [
            (m.name.get(self.lang), url_for(self.settings["LANGUAGE_URLS"], self.lang, "MEMBER_URL", m.id, siteurl))
            for m in members
        ]
        region = next((r for r in regional_networks(site, self.lang) if r.current), None)
        region_name = region.region.get(self.lang) if region else ""
        short_name = self.settings["REGION"].short_name
        self.context["team"] = team(site)
        self.context["network_member_count"] = len(members)
        self.context["network_jsonld"] = script_json(
            network_jsonld(self.settings["SITENAME"], short_name, network_url, region_name, member_refs)
        )

    def generate_output(self, writer: Any) -> None:
        """Write this language's network pages; the main language also writes the open data and images."""
        site, lang = self.site, self.lang
        urls = site_urls(self)
        language_urls = self.settings["LANGUAGE_URLS"]
        image_base = join_url(self.context["main_siteurl"], self.settings["DATA_IMAGES_DIR"])
        network_url = join_url(self.settings["SITEURL"], self.settings["NETWORK_URL"])
        network = network_reference(self.settings["SITENAME"], network_url)
        members = [member_view(site, urls, lang, m, image_base) for m in sorted_members(site, lang)]
        by_municipality = members_by_municipality(members)

        def page(name: str, slug: str = "") -> str:
            return url_for(language_urls, lang, name, slug)

        write_page(
            self,
            writer,
            page("MEMBERS_URL"),
            "members",
            urls.every_lang("MEMBERS_URL"),
            groups=type_groups(members),
            municipality_links=municipality_links(site, urls, lang, by_municipality),
            member_total=len(members),
            current_municipality=None,
            sample_count=sum(m["sample"] for m in members),
        )
        for code, municipality in sorted(site.municipalities.items()):
            serving = by_municipality.get(code, [])
            alternates = urls.every_lang("MEMBERS_MUNICIPALITY_URL", municipality.slug)
            write_page(
                self,
                writer,
                page("MEMBERS_MUNICIPALITY_URL", municipality.slug(lang)),
                "members",
                alternates,
                groups=type_groups(serving),
                municipality_links=municipality_links(site, urls, lang, by_municipality, code),
                member_total=len(serving),
                current_municipality={"code": code, "name": municipality.name(lang)},
                sample_count=sum(m["sample"] for m in serving),
            )
        for member in members:
            model = site.members[member["id"]]
            served = [site.municipalities[c] for c in model.municipalities if c in site.municipalities]
            jsonld = member_jsonld(
                model, lang, member["url"], network, served, member["logo"]["url"] if member["logo"] else None
            )
            alternates = {other: member_url(urls, other, member["id"]) for other in urls.siteurls}
            write_page(
                self,
                writer,
                page("MEMBER_URL", member["id"]),
                "member",
                alternates,
                member=member,
                member_jsonld=script_json(jsonld),
                locations_listed="locations" in site.record_sets,
            )
        partner_views = [
            {**member_view(site, urls, lang, m, image_base), "note": p.note.get(lang)} for m, p in partners(site)
        ]
        write_page(
            self,
            writer,
            page("PARTNERS_URL"),
            "partners",
            urls.every_lang("PARTNERS_URL"),
            partners=partner_views,
            regions=regional_networks(site, lang),
            agencies=national_agencies(site),
        )
        if lang == self.context.get("main_lang", lang):
            self._write_open_data(writer, urls, site)
            self._copy_images(writer, site)

    def _write_open_data(self, writer: Any, urls: SiteUrls, site: SiteData) -> None:
        members = list(site.members.values())
        member_urls = {m.id: {lang: member_url(urls, lang, m.id) for lang in urls.siteurls} for m in members}
        rows = export_rows(members, site.municipalities, member_urls)
        licence = self.settings["REGION"].licence
        write_file(writer, self.settings["MEMBERS_EXPORT_JSON"], members_json(rows, self.settings["SITENAME"], licence))
        write_file(writer, self.settings["MEMBERS_EXPORT_CSV"], members_csv(rows))

    def _copy_images(self, writer: Any, site: SiteData) -> None:
        files = {m.logo.file for m in site.members.values() if m.logo}
        files |= {p.photo.file for p in site.people.values() if p.photo}
        target = Path(writer.output_path) / self.settings["DATA_IMAGES_DIR"]
        for name in sorted(files):
            if not resolves_inside(site.data_dir / "images" / name, site.data_dir / "images"):
                continue  # refused by make check; never copied from outside the folder
            target.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(site.data_dir / "images" / name, target / name)
