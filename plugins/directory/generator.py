"""The Pelican generator that writes the directory pages of the current language and the open data."""

from dataclasses import dataclass
from typing import Any

from plugins.pages import SiteGenerator, script_json, site_urls, write_file, write_page, write_paginated
from plugins.site_data.text import sort_key
from plugins.site_i18n.urls import SiteUrls, join_url, url_for

from . import exports
from .jsonld import location_graph
from .model import MunicipalityView, build_location, filter_options, language_name
from .results import filter_index, first_results, result_groups


@dataclass(frozen=True)
class Focus:
    """A page listing the locations of one focus (young people, home visits)."""

    key: str
    field: str
    value: str
    url: str


class DirectoryGenerator(SiteGenerator):
    """Find digital support: directory, municipality, location, map and focus pages; open data exports."""

    def generate_context(self) -> None:
        """Load and check data/ (stopping the build on errors), and build the views every directory template needs."""
        settings = self.settings
        site = self.checked_site_data()
        self.language_urls = settings["LANGUAGE_URLS"]
        self.site = site
        self.labels = site.labels
        self.locations = sorted(
            (
                build_location(
                    location,
                    self.lang,
                    municipalities=site.municipalities,
                    members=site.members,
                    labels=site.labels,
                    language_urls=self.language_urls,
                    today=site.today,
                )
                for location in site.locations.values()
            ),
            key=lambda loc: (sort_key(loc.name), loc.id),
        )
        self.municipalities = sorted(
            (
                MunicipalityView(
                    m,
                    m.name(self.lang),
                    url_for(self.language_urls, self.lang, "MUNICIPALITY_URL", m.slug(self.lang)),
                    tuple(loc for loc in self.locations if loc.has_place and loc.municipality.code == m.code),
                    tuple(loc for loc in self.locations if loc.reaches_from_elsewhere(m.code)),
                )
                for m in site.municipalities.values()
            ),
            key=lambda view: sort_key(view.name),
        )
        self.focuses = [
            Focus(key.lower(), field, value, settings[f"FOCUS_{key}_URL"])
            for key, (field, value) in settings.get("DIRECTORY_FOCUS", {}).items()
        ]
        # Shared with every template (the home page's municipality picker and focus links).
        self.context["directory_municipalities"] = self.municipalities
        self.context["directory_focuses"] = self.focuses
        self.context["location_count"] = len(self.locations)
        # Services without a public place (phone, chat, video, home visits), listed once on the directory and map pages.
        self.remote = [loc for loc in self.locations if not loc.has_place]
        self.everywhere = [loc for loc in self.locations if loc.whole_region]

    def generate_output(self, writer: Any) -> None:
        """Write this language's pages, and (in the main language's run) the open data exports."""
        common: dict[str, Any] = {
            "locations": self.locations,
            "municipalities": self.municipalities,
            "focuses": self.focuses,
            "labels": self.labels,
            "remote_services": self.remote,
            "everywhere_services": self.everywhere,
        }
        region = self.settings["REGION"]
        urls = site_urls(self)
        options = filter_options(self.locations, self.labels, self.lang, region.languages)
        groups = result_groups(self.remote, self.municipalities)
        first = first_results(groups, self.settings["DIRECTORY_PAGE_SIZE"])
        write_page(
            self,
            writer,
            self.settings["SUPPORT_URL"],
            "directory/index",
            urls.every_lang("SUPPORT_URL"),
            filters=options,
            first_groups=first,
            first_count=sum(len(group.locations) for group in first),
            **common,
        )
        # The cards of the filter's index come from the page's own macros (one way of rendering a card).
        cards = self.get_template("components/location_card").make_module(self.context)
        siteurl = self.settings["SITEURL"]
        index = filter_index(
            groups,
            lambda group: str(cards.result_group(group, group.locations, siteurl)),
            lambda location: str(cards.location_card(location, siteurl)),
        )
        write_file(writer, self.settings["LOCATIONS_INDEX_URL"], index)
        write_page(
            self,
            writer,
            self.settings["LOCATIONS_MAP_URL"],
            "directory/map",
            urls.every_lang("LOCATIONS_MAP_URL"),
            **common,
        )
        for focus in self.focuses:
            matching = [loc for loc in self.locations if focus.value in loc.codes(focus.field).split()]
            write_paginated(
                self,
                writer,
                focus.url,
                "directory/focus",
                urls.every_lang(f"FOCUS_{focus.key.upper()}_URL"),
                "locations",
                matching,
                focus=focus,
                focus_locations=matching,
                **common,
            )
        for view in self.municipalities:
            alternates = urls.every_lang("MUNICIPALITY_URL", view.municipality.slug)
            write_paginated(
                self,
                writer,
                view.url,
                "directory/municipality",
                alternates,
                "locations",
                view.every_service,
                municipality=view,
                **common,
            )
        for location in self.locations:
            alternates = urls.every_lang("LOCATION_URL", lambda lang: location.id)  # noqa: B023 - called at once
            graph = location_graph(
                location, join_url(self.settings["SITEURL"], location.url), region.name.get(self.lang)
            )
            write_page(
                self,
                writer,
                location.url,
                "directory/location",
                alternates,
                location=location,
                json_ld=script_json(graph),
                **common,
            )
        if self.lang == self.settings.get("DIRECTORY_EXPORT_LANG", region.main_lang):
            self._write_exports(urls)

    def _write_exports(self, urls: SiteUrls) -> None:
        def location_page(lang: str, location_id: str) -> str:
            return url_for(
                self.language_urls, lang, "LOCATION_URL", location_id, urls.siteurls.get(lang, self.settings["SITEURL"])
            )

        export = exports.Export(
            self.settings["REGION"], self.settings["TIMEZONE"], self.site.municipalities, location_page
        )
        locations = list(self.site.locations.values())
        folder = self.settings["DIRECTORY_EXPORT_PATH"]
        files = {
            "digituki.json": exports.locations_json(locations, export),
            "digituki.geojson": exports.locations_geojson(locations, export),
            "digituki.csv": exports.locations_csv(locations, export),
            "digituki-hsds.json": exports.hsds_services(
                locations, self.site.members, export, lambda code: language_name(code, "en")
            ),
        }
        for name, content in files.items():
            write_file(self, f"{folder}/{name}", content)
