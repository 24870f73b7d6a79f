"""iCalendar files (RFC 5545 + RFC 7986) with the icalendar library: one per event, one subscribable per language.

What calendar programs trip on is fixed here: the UID comes from the event's file (never random),
DTSTAMP and LAST-MODIFIED from its `Modified:` time and SEQUENCE grows with it, so the same input
builds the same bytes and an update replaces the event instead of duplicating it.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from icalendar import Calendar
from icalendar import Event as VEvent
from icalendar.prop import vDuration

from .model import Event

# Calendar programs ask the subscription again after this long (Google refreshes every 8-24 h anyway).
REFRESH = timedelta(hours=12)
# SEQUENCE counts minutes since this moment: it grows whenever `Modified:` moves forward.
SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
STATUS = {"scheduled": "CONFIRMED", "moved-online": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}
PRODID = "-//sitebuild//plugins.events//FI"


@dataclass(frozen=True)
class CalendarEntry:
    """An event with what the calendar needs beyond the event itself: its UID, page and place text."""

    event: Event
    uid: str
    page_url: str
    place: str
    description: str


def event_uid(region: Any, event: Event) -> str:
    """The event's UID: from its file name and the region only, so a new title, time or text keeps it."""
    return str(region.stable_id("event", event.key))


def sequence(modified: datetime) -> int:
    """A SEQUENCE that grows with the event's Modified: time (minutes since 2020)."""
    return max(0, int((modified - SEQUENCE_EPOCH).total_seconds() // 60))


def _times(event: Event) -> tuple[date | datetime, date | datetime]:
    if event.all_day:
        return event.start.date(), event.end.date()
    return event.start, event.end


def vevent(entry: CalendarEntry) -> VEvent:
    """The VEVENT of one event."""
    event = entry.event
    start, end = _times(event)
    stamp = event.modified.astimezone(UTC)
    online = event.attendance == "online"
    component = VEvent.new(
        uid=entry.uid,
        stamp=stamp,
        last_modified=stamp,
        sequence=sequence(event.modified),
        start=start,
        end=end,
        summary=event.title,
        description=entry.description,
        location=event.online if online else entry.place,
        url=event.online if online else entry.page_url,
        status=STATUS[event.status],  # type: ignore[arg-type]
    )
    return component


def calendar_bytes(entries: Sequence[CalendarEntry], name: str, uid: str, lang: str, subscribable: bool) -> bytes:
    """A whole calendar: METHOD:PUBLISH, NAME and X-WR-CALNAME, a VTIMEZONE for the years used only."""
    calendar = Calendar.new(
        name=name,
        method="PUBLISH",
        uid=uid,
        language=lang,
        prodid=PRODID,
        refresh_interval=REFRESH if subscribable else None,
    )
    if subscribable:
        # Outlook reads X-PUBLISHED-TTL; RFC 7986 asks for REFRESH-INTERVAL with VALUE=DURATION.
        calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH))
        calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"
    for entry in sorted(entries, key=lambda e: (e.event.start, e.uid)):
        calendar.add_component(vevent(entry))
    if entries:
        years = [e.event.start.year for e in entries] + [e.event.end.year for e in entries]
        calendar.add_missing_timezones(date(min(years), 1, 1), date(max(years) + 1, 1, 1))
    return calendar.to_ical()
