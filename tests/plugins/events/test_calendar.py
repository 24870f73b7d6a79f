"""iCalendar output on its own: a stable UID, a SEQUENCE that grows, Helsinki times across DST changes, validity."""

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from plugins.events.calendar import CalendarEntry, calendar_bytes, event_uid, sequence
from plugins.site_data.region import load_region
from sitebuild.content_checks.events import read_event
from sitebuild.content_checks.source import SourceFile
from tests.sites import ROOT

ZONE = ZoneInfo("Europe/Helsinki")
TEXT = """Title: {title}
Lang: fi
Start: {start}
End: {end}
Online: https://meet.example.fi/x
Organiser: digikummit-ry
Audience: members
Modified: {modified}

{body}
"""


def event_from(tmp_path: Path, **fields: str):  # type: ignore[no-untyped-def]
    values = {
        "title": "Työpaja",
        "start": "2026-12-03 13:00",
        "end": "2026-12-03 15:00",
        "modified": "2026-11-20 10:00",
        "body": "Teksti.",
    }
    text = TEXT.format(**{**values, **fields})
    path = tmp_path / "events" / "2026-12-03-tyopaja.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    event, problems = read_event(SourceFile.read(path, "event", tmp_path, text), {"digikummit-ry"}, set(), ZONE)
    assert problems == [] and event is not None
    return event


def ics(events: list, subscribable: bool = True) -> bytes:  # type: ignore[type-arg]
    region = load_region(ROOT)
    entries = [CalendarEntry(e, event_uid(region, e), "https://x.example/e/", "", e.summary) for e in events]
    return calendar_bytes(entries, "Tapahtumat", "calendar-uid", "fi", subscribable)


def test_uid_is_the_same_after_title_time_and_text_change(tmp_path: Path) -> None:
    region = load_region(ROOT)
    before = event_from(tmp_path)
    after = event_from(tmp_path, title="Uusi nimi", start="2026-12-04 09:00", end="2026-12-04 10:00", body="Muuta.")
    assert event_uid(region, before) == event_uid(region, after)
    assert (
        icalendar.Calendar.from_ical(ics([before])).events[0]["UID"]
        == icalendar.Calendar.from_ical(ics([after])).events[0]["UID"]
    )


def test_sequence_and_stamps_follow_modified(tmp_path: Path) -> None:
    old = event_from(tmp_path)
    new = event_from(tmp_path, modified="2026-11-21 08:30")
    assert sequence(new.modified) > sequence(old.modified)
    vevent = icalendar.Calendar.from_ical(ics([new])).events[0]
    assert vevent.decoded("DTSTAMP") == vevent.decoded("LAST-MODIFIED") == new.modified
    assert vevent["SEQUENCE"] == sequence(new.modified)


@pytest.mark.parametrize(
    ("start", "end", "offsets"),
    [
        ("2027-03-27 22:00", "2027-03-28 05:00", (timedelta(hours=2), timedelta(hours=3))),
        ("2027-10-30 22:00", "2027-10-31 05:00", (timedelta(hours=3), timedelta(hours=2))),
    ],
)
def test_times_across_the_dst_change_carry_the_helsinki_zone(
    tmp_path: Path, start: str, end: str, offsets: tuple
) -> None:  # type: ignore[type-arg]
    data = ics([event_from(tmp_path, start=start, end=end)])
    assert b"DTSTART;TZID=Europe/Helsinki:" in data
    calendar = icalendar.Calendar.from_ical(data)
    vevent = calendar.events[0]
    assert (vevent.start.utcoffset(), vevent.end.utcoffset()) == offsets
    assert vevent.start == datetime.fromisoformat(start).replace(tzinfo=ZONE)
    # One VTIMEZONE, limited to the year used (not 1970-2038).
    (zone,) = calendar.timezones
    assert zone["TZID"] == "Europe/Helsinki"
    assert {s.decoded("DTSTART").year for s in zone.walk() if s.name in ("STANDARD", "DAYLIGHT")} == {2027}
    vobject.readOne(data.decode("utf-8")).validate(raiseException=True)


def test_the_file_has_crlf_lines_folded_at_75_octets_and_the_calendar_properties(tmp_path: Path) -> None:
    data = ics([event_from(tmp_path, title="Pitkä otsikko äöå " * 10)])
    lines = data.split(b"\r\n")
    assert b"\n" not in b"".join(lines) and all(len(line) <= 75 for line in lines)
    for needed in (
        b"METHOD:PUBLISH",
        b"NAME:Tapahtumat",
        b"X-WR-CALNAME:Tapahtumat",
        b"REFRESH-INTERVAL;VALUE=DURATION:",
        b"X-PUBLISHED-TTL:",
        b"UID:calendar-uid",
    ):
        assert needed in lines or any(line.startswith(needed) for line in lines), needed
    assert [c.errors for c in icalendar.Calendar.from_ical(data).walk() if c.errors] == []


def test_same_input_same_bytes(tmp_path: Path) -> None:
    assert ics([event_from(tmp_path)]) == ics([event_from(tmp_path)])
