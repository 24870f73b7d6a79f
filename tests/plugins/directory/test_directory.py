"""Find digital support in the built site: a page per location and municipality in each language,
JSON-LD valid against schema.org, open data that parses and validates against HSDS 3.0."""

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from pelicanconf import DIRECTORY_PAGE_SIZE, LANGUAGE_URLS
from plugins.site_data.municipalities import name_slug
from plugins.site_i18n.urls import url_for
from tests import schemaorg
from tests.hsds import validator
from tests.html import page, text
from tests.sites import ROOT, build_copy, copy_project, fingerprint, load_data, run_build

SITE = load_data(ROOT / "data")
LOCATIONS = SITE.records("locations").records
MODELS = SITE.locations
MUNICIPALITIES = SITE.municipalities
PLACES = {i for i, loc in MODELS.items() if loc.has_place}
REMOTE = set(MODELS) - PLACES
PREFIX = {"fi": "", "sv": "sv/"}


def location_url(language_urls: dict, lang: str, location_id: str) -> str:
    return url_for(language_urls, lang, "LOCATION_URL", location_id)


def municipality_url(language_urls: dict, lang: str, name: str) -> str:
    return url_for(language_urls, lang, "MUNICIPALITY_URL", name_slug(name))


def location_path(lang: str, location_id: str) -> str:
    return PREFIX[lang] + location_url(LANGUAGE_URLS, lang, location_id)


def json_ld(soup) -> dict:
    scripts = soup.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_location_url_is_a_pure_function_of_language_and_id() -> None:
    assert location_url(LANGUAGE_URLS, "fi", "helsinki-oodi") == "loyda-digitukea/paikka/helsinki-oodi/"
    assert location_url(LANGUAGE_URLS, "sv", "helsinki-oodi") == "hitta-digistod/plats/helsinki-oodi/"
    assert municipality_url(LANGUAGE_URLS, "sv", "Träskända") == "hitta-digistod/traskanda/"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_location_has_a_page_in_each_language(site: Path, lang: str) -> None:
    for location_id, record in LOCATIONS.items():
        soup = page(site, location_path(lang, location_id))
        assert soup.html["lang"] == lang
        assert text(soup, "h1") == record["name"][lang]
        assert soup.select_one(".uudi-notice"), "sample entries say so"
        other = "sv" if lang == "fi" else "fi"
        assert soup.select_one(".uudi-lang-switch__link")["href"] == "/" + location_path(other, location_id)


REACHING_LABEL = {"fi": "Muualta toimivat palvelut", "sv": "Tjänster från annat håll"}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_municipality_page_lists_its_places_then_every_service_that_reaches_it(site: Path, lang: str) -> None:
    for municipality in MUNICIPALITIES.values():
        code = municipality.code
        soup = page(site, PREFIX[lang] + municipality_url(LANGUAGE_URLS, lang, municipality.name(lang)))
        assert municipality.name(lang) in text(soup, "h1")
        places = {a["href"] for a in soup.select("#places .uudi-location-card__title a")}
        assert places == {"/" + location_path(lang, i) for i in PLACES if MODELS[i].municipality == code}
        reaching = {a["href"] for a in soup.select("#reaching .uudi-location-card__title a")}
        expected = {
            "/" + location_path(lang, i)
            for i, loc in MODELS.items()
            if code in loc.area(MUNICIPALITIES) and not (loc.has_place and loc.municipality == code)
        }
        assert reaching == expected, municipality.name_fi
        if expected:
            assert REACHING_LABEL[lang] in text(soup, "#reaching h2"), "labelled as reaching from elsewhere"


def test_espoo_lists_the_western_home_visits_and_the_region_wide_phone_chat_and_video(site: Path) -> None:
    soup = page(site, "sv/hitta-digistod/esbo/")
    reaching = [a["href"].split("/")[-2] for a in soup.select("#reaching .uudi-location-card__title a")]
    assert "lansi-uudenmaan-kotiin-vietava-digituki" in reaching
    assert {"helsinki-seniorisurffarit-puhelin", "helsinki-digikummit-chat", "kela-videoasiointi-uusimaa"} <= set(
        reaching
    )
    west = soup.select_one('#reaching a[href*="lansi-uudenmaan"]').find_parent("li")
    assert "För invånare i" in west.get_text() and "Esbo" in west.get_text()
    phone = soup.select_one('#reaching a[href*="seniorisurffarit"]').find_parent("li")
    assert "För invånare i hela regionen" in phone.get_text()
    assert not soup.select('#places a[href*="lansi-uudenmaan"]')


def test_cards_show_forms_today_languages_and_a_tappable_phone(site: Path) -> None:
    soup = page(site, "loyda-digitukea/espoo/")
    card = soup.select_one("#places .uudi-location-card")
    facts = [dt.get_text(strip=True) for dt in card.select("dt")]
    assert facts[:3] == ["Tuen muoto:", "Tänään:", "Kielet:"]
    assert "Aukioloajat:" in facts, "municipality pages print the whole week"
    assert card.select_one('a[href^="tel:"]')["href"].removeprefix("tel:").isdigit()


@pytest.mark.parametrize(("path", "lang"), [("loyda-digitukea/", "fi"), ("sv/hitta-digistod/", "sv")])
def test_directory_lists_every_location_without_javascript(site: Path, path: str, lang: str) -> None:
    soup = page(site, path)
    links = [a["href"] for a in soup.select("[data-results] .uudi-location-card__title a")]
    assert sorted(links) == sorted("/" + location_path(lang, i) for i in LOCATIONS)
    remote = {a["href"] for a in soup.select("#remote .uudi-location-card__title a")}
    assert remote == {"/" + location_path(lang, i) for i in REMOTE}
    # The filter's index: the codes it filters by and the same card as the page's.
    form = soup.select_one("form[data-module=directory-filter]")
    index = json.loads((site / form["data-index"].lstrip("/")).read_text(encoding="utf-8"))
    assert form["data-page-size"] == str(DIRECTORY_PAGE_SIZE)
    western = [
        e for e in index["locations"] if "049" in e["a"].split() and "home-visit" in e["f"] and "sv" in e["l"].split()
    ]
    assert any("lansi-uudenmaan-kotiin-vietava-digituki" in e["c"] for e in western)
    cards = {str(card) for card in soup.select("[data-results] .uudi-location-card")}
    assert {str(BeautifulSoup(e["c"], "html.parser").li) for e in index["locations"]} == cards
    assert soup.select_one("details.uudi-filters form"), "the filters fold away in a disclosure"
    assert soup.select_one("noscript .uudi-notice a[href='#by-municipality']")
    espoo = soup.select_one('[data-count-for="049"]')
    assert espoo.get_text() == str(sum(1 for loc in MODELS.values() if "049" in loc.area(MUNICIPALITIES)))
    assert soup.select_one("[data-more-status]").has_attr("hidden"), "the real directory shows every location"
    assert soup.select_one("form[data-module=directory-filter]")["method"] == "get"
    assert soup.select_one("[data-results-count]")["aria-live"] == "polite"
    assert len(soup.select("details.uudi-jump-list a")) == 26
    assert soup.select_one('script[type="module"]')["src"] == "/theme/js/directory.js"


def test_filters_are_labelled_fieldsets(site: Path) -> None:
    form = page(site, "loyda-digitukea/").select_one("form[data-module=directory-filter]")
    assert [text(fs, "legend") for fs in form.select("fieldset")] == [
        "Tuen muoto",
        "Kohderyhmä",
        "Kieli",
        "Esteettömyys",
        "Aukioloajat",
    ]
    for control in form.select("input, select"):
        assert form.select_one(f'label[for="{control["id"]}"]'), control


def test_location_page_has_hours_table_contact_and_report_link(site: Path) -> None:
    soup = page(site, location_path("fi", "helsinki-oodi"))
    table = soup.select_one("table.uudi-hours")
    assert table.caption is not None
    assert [th["scope"] for th in table.select("tbody th")] == ["row"] * 7
    assert text(table, "tbody tr") == "Maanantai 10.00–14.00"
    today = table.select('tr[aria-current="date"]')
    assert [row["data-day"] for row in today] == ["th"], "2026-11-26 is a Thursday"
    assert "uudi-hours__row--today" in today[0]["class"]
    assert soup.select_one("[data-module=open-now]").has_attr("hidden"), "open now is only shown by the script"
    assert "Joulunpyhät" in text(soup, ".uudi-exceptions")
    assert soup.select_one('a[href^="https://www.openstreetmap.org/directions"]')
    assert soup.select_one('a[href^="mailto:"][href*="helsinki-oodi"]').get_text() == "Ilmoita virheestä"
    assert "12.10.2026" in text(soup, ".uudi-article__meta")
    assert "Helsingin kaupunginkirjasto" in text(soup, ".uudi-facts")


def test_by_appointment_location_says_so_and_has_no_open_now(site: Path) -> None:
    soup = page(site, location_path("sv", "helsinki-kotiin-vietava-digituki"))
    assert "Endast med tidsbokning" in text(soup, ".uudi-location__status")
    assert soup.select_one("[data-module=open-now]") is None
    assert soup.select_one('a[href^="tel:"]')


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_location_json_ld_has_address_geo_hours_and_is_valid_schema_org(site: Path, lang: str) -> None:
    for location_id, record in LOCATIONS.items():
        data = json_ld(page(site, location_path(lang, location_id)))
        assert list(schemaorg.problems(data)) == [], location_id
        areas = [area["name"] for area in data["@graph"][-1]["areaServed"]]
        if MODELS[location_id].whole_region:
            assert areas == [{"fi": "Uusimaa", "sv": "Nyland"}[lang]]
        else:
            assert len(areas) == len(MODELS[location_id].area(MUNICIPALITIES))
        if location_id in REMOTE:
            assert [node["@type"] for node in data["@graph"]] == ["GovernmentService"]
            continue
        place, service = data["@graph"]
        assert place["@type"] == "Place" and service["@type"] == "GovernmentService"
        assert place["address"]["postalCode"] == record["address"]["postal_code"]
        assert place["address"]["addressCountry"] == "FI"
        assert place["geo"]["latitude"] == record["coordinates"]["lat"]
        assert service["availableChannel"]["availableLanguage"] == record["languages"]
        assert service["availableChannel"]["serviceLocation"]["@id"] == place["@id"]
        assert list(schemaorg.problems(data)) == [], location_id


def test_schema_org_checker_catches_mistakes() -> None:
    bad = {"@type": "Place", "availableLanguage": "fi", "geo": {"@type": "PostalAddress"}, "colour": "red"}
    found = list(schemaorg.problems(bad))
    assert any("availableLanguage: not a property of Place" in p for p in found)
    assert any("geo[0]" in p for p in found)
    assert any("colour" in p for p in found)


def test_open_data_exports_parse_and_match_the_locations(site: Path) -> None:
    folder = site / "avoin-data"
    geo = json.loads((folder / "digituki.geojson").read_text(encoding="utf-8"))
    assert geo["type"] == "FeatureCollection" and {f["id"] for f in geo["features"]} == PLACES
    oodi = next(f for f in geo["features"] if f["id"] == "helsinki-oodi")
    assert oodi["geometry"]["coordinates"] == [24.93806, 60.17375]
    assert oodi["properties"]["url_sv"] == "/sv/hitta-digistod/plats/helsinki-oodi/"
    plain = json.loads((folder / "digituki.json").read_text(encoding="utf-8"))
    assert [loc["id"] for loc in plain["locations"]] == sorted(LOCATIONS)
    assert plain["licence"]["name"] == "CC BY 4.0"
    rows = list(csv.DictReader(io.StringIO((folder / "digituki.csv").read_text(encoding="utf-8"))))
    assert len(rows) == len(LOCATIONS) and rows[0]["municipality"].isdigit()
    by_id = {loc["id"]: loc for loc in plain["locations"]}
    west = by_id["lansi-uudenmaan-kotiin-vietava-digituki"]
    assert "address" not in west and "coordinates" not in west
    assert west["service_area"] == {
        "whole_region": False,
        "municipalities": list(MODELS[west["id"]].area(MUNICIPALITIES)),
    }
    assert "049" in west["service_area"]["municipalities"]
    assert by_id["kela-videoasiointi-uusimaa"]["service_area"]["municipalities"] == sorted(MUNICIPALITIES)
    row = next(r for r in rows if r["id"] == west["id"])
    assert row["service_area"].split(";") == west["service_area"]["municipalities"] and row["lat"] == ""


def test_hsds_export_is_valid_open_referral_3(site: Path) -> None:
    data = json.loads((site / "avoin-data" / "digituki-hsds.json").read_text(encoding="utf-8"))
    services = data["contents"]
    assert data["total_items"] == len(services) == len(LOCATIONS)
    check = validator("service")
    errors = [f"{s['name']}: {list(e.absolute_path)} {e.message}" for s in services for e in check.iter_errors(s)]
    assert errors == []
    by_name = {s["name"]: s for s in services}
    west = by_name["Länsi-Uudenmaan kotiin vietävä digituki"]
    assert "service_at_locations" not in west and west["schedules"] and west["phones"]
    assert {area["name"] for area in west["service_areas"]} >= {"Espoo", "Lohja", "Vihti"}
    assert all(s["service_areas"] for s in services)
    location = next(s for s in services if "service_at_locations" in s)["service_at_locations"][0]["location"]
    assert location["addresses"][0]["state_province"] == "Uusimaa"
    weekly = [s for s in location["schedules"] if s.get("freq") == "WEEKLY"]
    assert weekly and all(len(s["opens_at"]) == 5 and s["byday"] for s in weekly)
    assert len({s["id"] for s in services}) == len(services)


def test_hsds_validator_rejects_an_invalid_service() -> None:
    assert list(validator("service").iter_errors({"id": "not-a-uuid", "name": "x"}))


@pytest.mark.parametrize(
    ("path", "focus_field", "value"),
    [
        ("loyda-digitukea/nuoret/", "target_groups", "youth"),
        ("sv/hitta-digistod/digistod-i-hemmet/", "forms", "home-visit"),
    ],
)
def test_focus_pages_list_the_focus_locations(site: Path, path: str, focus_field: str, value: str) -> None:
    lang = "sv" if path.startswith("sv/") else "fi"
    links = {a["href"] for a in page(site, path).select("main .uudi-location-card__title a")}
    assert links == {"/" + location_path(lang, i) for i, r in LOCATIONS.items() if value in r[focus_field]}
    assert len(links) >= 4


def test_home_page_leads_into_the_directory_by_municipality_and_focus(site: Path) -> None:
    soup = page(site, "")
    picker = [a["href"] for a in soup.select(".uudi-municipality-picker a")]
    assert len(picker) == 26 and "/loyda-digitukea/kauniainen/" in picker
    hrefs = [a["href"] for a in soup.select("main a")]
    assert "/loyda-digitukea/nuoret/" in hrefs and "/loyda-digitukea/kotiin-vietava-digituki/" in hrefs
    assert "/sv/hitta-digistod/grankulla/" in [
        a["href"] for a in page(site, "sv/").select(".uudi-municipality-picker a")
    ]


def test_map_page_loads_nothing_third_party_until_asked(site: Path) -> None:
    soup = page(site, "loyda-digitukea/kartta/")
    root = soup.select_one("[data-module=location-map]")
    assert root["data-tile-url"].startswith("https://")
    assert root["data-leaflet-js"] == "/theme/vendor/leaflet/leaflet.js"
    assert len(soup.select("[data-map-point]")) == len(PLACES)
    remote = {a["href"].split("/")[-2] for a in soup.select("#remote-title ~ ul a")}
    assert remote == REMOTE, "services without a place are listed beside the map"
    assert soup.select_one("[data-map-open]")["aria-expanded"] == "false"
    assert root["data-cluster-js"] == "/theme/vendor/leaflet.markercluster/leaflet.markercluster.js"
    assert not soup.select("link[href*=leaflet], script[src*=leaflet]")
    assert (site / "theme/vendor/leaflet/leaflet.js").exists() and (site / "theme/vendor/leaflet/LICENSE").exists()


def test_bad_location_stops_the_build_and_an_empty_municipality_says_where_to_ask(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "site")
    build_copy(project)
    before = fingerprint(project / "output")
    bad = project / "data/locations/pukkilan-asiointipiste.yaml"
    good_text = bad.read_text(encoding="utf-8")
    bad.write_text(good_text.replace("lat: 60.64417", "lat: 25.58194"), encoding="utf-8")
    result = run_build(project)
    assert result.returncode != 0
    assert "pukkilan-asiointipiste.yaml:21 [coordinates]: Koordinaatit" in result.stdout
    assert fingerprint(project / "output") == before

    bad.unlink()
    build_copy(project)
    soup = page(project / "output", "loyda-digitukea/pukkila/")
    assert "Tänne ei ole vielä lisätty digitukipaikkoja" in text(soup, "main")
    assert soup.select_one('main a[href="/yhteystiedot/"]')
    assert not (project / "output" / "loyda-digitukea/paikka/pukkilan-asiointipiste").exists()


def test_generator_refuses_bad_data(tmp_path: Path) -> None:
    from plugins.directory.generator import DirectoryGenerator
    from plugins.site_data.problems import DataError
    from plugins.site_data.region import load_region

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "locations" / "rikki.yaml").write_text("id: rikki\n", encoding="utf-8")
    generator = DirectoryGenerator.__new__(DirectoryGenerator)
    generator.settings = {"PATH": str(tmp_path / "content"), "DATA_PATH": "data", "REGION": load_region(ROOT)}
    with pytest.raises(DataError, match="rikki.yaml"):
        generator.generate_context()


@pytest.mark.parametrize(("lang", "members_path"), [("fi", "/verkosto/jasenet/"), ("sv", "/sv/natverket/medlemmar/")])
def test_location_page_links_to_the_member_that_runs_it(site: Path, lang: str, members_path: str) -> None:
    organiser = page(site, location_path(lang, "helsinki-oodi")).find("dt", string=["Järjestäjä", "Arrangör"])
    link = organiser.find_next_sibling("dd").find("a")
    assert link["href"] == f"{members_path}helsingin-kaupunginkirjasto/"
    assert (site / link["href"].lstrip("/") / "index.html").is_file()
