"""The Pelican generator that writes the directory pages of the current language and the open data."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelican.generators import Generator

from plugins.site_data.locations import build_date, load_directory_labels
from plugins.site_data.site import load_site_data
from plugins.site_i18n.urls import join_url

from . import exports
from .jsonld import location_graph, to_script_json
from .model import LocationView, MunicipalityView, build_location, filter_options, language_name
from .urls import location_url, municipality_url, save_as


class DirectoryDataError(Exception):
    """data/ has errors: the directory cannot be built (run `make check` to list them)."""


@dataclass(frozen=True)
class Focus:
    """A page listing the locations of one focus (young people, home visits)."""

    key: str
    field: str
    value: str
    url: str


class DirectoryGenerator(Generator):
    """Find digital support: directory, municipality, location, map and focus pages; open data exports."""

    def generate_context(self) -> None:
        """Load and check data/, and build the views every directory template needs."""
        settings = self.settings
        data_dir = Path(settings["PATH"]).parent / settings.get("DATA_PATH", "data")
        if not data_dir.is_absolute():
            data_dir = Path.cwd() / data_dir
        site = load_site_data(data_dir)
        vocabulary_problems: list[Any] = []
        self.labels = load_directory_labels(data_dir, vocabulary_problems)
        errors = site.errors + vocabulary_problems
        if errors:
            listed = "\n".join(str(problem) for problem in sorted(errors))
            raise DirectoryDataError(f"Tiedoissa on virheitä; korjaa ne (make check):\n{listed}")
        self.lang = settings["DEFAULT_LANG"]
        self.language_urls = settings["LANGUAGE_URLS"]
        self.site = site
        self.records = [site.records("locations").records[key] for key in sorted(site.records("locations").records)]
        members = site.records("members").records
        today = build_date()
        self.locations = sorted(
            (
                build_location(
                    record,
                    self.lang,
                    municipalities=site.municipalities,
                    members=members,
                    labels=self.labels,
                    language_urls=self.language_urls,
                    today=today,
                )
                for record in self.records
            ),
            key=lambda loc: (loc.name.casefold(), loc.id),
        )
        by_code: dict[str, list[LocationView]] = {code: [] for code in site.municipalities}
        for location in self.locations:
            by_code[location.municipality.code].append(location)
        self.municipalities = sorted(
            (
                MunicipalityView(m, m.name(self.lang), municipality_url(self.language_urls, self.lang, m.name(self.lang)), tuple(by_code[m.code]))
                for m in site.municipalities.values()
            ),
            key=lambda view: view.name.casefold(),
        )
        self.focuses = [
            Focus(key.lower(), field, value, settings[f"FOCUS_{key}_URL"]) for key, (field, value) in settings.get("DIRECTORY_FOCUS", {}).items()
        ]
        # Shared with every template (the home page's municipality picker and focus links).
        self.context["directory_municipalities"] = self.municipalities
        self.context["directory_focuses"] = self.focuses
        self.context["location_count"] = len(self.locations)

    def _alternates(self, name: str, **fmt: str) -> dict[str, str]:
        return {lang: urls[name].format(**fmt) for lang, urls in self.language_urls.items()}

    def _write(self, writer: Any, url: str, template: str, alternate_urls: dict[str, str], **values: Any) -> None:
        writer.write_file(
            save_as(url),
            self.get_template(template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=url,
            page_alternate_urls=alternate_urls,
            **values,
        )

    def _page_url(self, url: str) -> str:
        return join_url(self.settings["SITEURL"], url)

    def generate_output(self, writer: Any) -> None:
        """Write this language's pages, and (in the main language's run) the open data exports."""
        common = {
            "locations": self.locations,
            "municipalities": self.municipalities,
            "focuses": self.focuses,
            "labels": self.labels,
        }
        options = filter_options(self.locations, self.labels, self.lang)
        self._write(writer, self.settings["SUPPORT_URL"], "directory/index", self._alternates("SUPPORT_URL"), filters=options, **common)
        self._write(writer, self.settings["LOCATIONS_MAP_URL"], "directory/map", self._alternates("LOCATIONS_MAP_URL"), **common)
        for focus in self.focuses:
            matching = [loc for loc in self.locations if focus.value in loc.record[focus.field]]
            self._write(
                writer, focus.url, "directory/focus", self._alternates(f"FOCUS_{focus.key.upper()}_URL"), focus=focus, focus_locations=matching, **common
            )
        for view in self.municipalities:
            m = view.municipality
            alternates = {lang: municipality_url(self.language_urls, lang, m.name(lang)) for lang in self.language_urls}
            self._write(writer, view.url, "directory/municipality", alternates, municipality=view, **common)
        for location in self.locations:
            alternates = {lang: location_url(self.language_urls, lang, location.id) for lang in self.language_urls}
            graph = location_graph(location, self._page_url(location.url))
            self._write(writer, location.url, "directory/location", alternates, location=location, json_ld=to_script_json(graph), **common)
        if self.lang == self.settings.get("DIRECTORY_EXPORT_LANG", "fi"):
            self._write_exports()

    def _write_exports(self) -> None:
        siteurls = self.context.get("lang_siteurls") or {self.lang: self.settings["SITEURL"]}
        main = self.settings["SITEURL"]

        def url_for(lang: str, location_id: str) -> str:
            return join_url(siteurls.get(lang, main), location_url(self.language_urls, lang, location_id))

        licence = self.settings["DIRECTORY_DATA_LICENSE"]
        municipalities = self.site.municipalities
        folder = Path(self.output_path) / self.settings["DIRECTORY_EXPORT_PATH"]
        folder.mkdir(parents=True, exist_ok=True)
        files = {
            "digituki.json": exports.locations_json(self.records, municipalities, url_for, licence),
            "digituki.geojson": exports.locations_geojson(self.records, municipalities, url_for, licence),
            "digituki.csv": exports.locations_csv(self.records, municipalities, url_for),
            "digituki-hsds.json": exports.hsds_services(
                self.records, municipalities, self.site.records("members").records, url_for, lambda code: language_name(code, "en")
            ),
        }
        for name, content in files.items():
            (folder / name).write_text(content, encoding="utf-8", newline="")
