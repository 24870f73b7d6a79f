"""The sample region (examples/sample-region) builds with the same code as the main site, shows its
own identity and none of Uusimaa's, and passes the same quality gates (axe, vnu, links, budgets)."""

import json
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from playwright.sync_api import Page
from slugify import slugify

from plugins.site_data.region import RegionError, load_region
from sitebuild.cli import check
from sitebuild.linkcheck import check_link_safety, check_links
from sitebuild.quality.axe import axe_source, report, run_axe
from sitebuild.quality.budgets import check_budgets
from sitebuild.quality.config import PageType, load_budgets
from sitebuild.quality.vnu import validate
from tests.html import page, text
from tests.sites import ROOT, SAMPLE_REGION

REGION = load_region(SAMPLE_REGION)
MAIN_REGION = load_region(ROOT)
DATA = SAMPLE_REGION / "data"
# The main region's names: none may appear anywhere in the sample region's output.
MAIN_NAMES = re.compile(r"uusimaa|uudenmaan|nyland|\bUuDi\b(?!-)", re.IGNORECASE)

# One page of each kind the gates check, in both languages.
PAGES = [
    PageType("home", "fi", "/"),
    PageType("home", "sv", "/sv/"),
    PageType("post", "fi", "/uutiset/esimerkkiverkosto-aloittaa/"),
    PageType("post", "sv", "/sv/nyheter/exempelnatverket-startar/"),
    PageType("directory", "fi", "/loyda-digitukea/"),
    PageType("directory", "sv", "/sv/hitta-digistod/"),
    PageType("location", "fi", "/loyda-digitukea/paikka/hameenlinnan-kirjasto/"),
    PageType("location", "sv", "/sv/hitta-digistod/plats/hameenlinnan-kirjasto/"),
    PageType("members", "fi", "/verkosto/jasenet/"),
    PageType("members", "sv", "/sv/natverket/medlemmar/"),
    PageType("member", "fi", "/verkosto/jasenet/janakkalan-kunta/"),
    PageType("member", "sv", "/sv/natverket/medlemmar/janakkalan-kunta/"),
    PageType("page", "fi", "/yhteystiedot/"),
    PageType("page", "sv", "/sv/kontakt/"),
]


def _records(kind: str) -> list[dict]:
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((DATA / kind).glob("*.yaml"))]


def _municipalities() -> list[dict]:
    return yaml.safe_load((DATA / "municipalities.yaml").read_text(encoding="utf-8"))["municipalities"]


def _ids(value: object) -> set[str]:
    """Every value of an `id` or `*_id` field, at any depth of an HSDS export."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if (key == "id" or key.endswith("_id")) and isinstance(item, str):
                found.add(item)
            found |= _ids(item)
    elif isinstance(value, list):
        for item in value:
            found |= _ids(item)
    return found


def test_the_sample_is_marked_as_a_sample_with_its_own_namespace() -> None:
    assert REGION.sample and not MAIN_REGION.sample
    assert REGION.id != MAIN_REGION.id
    assert REGION.id_namespace != MAIN_REGION.id_namespace
    for kind in ("members", "people", "regions", "partners", "locations"):
        records = _records(kind)
        assert records, f"the sample region has no {kind}"
        if kind != "partners":  # partners.schema.json has no sample field: a partner is a member's role
            assert all(record.get("sample") is True for record in records), kind


def test_the_sample_data_passes_make_check(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITE_REGION", str(SAMPLE_REGION))
    assert check(ROOT / "publishconf.py") == 0, capsys.readouterr().out


def test_every_location_lies_inside_the_sample_map_area() -> None:
    places = [location for location in _records("locations") if "coordinates" in location]
    assert places and len(places) < len(_records("locations")), "the sample has places and a service without one"
    for location in places:
        point = location["coordinates"]
        assert REGION.map_area.contains(point["lat"], point["lon"]), location["id"]


def test_stable_ids_never_collide_between_the_regions() -> None:
    keys = [record["id"] for kind in ("members", "locations") for record in _records(kind)]
    shared = {"digikummit-ry"}  # a member id both regions' data use, on purpose
    assert shared <= set(keys) and shared <= {path.stem for path in (ROOT / "data" / "members").glob("*.yaml")}
    for kind in ("organization", "location", "service"):
        sample_ids = {REGION.stable_id(kind, key) for key in keys}
        assert sample_ids.isdisjoint(MAIN_REGION.stable_id(kind, key) for key in keys)


def test_the_exported_ids_never_collide_with_the_main_site(sample_site: Path, site: Path) -> None:
    sample = _ids(json.loads((sample_site / "avoin-data/digituki-hsds.json").read_text(encoding="utf-8")))
    main = _ids(json.loads((site / "avoin-data/digituki-hsds.json").read_text(encoding="utf-8")))
    assert sample and main
    assert sample.isdisjoint(main), f"ids in both regions' exports: {sorted(sample & main)}"


def test_the_sample_shows_its_own_name_and_organisation(sample_site: Path) -> None:
    for lang, prefix in (("fi", ""), ("sv", "sv/")):
        home = page(sample_site, prefix)
        assert text(home, "title") == REGION.network_name.get(lang)
        assert REGION.network_name.get(lang) in text(home, "header")
        assert REGION.organisation.get(lang) in text(home, "footer")
        assert REGION.contact_email in text(home, "footer")
    # The catalogs' sentences take the region's names in the form they need (genitive, ...).
    description = page(sample_site, "").select_one('meta[name="description"]')["content"]
    assert description.startswith("Kanta-Hämeen esimerkkiverkosto: apua verkkopalvelujen käyttöön")
    members = page(sample_site, "verkosto/jasenet/").select_one('meta[name="description"]')["content"]
    assert members == "Kanta-Hämeen esimerkkiverkoston jäsenet tyypeittäin ja kunnittain."
    member = page(sample_site, "sv/natverket/medlemmar/janakkalan-kunta/")
    assert "medlem i Egentliga Tavastlands exempelnätverk" in member.select_one('meta[name="description"]')["content"]


def test_the_sample_has_its_own_logo_share_image_and_colours(sample_site: Path) -> None:
    theme = sample_site / "theme"
    assert (theme / "img/logo.svg").read_bytes() == (SAMPLE_REGION / "branding/logo.svg").read_bytes()
    assert (theme / "img/favicon.svg").read_bytes() == (SAMPLE_REGION / "branding/logo.svg").read_bytes()
    assert (theme / "img/share.png").read_bytes() == (SAMPLE_REGION / "branding/share.png").read_bytes()
    assert (theme / "css/region.css").read_text(encoding="utf-8") == (SAMPLE_REGION / "branding/tokens.css").read_text(
        encoding="utf-8"
    )
    assert "--palette-blue-90: #1e4d2b" in (theme / "css/region.css").read_text(encoding="utf-8")
    for path in ("", "sv/", "loyda-digitukea/"):
        sheets = [link["href"] for link in page(sample_site, path).select('link[rel="stylesheet"]')]
        # The region's palette comes after tokens.css, so its values win.
        assert sheets.index("/theme/css/region.css") == sheets.index("/theme/css/tokens.css") + 1


def test_the_main_site_has_no_region_stylesheet(site: Path) -> None:
    assert not (site / "theme/css/region.css").exists()
    assert "region.css" not in (site / "index.html").read_text(encoding="utf-8")


def test_no_file_of_the_sample_names_the_main_region(sample_site: Path) -> None:
    hits = []
    for file in sorted(sample_site.rglob("*")):
        if (
            file.suffix in (".html", ".xml", ".json", ".geojson", ".csv", ".txt", ".css", ".js")
            and "vendor" not in file.parts
        ):
            for match in MAIN_NAMES.finditer(file.read_text(encoding="utf-8")):
                hits.append(f"{file.relative_to(sample_site)}: {match.group(0)!r}")
    assert hits == []
    assert not (sample_site / "uutiset/digitukea-kehittamassa-yhdessa").exists(), "the main site's post was built"


def test_every_record_has_a_page_in_both_languages(sample_site: Path) -> None:
    for member in _records("members"):
        assert text(page(sample_site, f"verkosto/jasenet/{member['id']}/"), "h1") == member["name"]["fi"]
        assert text(page(sample_site, f"sv/natverket/medlemmar/{member['id']}/"), "h1") == member["name"]["sv"]
    for location in _records("locations"):
        assert text(page(sample_site, f"loyda-digitukea/paikka/{location['id']}/"), "h1") == location["name"]["fi"]
        assert text(page(sample_site, f"sv/hitta-digistod/plats/{location['id']}/"), "h1") == location["name"]["sv"]
    for municipality in _municipalities():
        fi, sv = slugify(municipality["name_fi"]), slugify(municipality["name_sv"])
        assert municipality["name_fi"] in text(page(sample_site, f"loyda-digitukea/{fi}/"), "h1")
        assert municipality["name_sv"] in text(page(sample_site, f"sv/hitta-digistod/{sv}/"), "h1")
        page(sample_site, f"verkosto/jasenet/kunta/{fi}/")
        page(sample_site, f"sv/natverket/medlemmar/kommun/{sv}/")
    for person in _records("people"):
        assert person["name"] in text(page(sample_site, "yhteystiedot/"), "main")


def test_every_page_has_the_lang_of_its_language(sample_site: Path) -> None:
    pages = sorted(sample_site.rglob("*.html"))
    assert len(pages) > 40
    for file in pages:
        lang = "sv" if file.relative_to(sample_site).parts[0] == "sv" else "fi"
        html = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        assert html.html["lang"] == lang, file


def test_sample_output_is_valid_html(sample_site: Path) -> None:
    errors = validate([sample_site], relative_to=sample_site)
    assert errors == [], f"{len(errors)} HTML error(s):\n" + "\n".join(map(str, errors))


def test_every_sample_link_resolves_and_is_safe(sample_site: Path) -> None:
    assert [str(b) for b in check_links(sample_site)] == []
    assert [str(b) for b in check_link_safety(sample_site)] == []


def test_sample_pages_are_within_their_budgets(sample_site: Path) -> None:
    assert list(check_budgets(sample_site, PAGES, load_budgets())) == []


@pytest.fixture(scope="module")
def axe() -> str:
    return axe_source()


@pytest.mark.parametrize("page_type", PAGES, ids=[p.id for p in PAGES])
def test_sample_page_has_no_wcag_violations(shared_page: Page, sample_url: str, axe: str, page_type: PageType) -> None:
    response = shared_page.goto(sample_url + page_type.path)
    assert response is not None and response.status in (200, 304), f"{page_type.path} is not served"
    assert shared_page.locator("html").get_attribute("lang") == page_type.lang
    violations = run_axe(shared_page, axe, page_type.path)
    assert not violations, report(violations)


def test_a_region_without_the_phrases_gets_a_finnish_message_naming_the_field(tmp_path: Path) -> None:
    text = (SAMPLE_REGION / "region.yaml").read_text(encoding="utf-8")
    (tmp_path / "region.yaml").write_text(text.replace("  network_of:", "  network_genitive:"), encoding="utf-8")
    with pytest.raises(RegionError) as raised:
        load_region(tmp_path)
    assert sorted(problem.field for problem in raised.value.problems) == [
        "phrases, kohta network_genitive",
        "phrases, kohta network_of",
    ]
    assert "Pakollinen kenttä 'network_of' puuttuu" in str(raised.value)
    assert "Tuntematon kenttä 'network_genitive'" in str(raised.value)
