"""The network's data (members, people, regions, partners): every mistake reported with file, line and advice."""

import shutil
from pathlib import Path

import pytest

from tests.sites import load_data

ROOT = Path(__file__).resolve().parents[3]

MEMBER = """\
# yaml-language-server: $schema=../schemas/members.schema.json
id: uusi-jasen
sample: true
name:
  fi: Uusi jäsen ry
  sv: Ny medlem rf
type: association
municipalities:
- "049"
website: https://example.fi/
joined: 2024-01-15
"""
PERSON = """\
id: uusi-henkilo
name: Uusi Henkilö
role:
  fi: projektisuunnittelija
  sv: projektplanerare
order: 4
"""
REGION = """\
id: uusi-alue
sample: true
level: regional
region:
  fi: Kainuu
  sv: Kajanaland
name:
  fi: Kainuun digitukiverkosto
  sv: Digistödsnätverket i Kajanaland
"""


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A copy of the real data/ that a test may break."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path / "data"


BAD_FILES = [
    # (kind/file, text, line, field, message)
    pytest.param(
        "members/uusi-jasen.yaml",
        MEMBER.replace("type: association", "type: club"),
        7,
        "type",
        "Arvo 'club' ei ole sallittu. Sallitut arvot: municipality, association, library",
        id="member-unknown-type",
    ),
    pytest.param(
        "members/uusi-jasen.yaml",
        MEMBER.replace('- "049"', '- "049"\n- "999"'),
        10,
        "2. kunta",
        "Tuntematon kuntanumero '999'",
        id="member-unknown-municipality",
    ),
    pytest.param(
        "members/uusi-jasen.yaml",
        MEMBER.replace('- "049"', "- 49"),
        9,
        "1. kunta",
        "Kuntanumero on kolme numeroa lainausmerkeissä",
        id="member-municipality-not-quoted",
    ),
    pytest.param(
        "members/uusi-jasen.yml",
        MEMBER.replace("uusi-jasen", "espoon-kaupunki"),
        2,
        "id",
        "ei vastaa tiedoston nimeä 'uusi-jasen'",
        id="member-id-not-file-name",
    ),
    pytest.param(
        "members/espoon-kaupunki.yml",
        MEMBER.replace("uusi-jasen", "espoon-kaupunki"),
        2,
        "id",
        "Tunniste 'espoon-kaupunki' on jo käytössä tiedostossa",
        id="member-duplicate-id",
    ),
    pytest.param(
        "members/uusi-jasen.yaml",
        MEMBER.replace("https://example.fi/", "www.example.fi"),
        10,
        "website",
        "Arvo 'www.example.fi' on väärän muotoinen. Kirjoita koko osoite alkaen https://.",
        id="member-bad-url",
    ),
    pytest.param(
        "members/uusi-jasen.yaml",
        MEMBER + "logo:\n  file: digiapu-oy.svg\n",
        12,
        "logo, kohta alt",
        "Pakollinen kenttä 'alt' puuttuu",
        id="member-logo-without-alt",
    ),
    pytest.param(
        "members/uusi-jasen.yaml",
        MEMBER + "logo:\n  file: puuttuu.svg\n  alt:\n    fi: Logo\n    sv: Logo\n",
        13,
        "logo, kohta file",
        "Kuvaa 'puuttuu.svg' ei löydy kansiosta data/images/",
        id="member-logo-file-missing",
    ),
    pytest.param(
        "members/uusi-jasen.yaml",
        MEMBER.replace("  sv: Ny medlem rf\n", "  sv: [Ny medlem rf\n"),
        7,
        "",
        "YAML-muotovirhe",
        id="member-yaml-error",
    ),
    pytest.param(
        "members/uusi-jasen.yaml",
        MEMBER.replace("joined: 2024-01-15", "joined: 15.1.2024"),
        11,
        "joined",
        "Kirjoita päivämäärä muodossa 2021-03-15",
        id="member-bad-date",
    ),
    pytest.param(
        "people/uusi-henkilo.yaml",
        PERSON.replace("  sv: projektplanerare\n", ""),
        3,
        "role, kohta sv",
        "Pakollinen kenttä 'sv' puuttuu",
        id="person-role-without-swedish",
    ),
    pytest.param(
        "people/uusi-henkilo.yaml",
        PERSON + "email: uusi.example.fi\n",
        7,
        "email",
        "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi",
        id="person-bad-email",
    ),
    pytest.param(
        "people/uusi-henkilo.yaml",
        PERSON + "phone: soita meille\n",
        7,
        "phone",
        "Kirjoita puhelinnumero numeroina",
        id="person-bad-phone",
    ),
    pytest.param(
        "people/uusi-henkilo.yaml",
        PERSON + "photo:\n  file: digiapu-oy.svg\n",
        7,
        "photo, kohta alt",
        "Pakollinen kenttä 'alt' puuttuu",
        id="person-photo-without-alt",
    ),
    pytest.param(
        "regions/uusi-alue.yaml",
        REGION.replace("level: regional", "level: local"),
        3,
        "level",
        "Arvo 'local' ei ole sallittu. Sallitut arvot: regional, national",
        id="region-unknown-level",
    ),
    pytest.param(
        "regions/uusi-alue.yaml",
        REGION.split("region:")[0] + "name:\n  fi: Verkosto\n  sv: Nätverk\n",
        1,
        "region",
        "Pakollinen kenttä 'region' puuttuu",
        id="region-without-region",
    ),
    pytest.param(
        "regions/uusi-alue.yaml",
        REGION + "website: kainuu.example\n",
        10,
        "website",
        "Jätä kenttä pois, jos osoitetta ei ole tarkistettu",
        id="region-bad-url",
    ),
    pytest.param(
        "partners/keravan-kaupunki-x.yaml",
        "id: keravan-kaupunki-x\norder: 5\n",
        1,
        "id",
        "Tunnistetta 'keravan-kaupunki-x' ei löydy kansiosta data/members/",
        id="partner-not-a-member",
    ),
]


@pytest.mark.parametrize(("file", "text", "line", "field", "message"), BAD_FILES)
def test_bad_network_file_is_reported_with_file_line_and_advice(
    data_dir: Path, file: str, text: str, line: int, field: str, message: str
) -> None:
    path = data_dir / file
    path.write_text(text, encoding="utf-8")
    problems = load_data(data_dir).problems
    assert [(p.path, p.line, p.field) for p in problems] == [(path, line, field)], [str(p) for p in problems]
    assert message in problems[0].message


def test_every_problem_in_every_network_file_is_listed_at_once(data_dir: Path) -> None:
    (data_dir / "members/uusi-jasen.yaml").write_text(
        MEMBER.replace("type: association", "type: club").replace("https://example.fi/", "x"), encoding="utf-8"
    )
    (data_dir / "people/uusi-henkilo.yaml").write_text(PERSON + "email: x\n", encoding="utf-8")
    (data_dir / "regions/uusi-alue.yaml").write_text(
        REGION.replace("level: regional", "level: local"), encoding="utf-8"
    )
    problems = load_data(data_dir).problems
    assert sorted((p.path.name, p.field) for p in problems) == [
        ("uusi-alue.yaml", "level"),
        ("uusi-henkilo.yaml", "email"),
        ("uusi-jasen.yaml", "type"),
        ("uusi-jasen.yaml", "website"),
    ]


def test_the_real_network_data_is_valid_and_complete() -> None:
    site = load_data(ROOT / "data")
    assert [str(p) for p in site.problems] == []
    members = site.records("members").records
    assert len(members) >= 60
    assert {m["type"] for m in members.values()} == {
        "municipality",
        "association",
        "library",
        "parish",
        "education",
        "authority",
        "company",
        "volunteer-group",
        "other",
    }
    assert len({code for m in members.values() for code in m["municipalities"]}) >= 20
    assert all(m.get("sample") for m in members.values()), "sample members must say so"
    partners = site.records("partners").records
    assert sorted(partners) == ["espoon-kaupunki", "helsingin-kaupunki", "hyvinkaan-kaupunki", "vantaan-kaupunki"]
    assert all(members[p]["type"] == "municipality" for p in partners)
    regions = site.records("regions").records.values()
    assert len([r for r in regions if r["level"] == "regional"]) == 14
    assert [r["website"] for r in regions if r["level"] == "national"] == ["https://dvv.fi/"]
    assert all(not r.get("website") for r in regions if r.get("sample")), (
        "unverified networks must not carry guessed websites"
    )


def test_the_team_carries_no_invented_contact_details() -> None:
    people = load_data(ROOT / "data").records("people").records
    assert sorted(p["name"] for p in people.values()) == ["Joel Aaltonen", "Laura Manninen", "Tanna Rantanen"]
    assert people["tanna-rantanen"]["phone"] == "040 586 4682"
    for person in people.values():
        assert person.get("email") in (None, "uudi@example.fi")
        assert person["id"] == "tanna-rantanen" or "phone" not in person
