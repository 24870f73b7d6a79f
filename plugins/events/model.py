"""The typed event: one Markdown file in content/events/, read once per build."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

# What the `Status:` field of an event may say (besides `draft`, which keeps it unpublished).
STATUSES = ("scheduled", "cancelled", "moved-online", "postponed")
# Who an event is for (`Audience:`); the labels are in theme/templates/events/_macros.html.
AUDIENCES = ("members", "residents", "young-people", "seniors", "volunteers")
# The subscribable calendars keep past events this long, so a just-ended event does not vanish at once.
RECENT_DAYS = 92


@dataclass(frozen=True)
class Event:
    """One event: when, where (online and/or a place), who organises it, who it is for, and its status."""

    key: str
    source: Path
    slug: str
    title: str
    summary: str
    lang: str
    start: datetime
    end: datetime
    all_day: bool
    online: str
    location: str
    place: str
    organiser: str
    registration: str
    registration_deadline: datetime | None
    audiences: tuple[str, ...]
    status: str
    modified: datetime
    sample: bool
    draft: bool
    body: str = ""

    @property
    def attendance(self) -> str:
        """'online', 'on-site' or 'mixed' (an event moved online is online)."""
        on_site = bool(self.location or self.place) and self.status != "moved-online"
        if self.online and on_site:
            return "mixed"
        return "on-site" if on_site else "online"

    @property
    def is_online(self) -> bool:
        """True when one can take part online."""
        return self.attendance in ("online", "mixed")

    @property
    def is_on_site(self) -> bool:
        """True when one can take part in person."""
        return self.attendance in ("on-site", "mixed")

    @property
    def last_day(self) -> date:
        """The local day the event ends on."""
        return (self.end - timedelta(days=1)).date() if self.all_day else self.end.date()

    def is_upcoming(self, today: date) -> bool:
        """Upcoming until the day it ends is over (today's events are still upcoming)."""
        return self.last_day >= today

    def is_recent(self, today: date) -> bool:
        """Upcoming, or ended within RECENT_DAYS: what the subscribable calendars hold."""
        return self.last_day >= today - timedelta(days=RECENT_DAYS)

    def registration_open(self, today: date) -> bool:
        """Registration is open until its deadline's day is over (the daily rebuild closes it)."""
        if not self.registration or self.status in ("cancelled", "postponed"):
            return False
        deadline = self.registration_deadline.date() if self.registration_deadline else self.start.date()
        return today <= deadline


def local_datetime(value: date | datetime, zone: ZoneInfo) -> datetime:
    """A naive local time (or a day's start) as an aware datetime in the site's zone."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time())
    return value.replace(tzinfo=zone)


def upcoming(events: list[Event], today: date) -> list[Event]:
    """Events that have not ended, soonest first."""
    return sorted((e for e in events if e.is_upcoming(today)), key=lambda e: (e.start, e.key))


def past(events: list[Event], today: date) -> list[Event]:
    """Events that have ended, newest first."""
    return sorted((e for e in events if not e.is_upcoming(today)), key=lambda e: (e.start, e.key), reverse=True)
