"""Bad event files: every rule gives a Finnish message with the file, the line and the field."""

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sitebuild.content_checks import check_content
from sitebuild.content_checks.events import check_event, read_event
from sitebuild.content_checks.source import SourceFile
from tests.sites import ROOT, load_data

ZONE = ZoneInfo("Europe/Helsinki")
MEMBERS = {"digikummit-ry"}
LOCATIONS = {"helsinki-oodi"}
GOOD = {
    "Title": "Työpaja",
    "Lang": "fi",
    "Start": "2026-12-03 13:00",
    "End": "2026-12-03 15:00",
    "Online": "https://meet.example.fi/tyopaja",
    "Location": "helsinki-oodi",
    "Organiser": "digikummit-ry",
    "Registration": "https://lomake.example.fi/tyopaja",
    "Registration_deadline": "2026-12-01 16:00",
    "Audience": "members, volunteers",
    "Status": "scheduled",
    "Modified": "2026-11-20 10:00",
    "Summary": "Työpaja digiopastajille.",
}


def write(tmp_path: Path, fields: dict[str, str | None]) -> SourceFile:
    """An event file with GOOD's fields changed by `fields` (None removes one)."""
    meta = {**GOOD, **fields}
    text = "".join(f"{key}: {value}\n" for key, value in meta.items() if value is not None) + "\nTeksti.\n"
    path = tmp_path / "events" / "2026-12-03-tyopaja.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return SourceFile.read(path, "event", tmp_path, text)


def line_of(source: SourceFile, key: str) -> int:
    return next(n for n, line in enumerate(source.text.splitlines(), 1) if line.lower().startswith(key.lower() + ":"))


def test_a_good_event_has_no_problems(tmp_path: Path) -> None:
    source = write(tmp_path, {})
    event, problems = read_event(source, MEMBERS, LOCATIONS, ZONE)
    assert problems == []
    assert event is not None
    assert (event.start.isoformat(), event.attendance, event.audiences) == (
        "2026-12-03T13:00:00+02:00",
        "mixed",
        ("members", "volunteers"),
    )


@pytest.mark.parametrize(
    ("fields", "field", "line_key", "message"),
    [
        ({"Start": None}, "Start", None, "Alkamisaika puuttuu"),
        ({"Start": "3.12.2026 klo 13"}, "Start", "Start", "Aika '3.12.2026 klo 13' ei kelpaa"),
        ({"End": "2026-12-03 12:00"}, "End", "End", "päättyy (2026-12-03 12:00) ennen kuin se alkaa"),
        ({"Organiser": "tuntematon-ry"}, "Organiser", "Organiser", "Tuntematon järjestäjä 'tuntematon-ry'"),
        ({"Location": "ei-ole"}, "Location", "Location", "Tuntematon paikka 'ei-ole'"),
        (
            {"Registration_deadline": "2026-12-04"},
            "Registration_deadline",
            "Registration_deadline",
            "vasta tapahtuman alettua",
        ),
        ({"Online": "ftp://meet.example.fi/x"}, "Online", "Online", "Linkki 'ftp://meet.example.fi/x' ei ala https://"),
        (
            {"Registration": "lomake.example.fi"},
            "Registration",
            "Registration",
            "Linkki 'lomake.example.fi' ei ala https://",
        ),
        ({"Status": "maybe"}, "Status", "Status", "Tuntematon tila 'maybe'"),
        ({"Audience": "members, kaikki"}, "Audience", "Audience", "Tuntematon kohderyhmä 'kaikki'"),
        ({"Modified": None}, "Modified", None, "Muokkausaika puuttuu"),
        ({"Online": None, "Location": None}, "Online", None, "Paikka puuttuu"),
    ],
)
def test_a_bad_field_is_reported_with_file_line_and_message(
    tmp_path: Path, fields: dict[str, str | None], field: str, line_key: str | None, message: str
) -> None:
    source = write(tmp_path, fields)
    problems = check_event(source, MEMBERS, LOCATIONS, ZONE)
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert (problem.path, problem.field, problem.warning) == (source.path, field, False)
    assert message in problem.message
    assert problem.line == (line_of(source, line_key) if line_key else source.first_body_line)
    assert str(problem).startswith(f"VIRHE {source.path}:{problem.line} [{field}]")
    assert read_event(source, MEMBERS, LOCATIONS, ZONE)[0] is None


def test_every_problem_of_a_file_is_listed(tmp_path: Path) -> None:
    source = write(tmp_path, {"Start": None, "Organiser": "x", "Status": "maybe", "Online": "www.example.fi"})
    fields = sorted(p.field for p in check_event(source, MEMBERS, LOCATIONS, ZONE))
    assert fields == ["Online", "Organiser", "Start", "Status"]


def test_a_draft_reports_warnings_and_is_not_built(tmp_path: Path) -> None:
    source = write(tmp_path, {"Status": "draft", "Organiser": "[[jäsen]]"})
    event, problems = read_event(source, MEMBERS, LOCATIONS, ZONE)
    assert event is None
    assert problems and all(p.warning for p in problems)


def test_an_all_day_event_ends_after_its_last_day(tmp_path: Path) -> None:
    source = write(tmp_path, {"Start": "2027-01-20", "End": "2027-01-21", "Registration_deadline": "2027-01-13"})
    event, problems = read_event(source, MEMBERS, LOCATIONS, ZONE)
    assert problems == [] and event is not None
    assert (event.all_day, event.end.date().isoformat(), event.last_day.isoformat()) == (
        True,
        "2027-01-22",
        "2027-01-21",
    )


def test_make_check_checks_events_against_data(tmp_path: Path) -> None:
    write(tmp_path, {"Organiser": "tuntematon-ry"})
    site = load_data(ROOT / "data")
    problems = check_content(tmp_path, {"fi": {}, "sv": {}}, None, site=site)
    assert [p.field for p in problems if not p.warning] == ["Organiser"]


def test_the_sample_events_have_no_problems() -> None:
    site = load_data(ROOT / "data")
    problems = check_content(ROOT / "content", {"fi": {}, "sv": {}}, None, site=site)
    assert [str(p) for p in problems if "events" in str(p.path)] == []
