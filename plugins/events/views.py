"""What the event templates show: plain dicts made from typed events, in the language being built."""

from collections.abc import Iterable
from datetime import date, datetime
from itertools import groupby
from typing import Any

from plugins.site_data.sitedata import SiteData
from plugins.site_i18n.dates import format_date, format_month, format_time
from plugins.site_i18n.urls import SiteUrls

from .model import Event


def when_text(event: Event, lang: str) -> dict[str, str]:
    """The event's day(s) and time in `lang`'s own form, and machine-readable values for <time>."""
    first, last = event.start.date(), event.last_day
    days = format_date(first, lang, "full")
    hours = "" if event.all_day else f"{format_time(event.start, lang)}–{format_time(event.end, lang)}"
    if last != first and event.all_day:
        days = f"{format_date(first, lang, 'long')} – {format_date(last, lang, 'long')}"
    elif last != first:
        # Over midnight: each end with its own day, so "18.00–12.00" is never read as one day.
        start = f"{format_date(first, lang, 'long')} {format_time(event.start, lang)}"
        days, hours = f"{start} – {format_date(last, lang, 'long')} {format_time(event.end, lang)}", ""
    machine = first.isoformat() if event.all_day else event.start.isoformat()
    machine_end = last.isoformat() if event.all_day else event.end.isoformat()
    return {"days": days, "hours": hours, "start": machine, "end": machine_end}


def place_view(event: Event, site: SiteData, urls: SiteUrls, lang: str) -> dict[str, Any] | None:
    """The place of an on-site event: a support location (linked) or free text; None when online only."""
    if not event.is_on_site:
        return None
    if event.location:
        location = site.locations[event.location]
        address = location.address  # None for a service without a public place (phone, home visits)
        return {
            "name": location.name.get(lang),
            "url": urls.url(lang, "LOCATION_URL", location.id),
            "street": address.street.get(lang) if address else "",
            "postal_code": address.postal_code if address else "",
            "post_office": address.post_office.get(lang) if address else "",
        }
    return {"name": event.place, "url": None, "street": "", "postal_code": "", "post_office": ""}


def place_text(place: dict[str, Any] | None) -> str:
    """The place on one line, for a calendar's LOCATION."""
    if place is None:
        return ""
    town = " ".join(part for part in (place["postal_code"], place["post_office"]) if part)
    return ", ".join(part for part in (place["name"], place["street"], town) if part)


def event_view(event: Event, site: SiteData, urls: SiteUrls, lang: str, today: date) -> dict[str, Any]:
    """Everything an event card or page shows."""
    organiser = site.members[event.organiser]
    deadline = event.registration_deadline
    return {
        "key": event.key,
        "title": event.title,
        "summary": event.summary,
        "lang": event.lang,
        "url": urls.url(lang, "EVENT_URL", event.slug),
        "ics_url": urls.url(lang, "EVENT_ICS_URL", event.slug),
        "when": when_text(event, lang),
        "all_day": event.all_day,
        "status": event.status,
        "attendance": event.attendance,
        "online": event.online if event.is_online else "",
        "place": place_view(event, site, urls, lang),
        "organiser": {"name": organiser.name.get(lang), "url": urls.url(lang, "MEMBER_URL", organiser.id)},
        "audiences": list(event.audiences),
        "registration": event.registration,
        "registration_open": event.registration_open(today),
        "registration_deadline": _deadline_text(deadline, lang) if deadline else None,
        "upcoming": event.is_upcoming(today),
        "sample": event.sample,
        "draft": event.draft,
        "body": event.body,
        "modified": event.modified.date(),
    }


def _deadline_text(deadline: datetime, lang: str) -> dict[str, str]:
    return {
        "day": format_date(deadline, lang, "long"),
        "time": format_time(deadline, lang),
        "iso": deadline.isoformat(),
    }


def month_groups(views: Iterable[dict[str, Any]], events: Iterable[Event], lang: str) -> list[dict[str, Any]]:
    """Upcoming events grouped by the month they start in, in the order given."""
    pairs = list(zip(events, views, strict=True))
    groups = []
    for (year, month), items in groupby(pairs, key=lambda pair: (pair[0].start.year, pair[0].start.month)):
        first = date(year, month, 1)
        groups.append(
            {"id": f"{year}-{month:02d}", "title": format_month(first, lang), "events": [v for _, v in items]}
        )
    return groups
