"""Support locations (data/locations/): every rule reported with file, line, field and what to do."""

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from plugins.site_data.today import build_date
from tests.sites import load_data

ROOT = Path(__file__).resolve().parents[3]

GOOD = """\
id: testipiste
sample: true
name:
  fi: Testipiste
  sv: Testpunkt
organisation: digikummit-ry
municipality: "049"
address:
  street:
    fi: Leppävaarankatu 9
  postal_code: "02600"
  post_office:
    fi: Espoo
coordinates:
  lat: 60.2177
  lon: 24.8103
forms: [in-person, training]
target_groups: [youth]
languages: [fi, sv]
hours:
  weekly:
    - days: [mo, tu]
      opens: 9:00
      closes: 12:00
    - days: [we]
      opens: 13:00
      closes: 16:00
  exceptions:
    - from: 2026-12-24
      to: 2026-12-26
      closed: true
      reason:
        fi: Joulu
        sv: Jul
contact:
  email: testi@example.fi
  web: https://example.fi/testi
checked: 2026-10-01
"""


# A service without a public place: phone, chat, video and home visits in two municipalities.
REMOTE = """\
id: testipiste
sample: true
name:
  fi: Testipuhelin
  sv: Testtelefon
organisation: digikummit-ry
municipality: "049"
service_area: ["049", "235"]
forms: [home-visit, phone, chat, video]
target_groups: [seniors]
languages: [fi, sv]
hours:
  by_appointment_only: true
booking:
  phone: 09 000 1111
contact:
  phone: 09 000 1111
  chat: https://example.fi/chat
  video: https://example.fi/video
checked: 2026-10-01
"""
PLACE = GOOD[GOOD.index("address:") : GOOD.index("forms:")]


def variant(old: str, new: str, good: str = GOOD) -> str:
    assert old in good, old
    return good.replace(old, new, 1)


def remote(old: str, new: str) -> str:
    return variant(old, new, REMOTE)


@pytest.fixture(scope="module")
def shared_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of data/ for the module (validators are cached per schema path, so this is fast)."""
    target = tmp_path_factory.mktemp("locations") / "data"
    shutil.copytree(ROOT / "data", target)
    return target


@pytest.fixture
def data_dir(shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shared copy of data/; files a test adds to data/locations/ are removed afterwards."""
    monkeypatch.setenv("SITE_BUILD_DATE", "2026-11-26")
    before = set((shared_data / "locations").iterdir())
    yield shared_data
    for added in set((shared_data / "locations").iterdir()) - before:
        added.unlink()


def problems_in(data_dir: Path, text: str, name: str = "testipiste") -> list:
    path = data_dir / "locations" / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return [p for p in load_data(data_dir).problems if p.path == path]


def test_the_good_example_is_valid(data_dir: Path) -> None:
    assert problems_in(data_dir, GOOD) == []


@pytest.mark.parametrize(
    "text",
    [
        REMOTE,
        remote('service_area: ["049", "235"]', "service_area: region"),
        variant("forms:", 'service_area: ["235"]\nforms:'),
    ],
    ids=["remote service", "whole region", "place with a wider area"],
)
def test_good_service_areas_are_valid(data_dir: Path, text: str) -> None:
    assert problems_in(data_dir, text) == []


BAD = [
    # (case, text, line, field, words in the message)
    (
        "missing field",
        variant('municipality: "049"\n', ""),
        1,
        "municipality",
        "Pakollinen kenttä 'municipality' puuttuu",
    ),
    ("unknown field", GOOD + "colour: red\n", 39, "colour", "Tuntematon kenttä 'colour'"),
    (
        "wrong type",
        variant("lat: 60.2177", "lat: kuusikymmentä"),
        15,
        "coordinates, kohta lat",
        "Arvon pitää olla luku",
    ),
    (
        "municipality as number",
        variant('municipality: "049"', "municipality: 49"),
        7,
        "municipality",
        "kolme numeroa lainausmerkeissä",
    ),
    (
        "unknown municipality",
        variant('municipality: "049"', 'municipality: "999"'),
        7,
        "municipality",
        "Tuntematon kuntanumero '999'",
    ),
    (
        "unknown member",
        variant("organisation: digikummit-ry", "organisation: digikummit"),
        6,
        "organisation",
        "Tunnistetta 'digikummit' ei löydy kansiosta data/members/",
    ),
    (
        "id differs from file name",
        variant("id: testipiste", "id: toinen-piste"),
        1,
        "id",
        "ei vastaa tiedoston nimeä 'testipiste'",
    ),
    (
        "coordinates outside Uusimaa",
        variant("lat: 60.2177\n  lon: 24.8103", "lat: 24.8103\n  lon: 60.2177"),
        15,
        "coordinates",
        "alueen Uusimaa ulkopuolella",
    ),
    (
        "closes before opens",
        variant("opens: 9:00\n      closes: 12:00", "opens: 12:00\n      closes: 9:00"),
        24,
        "1. aukiolorivi, kohta closes",
        "Sulkemisaika 9:00 on ennen avaamisaikaa 12:00",
    ),
    (
        "overlapping hours",
        variant("days: [we]", "days: [tu]").replace("opens: 13:00", "opens: 11:00"),
        26,
        "2. aukiolorivi, kohta days",
        "menevät päällekkäin tiistaina (myös rivillä 23)",
    ),
    (
        "exception ends before it starts",
        variant("to: 2026-12-26", "to: 2026-12-20"),
        30,
        "1. poikkeusaika, kohta to",
        "päättyy (2026-12-20) ennen kuin se alkaa (2026-12-24)",
    ),
    (
        "impossible date",
        variant("from: 2026-12-24", "from: 2026-13-24"),
        29,
        "1. poikkeusaika, kohta from",
        "muodossa 2026-12-24",
    ),
    (
        "time in the wrong format",
        variant("opens: 9:00", "opens: 9-12"),
        23,
        "1. aukiolorivi, kohta opens",
        "muodossa 9.00",
    ),
    ("unknown weekday", variant("days: [mo, tu]", "days: [ma, tu]"), 22, "1. aukiolorivi, 1. päivä", "mo, tu, we"),
    (
        "url not http",
        variant("web: https://example.fi/testi", "web: ftp://example.fi/testi"),
        37,
        "contact, kohta web",
        "alkaen https://",
    ),
    (
        "url without scheme",
        variant("web: https://example.fi/testi", "web: www.example.fi"),
        37,
        "contact, kohta web",
        "alkaen https://",
    ),
    (
        "invalid email",
        variant("email: testi@example.fi", "email: testi(at)example.fi"),
        36,
        "contact, kohta email",
        "nimi@esimerkki.fi",
    ),
    (
        "unknown form of support",
        variant("forms: [in-person, training]", "forms: [in-person, kotikaynti]"),
        17,
        "2. tukimuoto",
        "Sallitut arvot: in-person",
    ),
    (
        "unknown language code",
        variant("languages: [fi, sv]", "languages: [fi, xx]"),
        19,
        "languages",
        "Tuntematon kielikoodi 'xx'",
    ),
    (
        "language name instead of code",
        variant("languages: [fi, sv]", "languages: [suomi]"),
        19,
        "1. kieli",
        "ISO 639-1",
    ),
    (
        "no hours at all",
        variant(
            "  weekly:\n    - days: [mo, tu]\n      opens: 9:00\n      closes: 12:00\n    - days: [we]\n      opens: 13:00\n      closes: 16:00\n",
            "",
        ),
        20,
        "hours",
        "by_appointment_only: true",
    ),
    ("exception without hours", variant("      closed: true\n", ""), 29, "1. poikkeusaika", "closed: true"),
    ("swedish name missing", variant("  sv: Testpunkt\n", ""), 3, "name, kohta sv", "Pakollinen kenttä 'sv' puuttuu"),
    ("checked in the future", variant("checked: 2026-10-01", "checked: 2027-10-01"), 38, "checked", "tulevaisuudessa"),
    ("yaml syntax error", variant("  fi: Testipiste", "  fi: [Testipiste"), 5, "", "YAML-muotovirhe"),
    (
        "no address and no service area",
        remote('service_area: ["049", "235"]\n', "").replace("home-visit, ", ""),
        7,
        "service_area",
        "puuttuu sekä osoite että palvelualue",
    ),
    (
        "home visits without a service area",
        remote('service_area: ["049", "235"]\n', PLACE),
        17,
        "service_area",
        "Kotikäynneille (home-visit) puuttuu palvelualue",
    ),
    (
        "home visits without a way to book",
        remote("booking:\n  phone: 09 000 1111\n", ""),
        9,
        "booking",
        "Kotikäynnin varaamisen tapa puuttuu",
    ),
    (
        "phone service without a number",
        remote("  phone: 09 000 1111\ncontact:\n  phone: 09 000 1111\n", "  url: https://example.fi/varaa\ncontact:\n"),
        9,
        "contact.phone",
        "Tuen muodolle phone puuttuu yhteystapa",
    ),
    ("chat without its address", remote("  chat: https://example.fi/chat\n", ""), 9, "contact.chat", "contact.chat"),
    (
        "video without its address",
        remote("  video: https://example.fi/video\n", ""),
        9,
        "contact.video",
        "contact.video",
    ),
    (
        "unknown municipality in the service area",
        remote('["049", "235"]', '["049", "999"]'),
        8,
        "2. palvelualueen kunta",
        "Tuntematon kuntanumero '999'",
    ),
    (
        "service area neither a list nor region",
        remote('["049", "235"]', "koko alue"),
        8,
        "service_area",
        "service_area: region",
    ),
    (
        "address without coordinates",
        variant("coordinates:\n  lat: 60.2177\n  lon: 24.8103\n", ""),
        8,
        "coordinates",
        "sekä osoite (address) että koordinaatit",
    ),
    (
        "duplicate key",
        variant("sample: true\n", "sample: true\nsample: false\n"),
        3,
        "sample",
        "Kenttä 'sample' on kahdesti",
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "field", "message"), [case[1:] for case in BAD], ids=[case[0] for case in BAD]
)
def test_bad_location_file_is_reported_with_line_field_and_advice(
    data_dir: Path, text: str, line: int, field: str, message: str
) -> None:
    problems = problems_in(data_dir, text)
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert (problem.line, problem.field, problem.warning) == (line, field, False), str(problem)
    assert message in problem.message


def test_entry_not_checked_for_a_year_is_a_warning_not_an_error(data_dir: Path) -> None:
    problems = problems_in(data_dir, variant("checked: 2026-10-01", "checked: 2025-11-01"))
    assert [(p.line, p.field, p.warning) for p in problems] == [(38, "checked", True)]
    assert "yli vuoteen" in problems[0].message


def test_duplicate_id_in_two_files_is_reported(data_dir: Path) -> None:
    problems_in(data_dir, GOOD)
    copy = data_dir / "locations" / "testipiste.yml"
    copy.write_text(GOOD, encoding="utf-8")
    problems = [p for p in load_data(data_dir).problems if p.path == copy]
    assert [(p.line, p.field) for p in problems] == [(1, "id")]
    assert "on jo käytössä" in problems[0].message


def test_every_problem_in_every_file_is_reported_at_once(data_dir: Path) -> None:
    (data_dir / "locations" / "aaa.yaml").write_text(
        GOOD.replace("id: testipiste", "id: aaa").replace('"049"', '"999"'), encoding="utf-8"
    )
    (data_dir / "locations" / "bbb.yaml").write_text(
        GOOD.replace("id: testipiste", "id: bbb").replace("testi@example.fi", "testi"), encoding="utf-8"
    )
    (data_dir / "locations" / "ccc.yaml").write_text("id: ccc\nname: [\n", encoding="utf-8")
    found = {(p.path.name, p.field) for p in load_data(data_dir).errors}
    assert found == {("aaa.yaml", "municipality"), ("bbb.yaml", "contact, kohta email"), ("ccc.yaml", "")}


def test_build_date_can_be_pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITE_BUILD_DATE", "2027-01-02")
    assert build_date().isoformat() == "2027-01-02"


def test_the_real_locations_cover_every_municipality_with_youth_and_home_visits() -> None:
    site = load_data(ROOT / "data")
    assert site.problems == []
    locations = site.records("locations").records
    assert len(locations) >= 40
    assert {loc["municipality"] for loc in locations.values()} == set(site.municipalities)
    assert all(loc["sample"] for loc in locations.values())
    assert sum("youth" in loc["target_groups"] for loc in locations.values()) >= 4
    assert sum("home-visit" in loc["forms"] for loc in locations.values()) >= 4


def test_vocabulary_labels_every_value_the_schema_allows() -> None:
    import yaml

    schema = json.loads((ROOT / "data/schemas/locations.schema.json").read_text(encoding="utf-8"))
    vocabulary = yaml.safe_load((ROOT / "data/directory-labels.yaml").read_text(encoding="utf-8"))
    props = schema["properties"]
    assert set(props["forms"]["items"]["enum"]) == set(vocabulary["forms"])
    assert set(props["target_groups"]["items"]["enum"]) == set(vocabulary["target_groups"])
    assert set(props["accessibility"]["properties"]["features"]["items"]["enum"]) == set(vocabulary["accessibility"])
    assert set(schema["$defs"]["weekly"]["items"]["properties"]["days"]["items"]["enum"]) == set(vocabulary["days"])


def test_a_file_with_a_schema_error_still_gets_every_other_check(data_dir: Path) -> None:
    text = (
        GOOD.replace("testi@example.fi", "testi")
        .replace('"049"', '"999"')
        .replace("organisation: digikummit-ry", "organisation: digikummit")
        .replace("lat: 60.2", "lat: 61.9")
    )
    found = sorted((p.field, p.message.split(".")[0]) for p in problems_in(data_dir, text))
    assert [field for field, _ in found] == ["contact, kohta email", "coordinates", "municipality", "organisation"]


def test_a_malformed_code_gets_one_message_not_two(data_dir: Path) -> None:
    problems = problems_in(data_dir, GOOD.replace('"049"', '"49"'))
    assert [(p.field, "väärän muotoinen" in p.message) for p in problems] == [("municipality", True)]
