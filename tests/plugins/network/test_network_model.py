"""The network plugin's pure functions: support locations of a member, views, exports, JSON-LD."""

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from plugins.network.exports import export_rows, members_csv, members_json
from plugins.network.model import group_by_type, locations_run_by
from plugins.network.views import location_links
from plugins.site_data import models
from plugins.site_data.municipalities import Municipality
from plugins.site_data.records import RecordSet
from plugins.site_data.region import load_region
from plugins.site_data.sitedata import SiteData
from plugins.site_data.text import sort_key
from plugins.site_i18n.urls import SiteUrls
from tests.sites import ROOT

LANGUAGE_URLS = {
    "fi": {"MEMBER_URL": "verkosto/jasenet/{slug}/", "LOCATION_URL": "loyda-digitukea/{slug}/"},
    "sv": {"MEMBER_URL": "natverket/medlemmar/{slug}/", "LOCATION_URL": "hitta-digistod/{slug}/"},
}
SITEURLS = {"fi": "", "sv": "/sv"}


def location(location_id: str, organisation: str, fi: str, sv: str) -> models.Location:
    raw = {
        "id": location_id,
        "organisation": organisation,
        "name": {"fi": fi, "sv": sv},
        "municipality": "049",
        "address": {"street": {"fi": "Katu 1"}, "postal_code": "02100", "post_office": {"fi": "Espoo"}},
        "coordinates": {"lat": 60.2, "lon": 24.8},
        "forms": ["in-person"],
        "target_groups": ["everyone"],
        "languages": ["fi"],
        "hours": {"by_appointment_only": True},
        "checked": "2026-10-01",
    }
    return models.location(raw, "fi")


@pytest.fixture
def site() -> SiteData:
    """A tiny in-memory data set: two members, four support locations (the issue-4 contract)."""
    data = SiteData(Path("data"), load_region(ROOT), date(2026, 11, 26))
    data.municipalities = {"049": Municipality("049", "Espoo", "Esbo", "fi-sv")}
    data.members = {
        raw["id"]: models.member(raw, "fi")
        for raw in [
            {
                "id": "espoon-kaupunki",
                "name": {"fi": "Espoon kaupunki", "sv": "Esbo stad"},
                "type": "municipality",
                "municipalities": ["049"],
                "joined": "2019-02-15",
            },
            {
                "id": "digiapu-oy",
                "name": {"fi": "Digiapu Oy", "sv": "Digiapu Ab"},
                "type": "company",
                "municipalities": ["049"],
                "joined": "2021-02-01",
            },
        ]
    }
    data.record_sets["locations"] = RecordSet("locations")
    data.locations = {
        loc.id: loc
        for loc in [
            location("sello", "espoon-kaupunki", "Sellon kirjasto", "Sellobiblioteket"),
            location("entresse", "espoon-kaupunki", "Entressen kirjasto", "Entressebiblioteket"),
            location("asukaspiste", "espoon-kaupunki", "Asukaspiste Äijänkatu", "Invånarpunkten"),
            location("digiapu-toimisto", "digiapu-oy", "Digiavun toimisto", "Digiapus kontor"),
        ]
    }
    return data


def test_locations_run_by_a_member_are_exactly_its_own_sorted_by_name(site: SiteData) -> None:
    assert [loc.id for loc in locations_run_by(site, "espoon-kaupunki", "fi")] == ["asukaspiste", "entresse", "sello"]
    assert [loc.id for loc in locations_run_by(site, "espoon-kaupunki", "sv")] == ["entresse", "asukaspiste", "sello"]
    assert [loc.id for loc in locations_run_by(site, "digiapu-oy", "fi")] == ["digiapu-toimisto"]
    assert locations_run_by(site, "tuntematon", "fi") == []


def test_location_links_use_each_languages_location_url(site: SiteData) -> None:
    urls = SiteUrls(SITEURLS, LANGUAGE_URLS)
    assert location_links(site, urls, "fi", "digiapu-oy") == [
        {"name": "Digiavun toimisto", "url": "/loyda-digitukea/digiapu-toimisto/"}
    ]
    assert location_links(site, urls, "sv", "digiapu-oy") == [
        {"name": "Digiapus kontor", "url": "/sv/hitta-digistod/digiapu-toimisto/"}
    ]


def test_no_location_links_without_the_setting_or_the_directory(site: SiteData) -> None:
    without_setting = SiteUrls(
        SITEURLS, {lang: {"MEMBER_URL": urls["MEMBER_URL"]} for lang, urls in LANGUAGE_URLS.items()}
    )
    assert location_links(site, without_setting, "fi", "espoon-kaupunki") == []
    del site.record_sets["locations"]
    site.locations = {}
    assert locations_run_by(site, "espoon-kaupunki", "fi") == []
    assert location_links(site, SiteUrls(SITEURLS, LANGUAGE_URLS), "fi", "espoon-kaupunki") == []


def test_names_sort_in_finnish_and_swedish_order() -> None:
    names = ["Örkki", "Åbo", "Äänekoski", "Zeta", "aapa"]
    assert sorted(names, key=sort_key) == ["aapa", "Zeta", "Åbo", "Äänekoski", "Örkki"]


def test_groups_follow_the_type_order_and_count_members(site: SiteData) -> None:
    groups = group_by_type(list(site.members.values()), lambda m: m.type)
    assert [(g.type, g.count) for g in groups] == [("municipality", 1), ("company", 1)]


def test_exports_carry_both_languages_and_the_licence(site: SiteData) -> None:
    members = list(site.members.values())
    urls = {m.id: {"fi": f"/verkosto/jasenet/{m.id}/", "sv": f"/sv/natverket/medlemmar/{m.id}/"} for m in members}
    rows = export_rows(members, site.municipalities, urls)
    document = json.loads(members_json(rows, "Verkosto", site.region.licence))
    assert document["licence"] == "CC BY 4.0" and document["count"] == 2
    assert document["members"][0]["name"] == {"fi": "Digiapu Oy", "sv": "Digiapu Ab"}
    table = list(csv.DictReader(io.StringIO(members_csv(rows))))
    assert table[1]["municipalities_sv"] == "Esbo" and table[1]["url_sv"] == "/sv/natverket/medlemmar/espoon-kaupunki/"


def test_json_ld_checker_rejects_unknown_types_and_misplaced_properties() -> None:
    from tests import schemaorg

    assert (
        list(
            schemaorg.problems(
                {"@type": "Organization", "name": "UuDi", "memberOf": {"@type": "Organization", "name": "X"}}
            )
        )
        == []
    )
    assert list(schemaorg.problems({"@type": "Organisation"})) == ["$: unknown type Organisation"]
    assert list(schemaorg.problems({"@type": "AdministrativeArea", "memberOf": "x"})) == [
        "$.memberOf: not a property of AdministrativeArea",
        "$.memberOf[0]: 'x' is not one of ['MemberProgramTier', 'Organization', 'ProgramMembership']",
    ]
    assert list(schemaorg.problems({"@type": "Organization", "colour": "blue"})) == [
        "$.colour: not a schema.org property (or not in the vendored subset)"
    ]
