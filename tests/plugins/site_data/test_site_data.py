"""Loading data/: every mistake in every file is reported with file, line, field and what to do."""

import json
import shutil
from pathlib import Path

import pytest

from plugins.site_data.municipalities import load_municipalities
from plugins.site_data.problems import Problem
from plugins.site_data.records import load_records
from tests.sites import load_data

ROOT = Path(__file__).resolve().parents[3]

THING_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "name", "count"],
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z0-9-]+$"},
        "name": {"type": "string", "minLength": 1},
        "count": {"type": "integer", "minimum": 0},
        "kind": {"enum": ["a", "b"]},
        "web": {"type": "string", "pattern": "^https?://", "x-hint": "Aloita osoite https://."},
    },
}
GOOD = "id: thing\nname: Asia\ncount: 3\n"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "things.schema.json").write_text(json.dumps(THING_SCHEMA), encoding="utf-8")
    (tmp_path / "things").mkdir()
    return tmp_path


@pytest.mark.parametrize(
    ("text", "line", "field", "message"),
    [
        ("id: thing\nname: [Asia\ncount: 3\n", 3, "", "YAML-muotovirhe"),
        ("id: thing\nname: Asia\nname: Toinen\ncount: 3\n", 3, "name", "Kenttä 'name' on kahdesti (myös rivillä 2)"),
        ("id: thing\nname: Asia\n", 1, "count", "Pakollinen kenttä 'count' puuttuu"),
        (GOOD + "colour: red\n", 4, "colour", "Tuntematon kenttä 'colour'"),
        ("id: thing\nname: Asia\ncount: kolme\n", 3, "count", "Arvon pitää olla kokonaisluku, mutta se on 'kolme'"),
        ("id: thing\nname: Asia\ncount: -1\n", 3, "count", "vähintään 0"),
        (GOOD + "kind: c\n", 4, "kind", "Arvo 'c' ei ole sallittu. Sallitut arvot: a, b"),
        (GOOD + "web: ftp://x\n", 4, "web", "Aloita osoite https://."),
        ("id: other\nname: Asia\ncount: 3\n", 1, "id", "ei vastaa tiedoston nimeä 'thing'"),
        ("- just\n- a list\n", 1, "", "rakenne on väärä"),
    ],
)
def test_bad_record_is_reported_with_line_field_and_advice(
    data_dir: Path, text: str, line: int, field: str, message: str
) -> None:
    path = data_dir / "things" / "thing.yaml"
    path.write_text(text, encoding="utf-8")
    problems = load_records(data_dir, "things", schema_dir=data_dir / "schemas").problems
    assert len(problems) == 1, problems
    assert (problems[0].path, problems[0].line, problems[0].field) == (path, line, field)
    assert message in problems[0].message


def test_all_problems_in_all_files_are_listed_and_only_valid_records_kept(data_dir: Path) -> None:
    (data_dir / "things" / "good.yaml").write_text(GOOD.replace("thing", "good"), encoding="utf-8")
    (data_dir / "things" / "bad.yaml").write_text("id: bad\nname: ''\ncount: x\nextra: 1\n", encoding="utf-8")
    (data_dir / "things" / "copy.yaml").write_text(GOOD.replace("thing", "good"), encoding="utf-8")
    result = load_records(data_dir, "things", schema_dir=data_dir / "schemas")
    assert sorted((p.path.name, p.field) for p in result.problems) == [
        ("bad.yaml", "count"),
        ("bad.yaml", "extra"),
        ("bad.yaml", "name"),
        ("copy.yaml", "id"),
    ]
    assert list(result.records) == ["good"]


def test_same_id_in_two_files_is_reported(data_dir: Path) -> None:
    (data_dir / "things" / "thing.yaml").write_text(GOOD, encoding="utf-8")
    (data_dir / "things" / "thing.yml").write_text(GOOD, encoding="utf-8")
    problems = load_records(data_dir, "things", schema_dir=data_dir / "schemas").problems
    assert [(p.path.name, p.line) for p in problems] == [("thing.yml", 1)]
    assert "on jo käytössä tiedostossa" in problems[0].message


def test_problem_reads_as_one_line_for_an_editor() -> None:
    problem = Problem(Path("data/locations/x.yaml"), 7, "Arvo ei kelpaa.", "email")
    assert str(problem) == "VIRHE data/locations/x.yaml:7 [email]: Arvo ei kelpaa."


def test_municipality_list_has_the_26_municipalities_of_uusimaa() -> None:
    problems: list[Problem] = []
    municipalities = load_municipalities(ROOT / "data", problems)
    assert problems == []
    assert len(municipalities) == 26
    assert municipalities["049"].name("sv") == "Esbo" and municipalities["049"].bilingual
    assert municipalities["710"].language == "sv-fi"
    assert sum(m.bilingual for m in municipalities.values()) == 15


def test_municipality_code_must_be_a_quoted_three_digit_string(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "data" / "schemas", tmp_path / "schemas")
    (tmp_path / "municipalities.yaml").write_text(
        "municipalities:\n  - code: 49\n    name_fi: Espoo\n    name_sv: Esbo\n    language: fi-sv\n", encoding="utf-8"
    )
    problems: list[Problem] = []
    assert load_municipalities(tmp_path, problems) == {}
    assert [(p.line, p.field) for p in problems] == [(2, "1. kunta, kohta code")]
    assert "lainausmerkeissä" in problems[0].message


def test_the_real_data_folder_is_valid() -> None:
    assert [str(p) for p in load_data(ROOT / "data").problems] == []


def test_unknown_municipality_code_in_a_member_is_reported(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    member = tmp_path / "data/members/digiapu-oy.yaml"
    member.write_text(member.read_text(encoding="utf-8").replace('- "049"', '- "999"'), encoding="utf-8")
    problems = load_data(tmp_path / "data").problems
    assert [(p.path, p.line, p.field) for p in problems] == [(member, 11, "2. kunta")]
    assert "Tuntematon kuntanumero '999'" in problems[0].message
