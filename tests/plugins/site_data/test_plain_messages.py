"""Messages a non-programmer acts on (issue 14): the Finnish text, the file relative to the project,
the line and the field in words, for every message the data loader gives."""

import logging
from pathlib import Path

import pytest

from plugins.site_data.locations import clock
from plugins.site_data.problems import Problem, count_errors, report
from plugins.site_i18n.log_messages import FinnishMessages
from tests.plugins.site_data.test_locations_data import data_dir, problems_in, shared_data, variant
from tests.sites import load_data

__all__ = ["data_dir", "shared_data"]  # fixtures shared with test_locations_data.py

FILE = "data/locations/testipiste.yaml"


def where(problem: Problem, data: Path) -> str:
    """The file and line as the writer reads them: relative to the project (data/'s parent)."""
    return problem.where(data.parent)


@pytest.mark.parametrize(
    ("opens", "closes"),
    [("15.00", "16.30"), ("15:00", "16:30"), ("15", "16.30"), ('"15.00"', "16:30"), ("15.00", "16.3")],
)
def test_times_written_the_finnish_way_are_the_same_time(data_dir: Path, opens: str, closes: str) -> None:
    text = variant("opens: 13:00\n      closes: 16:00", f"opens: {opens}\n      closes: {closes}")
    problems = problems_in(data_dir, text)
    if closes == "16.3":  # minutes need two digits: 16.3 could be 16.30 or 16.03
        assert [(p.line, p.field) for p in problems] == [(27, "2. aukiolorivi, kohta closes")]
        assert "muodossa 9.00, 9:00 tai 9" in problems[0].message
        assert problems[0].code == "kellonaika"
        return
    assert problems == []
    weekly = load_data(data_dir).locations["testipiste"].hours.weekly[1]
    assert (clock(weekly.opens), clock(weekly.closes)) == ("15:00", "16:30")


YAML_CASES = [
    # (case, old, new, line, code, Finnish words, the excerpt line)
    ("tab", "  sv: Testpunkt", "\tsv: Testpunkt", 5, "yaml-tab", "sarkainmerkki (Tab)", "    →sv: Testpunkt\n    ^"),
    (
        "missing colon",
        "organisation: digikummit-ry",
        "organisation digikummit-ry",
        6,
        "yaml-colon",
        "puuttuu kaksoispiste",
        "    organisation digikummit-ry\n    ^",
    ),
    (
        "wrong indentation",
        "  sv: Testpunkt",
        "   sv: Testpunkt",
        5,
        "yaml-indent",
        "Sisennys on väärä",
        "       sv: Testpunkt",
    ),
    (
        "unclosed quote",
        "fi: Testipiste",
        "fi: 'Testipiste",
        4,
        "yaml-quote",
        "Lainausmerkki jää auki",
        "    fi: 'Testipiste\n          ^",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "line", "code", "words", "shown"), [c[1:] for c in YAML_CASES], ids=[c[0] for c in YAML_CASES]
)
def test_yaml_syntax_errors_are_explained_in_finnish_with_the_line_and_a_caret(
    data_dir: Path, old: str, new: str, line: int, code: str, words: str, shown: str
) -> None:
    problems = problems_in(data_dir, variant(old, new))
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert where(problem, data_dir) == f"{FILE}:{line}"
    assert (problem.code, problem.field) == (code, "")
    assert problem.message.startswith("YAML-muotovirhe: ") and words in problem.message
    assert shown in problem.message
    assert problem.message.rstrip().endswith("^")
    for english in ("found", "expected", "token", "scanning"):
        assert english not in problem.message


@pytest.mark.parametrize("name", ["Espoo", "espoo", "Esbo"])
def test_a_municipality_name_in_place_of_a_code_suggests_its_code(data_dir: Path, name: str) -> None:
    problems = problems_in(data_dir, variant('municipality: "049"', f"municipality: {name}"))
    assert [(where(p, data_dir), p.field) for p in problems] == [(f"{FILE}:7", "municipality")]
    assert problems[0].message == f'{name} on kunnan nimi. Kirjoita sen tilalle kuntanumero "049" (Espoo).'


def test_an_unknown_municipality_code_is_still_reported_as_unknown(data_dir: Path) -> None:
    problems = problems_in(data_dir, variant('municipality: "049"', 'municipality: "999"'))
    assert [(where(p, data_dir), p.field, p.code) for p in problems] == [
        (f"{FILE}:7", "municipality", "tuntematon-kuntanumero")
    ]
    assert "Tuntematon kuntanumero '999'" in problems[0].message


@pytest.mark.parametrize(
    ("old", "new", "line", "field", "words"),
    [
        ("closes: 16:00", "closes: 12:00", 27, "2. aukiolorivi, kohta closes", "Sulkemisaika 12:00 on ennen"),
        ("days: [we]", "days: [we, xx]", 25, "2. aukiolorivi, 2. päivä", "ei ole sallittu"),
        ("to: 2026-12-26", "to: 2026-12-20", 30, "1. poikkeusaika, kohta to", "päättyy"),
        ("forms: [in-person, training]", "forms: [in-person, kotona]", 17, "2. tukimuoto", "ei ole sallittu"),
    ],
)
def test_field_paths_are_in_words_and_counted_from_one(
    data_dir: Path, old: str, new: str, line: int, field: str, words: str
) -> None:
    problems = problems_in(data_dir, variant(old, new))
    assert [(where(p, data_dir), p.field) for p in problems] == [(f"{FILE}:{line}", field)]
    assert words in problems[0].message
    assert ".0" not in field and ".1" not in field


def test_the_error_count_uses_the_catalogs_plural_forms(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert [count_errors(n) for n in (1, 2, 5)] == ["1 virhe", "2 virhettä", "5 virhettä"]
    assert [count_errors(n, "sv") for n in (1, 2)] == ["1 fel", "2 fel"]
    one = Problem(tmp_path / "data" / "a.yaml", 3, "Korjaa.", "kohta")
    assert report([one], tmp_path) == 1
    printed = capsys.readouterr().out
    assert "VIRHE data/a.yaml:3 [kohta]: Korjaa." in printed
    assert "\n1 virhe. Korjaa se" in printed
    report([one, Problem(tmp_path / "b.yaml", 1, "Korjaa.")], tmp_path)
    assert "\n2 virhettä. Korjaa ne" in capsys.readouterr().out


def test_pelicans_feed_warning_is_said_in_finnish() -> None:
    record = logging.LogRecord(
        "pelican.settings",
        logging.WARNING,
        "settings.py",
        688,
        "Feeds generated without SITEURL or FEED_DOMAIN set properly may not be valid",
        (),
        None,
    )
    assert FinnishMessages().filter(record)
    assert record.getMessage().startswith("Sivuston osoite SITEURL puuttuu")
    import pelicanconf  # noqa: F401 - installing the filter is part of reading the settings

    assert any(isinstance(f, FinnishMessages) for f in logging.getLogger("pelican.settings").filters)
