"""The built network pages: one page per member in each language, counts, filters, JSON-LD, exports."""

import csv
import gzip
import json
from pathlib import Path

import pytest

from tests import schemaorg
from tests.html import page, text
from tests.sites import load_data

ROOT = Path(__file__).resolve().parents[3]
DATA = load_data(ROOT / "data")
MEMBERS = DATA.records("members").records
MEMBERS_FI, MEMBERS_SV = "verkosto/jasenet/", "sv/natverket/medlemmar/"


def ld(soup) -> list[dict]:
    return [json.loads(script.string) for script in soup.select('script[type="application/ld+json"]')]


@pytest.mark.parametrize(("members_path", "lang"), [(MEMBERS_FI, "fi"), (MEMBERS_SV, "sv")])
def test_every_member_has_a_page_in_each_language(site: Path, members_path: str, lang: str) -> None:
    built = sorted(p.parent.name for p in (site / members_path).glob("*/index.html"))
    assert [name for name in built if name in MEMBERS] == sorted(MEMBERS)
    for member_id, member in MEMBERS.items():
        soup = page(site, f"{members_path}{member_id}/")
        assert soup.html["lang"] == lang
        assert text(soup, "h1") == member["name"][lang]


@pytest.mark.parametrize(("path", "lang"), [(MEMBERS_FI, "fi"), (MEMBERS_SV, "sv")])
def test_members_page_groups_by_type_with_the_right_counts(site: Path, path: str, lang: str) -> None:
    soup = page(site, path)
    expected: dict[str, int] = {}
    for member in MEMBERS.values():
        expected[member["type"]] = expected.get(member["type"], 0) + 1
    shown = {group["data-member-group"]: group for group in soup.select("[data-member-group]")}
    assert set(shown) == set(expected)
    for member_type, count in expected.items():
        group = shown[member_type]
        assert group.select_one(f'[data-member-count="{member_type}"]').get_text() == str(count)
        assert len(group.select(".uudi-member-card")) == count
    assert str(len(MEMBERS)) in text(soup, "[data-member-total]")


def test_municipality_pages_list_exactly_the_members_serving_it(site: Path) -> None:
    espoo = page(site, MEMBERS_FI + "kunta/espoo/")
    esbo = page(site, MEMBERS_SV + "kommun/esbo/")
    expected = sorted(f"/{MEMBERS_FI}{i}/" for i, m in MEMBERS.items() if "049" in m["municipalities"])
    assert sorted(a["href"] for a in espoo.select(".uudi-member-card a")) == expected
    assert len(esbo.select(".uudi-member-card")) == len(expected)
    assert espoo.select_one(".uudi-lang-switch__link")["href"] == "/" + MEMBERS_SV + "kommun/esbo/"
    assert espoo.select_one('.uudi-member-filter a[aria-current="page"]').get_text() == "Espoo"
    assert len(list((site / MEMBERS_FI / "kunta").glob("*/index.html"))) == 26


def test_member_pages_link_each_other_across_languages(site: Path) -> None:
    fi, sv = page(site, MEMBERS_FI + "vantaan-kaupunki/"), page(site, MEMBERS_SV + "vantaan-kaupunki/")
    assert fi.select_one(".uudi-lang-switch__link")["href"] == "/" + MEMBERS_SV + "vantaan-kaupunki/"
    assert sv.select_one(".uudi-lang-switch__link")["href"] == "/" + MEMBERS_FI + "vantaan-kaupunki/"
    assert fi.select_one('link[hreflang="sv"]')["href"] == "/" + MEMBERS_SV + "vantaan-kaupunki/"
    assert "Vanda" in text(sv, ".uudi-facts")


LOCATIONS = DATA.records("locations").records
RUNS_LOCATIONS = sorted({loc["organisation"] for loc in LOCATIONS.values()})


@pytest.mark.parametrize("member_id", sorted(MEMBERS))
@pytest.mark.parametrize(
    ("members_path", "location_prefix"),
    [(MEMBERS_FI, "/loyda-digitukea/paikka/"), (MEMBERS_SV, "/sv/hitta-digistod/plats/")],
)
def test_member_page_links_to_exactly_the_locations_it_runs(
    site: Path, member_id: str, members_path: str, location_prefix: str
) -> None:
    section = page(site, members_path + member_id + "/").select_one('section[aria-labelledby="locations-title"]')
    links = sorted(a["href"] for a in section.select("a") if a["href"].startswith(location_prefix))
    expected = sorted(
        f"{location_prefix}{loc_id}/" for loc_id, loc in LOCATIONS.items() if loc["organisation"] == member_id
    )
    assert links == expected
    for href in links:
        assert (site / href.lstrip("/") / "index.html").is_file()
    if not expected:
        assert "ei ole luetteloituja" in section.get_text() or "inga listade" in section.get_text()


def test_sample_data_has_members_that_run_locations() -> None:
    assert len(RUNS_LOCATIONS) >= 10


def test_logo_is_optional_and_has_size_and_alt_text(site: Path) -> None:
    with_logo = page(site, MEMBERS_SV + "digiapu-oy/").select_one(".uudi-member__logo")
    assert with_logo["alt"] == "Digiapu Ab:s logotyp" and with_logo["width"] and with_logo["height"]
    assert (site / with_logo["src"].lstrip("/")).is_file()
    assert page(site, MEMBERS_FI + "vantaan-kaupunki/").select_one(".uudi-member__logo") is None


@pytest.mark.parametrize(
    "path", [MEMBERS_FI + "vantaan-kaupunki/", MEMBERS_SV + "digiapu-oy/", MEMBERS_FI + "kela-uusimaa/"]
)
def test_member_json_ld_is_a_schema_org_organization_in_the_network(site: Path, path: str) -> None:
    (data,) = ld(page(site, path))
    assert list(schemaorg.problems(data)) == []
    assert "Organization" in schemaorg.ancestors(data["@type"])
    assert data["memberOf"]["name"] and data["areaServed"]
    member = MEMBERS[path.rstrip("/").rsplit("/", 1)[1]]
    lang = "sv" if path.startswith("sv/") else "fi"
    served = {m.code: m.name(lang) for m in DATA.municipalities.values()}
    assert [a["name"] for a in data["areaServed"]] == [served[c] for c in member["municipalities"]]


@pytest.mark.parametrize("path", ["verkosto/", "sv/natverket/"])
def test_network_page_has_organization_json_ld_with_every_member(site: Path, path: str) -> None:
    (data,) = ld(page(site, path))
    assert list(schemaorg.problems(data)) == []
    assert data["@type"] == "Organization" and len(data["member"]) == len(MEMBERS)


def test_open_data_exports_hold_every_member_in_both_languages(site: Path) -> None:
    document = json.loads((site / "avoin-data/jasenet.json").read_text(encoding="utf-8"))
    assert document["licence"] == "CC BY 4.0" and document["count"] == len(MEMBERS)
    assert {m["id"] for m in document["members"]} == set(MEMBERS)
    rows = list(csv.DictReader((site / "avoin-data/jasenet.csv").open(encoding="utf-8", newline="")))
    assert len(rows) == len(MEMBERS)
    vantaa = next(r for r in rows if r["id"] == "vantaan-kaupunki")
    assert (vantaa["name_fi"], vantaa["name_sv"], vantaa["municipality_codes"]) == (
        "Vantaan kaupunki",
        "Vanda stad",
        "092",
    )
    assert not (site / "sv/avoin-data").exists()


@pytest.mark.parametrize(
    ("path", "names"),
    [
        ("yhteystiedot/", ["Tanna Rantanen", "Joel Aaltonen", "Laura Manninen"]),
        ("sv/kontakt/", ["Tanna Rantanen", "Joel Aaltonen", "Laura Manninen"]),
    ],
)
def test_team_on_the_contact_page_comes_from_the_people_data(site: Path, path: str, names: list[str]) -> None:
    soup = page(site, path)
    assert [p.get_text() for p in soup.select(".uudi-team__name")] == names
    assert [a["href"] for a in soup.select(".uudi-team a[href^='tel:']")] == ["tel:0405864682"]
    assert soup.select(".uudi-team a[href^='mailto:']") == []
    assert "projektchef" in text(page(site, "sv/om-oss/"), ".uudi-team") if path.startswith("sv") else True


def test_partners_page_lists_partner_municipalities_sister_networks_and_dvv(site: Path) -> None:
    soup = page(site, "verkosto/kumppanit/")
    partners = [a.get_text() for a in soup.select(".uudi-partner-list a")]
    assert partners == ["Vantaan kaupunki", "Helsingin kaupunki", "Espoon kaupunki", "Hyvinkään kaupunki"]
    assert len(soup.select(".uudi-table tbody tr")) == 14
    assert soup.select_one('a[href="https://dvv.fi/"]') is not None
    assert page(site, "sv/natverket/partner/").select_one(".uudi-lang-switch__link")["href"] == "/verkosto/kumppanit/"


@pytest.mark.parametrize("path", ["liity-verkostoon/", "sv/bli-medlem/"])
def test_join_page_says_how_to_join(site: Path, path: str) -> None:
    soup = page(site, path)
    assert soup.select_one('.uudi-join a[href^="mailto:uudi@example.fi"]') is not None
    assert len(soup.select("main h2")) >= 3


@pytest.mark.parametrize("path", ["jasenmateriaalit/", "sv/material-for-medlemmar/"])
def test_materials_page_offers_logos_and_a_guide(site: Path, path: str) -> None:
    hrefs = [a["href"] for a in page(site, path).select("main a")]
    assert any(h.endswith(".svg") for h in hrefs) and any(h.endswith(".txt") for h in hrefs)


@pytest.mark.parametrize(
    "path",
    [MEMBERS_FI, MEMBERS_SV + "kommun/esbo/", MEMBERS_FI + "espoon-kaupunki/", "verkosto/kumppanit/", "verkosto/"],
)
def test_network_pages_stay_small(site: Path, path: str) -> None:
    html = (site / path / "index.html").read_bytes()
    assets = [site / "theme/css/tokens.css", site / "theme/css/site.css", site / "theme/js/member-filter.js"]
    total = len(gzip.compress(html)) + sum(len(gzip.compress(a.read_bytes())) for a in assets)
    assert total <= 50_000
