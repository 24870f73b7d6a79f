"""The events as open data (JSON under the region's licence) and as an Atom feed of new events per language."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from feedgenerator import Atom1Feed

from plugins.pages import open_data_json
from plugins.site_data.region import Licence

from .model import Event


def event_row(event: Event, uid: str, urls: dict[str, str | None]) -> dict[str, Any]:
    """One event as plain data: times with offsets, place, organiser id, status, page URLs per language."""
    return {
        "id": event.key,
        "uid": uid,
        "sample": event.sample,
        "title": event.title,
        "summary": event.summary,
        "language": event.lang,
        "start": event.start.date().isoformat() if event.all_day else event.start.isoformat(),
        "end": event.last_day.isoformat() if event.all_day else event.end.isoformat(),
        "all_day": event.all_day,
        "attendance": event.attendance,
        "online": event.online or None,
        "location": event.location or None,
        "place": event.place or None,
        "organiser": event.organiser,
        "audiences": list(event.audiences),
        "status": event.status,
        "registration": event.registration or None,
        "registration_deadline": event.registration_deadline.isoformat() if event.registration_deadline else None,
        "modified": event.modified.isoformat(),
        "url": dict(sorted(urls.items())),
    }


def events_json(rows: Sequence[dict[str, Any]], source: str, licence: Licence) -> str:
    """The JSON export: licence and source, then the events, soonest first."""
    return open_data_json("events", rows, source, licence)


class _StableFeed(Atom1Feed):  # type: ignore[misc]
    """An Atom feed whose <updated> is a fixed date when it has no entries (feedgenerator would use now)."""

    empty_updated: datetime

    def latest_post_date(self) -> datetime:
        return super().latest_post_date() if self.items else self.empty_updated


def events_atom(
    entries: Sequence[tuple[Event, str]],
    title: str,
    link: str,
    feed_url: str,
    lang: str,
    max_items: int,
    empty_updated: datetime,
) -> str:
    """An Atom feed of the events, most recently announced (Modified:) first; entries are (event, page URL)."""
    feed = _StableFeed(title=title, link=link, feed_url=feed_url, description="", language=lang)
    feed.empty_updated = empty_updated
    ordered = sorted(entries, key=lambda pair: (pair[0].modified, pair[0].key), reverse=True)[:max_items]
    for event, url in ordered:
        feed.add_item(
            title=event.title,
            link=url,
            unique_id=url,
            description=event.summary,
            pubdate=event.modified,
            updateddate=event.modified,
        )
    return feed.writeString("utf-8")
