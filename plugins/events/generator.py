"""The Pelican generator that writes the event lists, event pages, calendars, feed and open data of one language."""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from plugins.events.calendar import CalendarEntry, calendar_bytes, event_uid
from plugins.events.exports import event_row, events_atom, events_json
from plugins.events.jsonld import event_jsonld
from plugins.events.model import AUDIENCES, Event, past, upcoming
from plugins.events.reading import load_events
from plugins.events.views import event_view, month_groups, place_text
from plugins.pages import SiteGenerator, script_json, site_urls, write_file, write_page
from plugins.site_data.problems import stop_on_errors
from plugins.site_data.today import site_today, site_zone
from plugins.site_i18n.urls import SiteUrls, url_for

# How many upcoming events the home page shows.
HOME_EVENTS = 3


def _constant(slug: str) -> Callable[[str], str]:
    """The same slug in every language (an event keeps its slug; audience ids are not translated)."""
    return lambda lang: slug


class EventsGenerator(SiteGenerator):
    """Upcoming and past events, filters by audience and attendance, a page and .ics per event, calendars."""

    def generate_context(self) -> None:
        """Read the events once (stopping the build on errors) and give the home page the next three."""
        site = self.checked_site_data()
        events, problems = load_events(self.settings, site)
        stop_on_errors(problems)
        self.site = site
        self.today = site_today(self.settings)
        show_drafts = bool(self.settings.get("PREVIEW_DRAFTS"))
        self.events = [e for e in events if show_drafts or not e.draft]
        self.published = [e for e in events if not e.draft]
        urls = site_urls(self)
        self.context["next_events"] = [
            event_view(e, site, urls, self.lang, self.today) for e in upcoming(self.events, self.today)[:HOME_EVENTS]
        ]

    def _views(self, urls: SiteUrls, events: list[Event]) -> list[dict[str, Any]]:
        return [event_view(e, self.site, urls, self.lang, self.today) for e in events]

    def generate_output(self, writer: Any) -> None:
        """Write this language's event pages and calendars; the main language also writes the open data."""
        lang, urls = self.lang, site_urls(self)
        coming = upcoming(self.events, self.today)
        ended = past(self.events, self.today)
        audiences = [a for a in AUDIENCES if any(a in e.audiences for e in coming)]
        common = {
            "calendar_url": urls.url(lang, "EVENTS_CALENDAR_URL"),
            "audiences": audiences,
            "upcoming_count": len(coming),
            "past_count": len(ended),
        }

        def url(name: str, slug: str = "") -> str:
            return url_for(self.settings["LANGUAGE_URLS"], lang, name, slug)

        lists: list[tuple[str, str, list[Event]]] = [
            ("EVENTS_URL", "upcoming", coming),
            ("EVENTS_ONLINE_URL", "online", [e for e in coming if e.is_online]),
            ("EVENTS_ON_SITE_URL", "on-site", [e for e in coming if e.is_on_site]),
        ]
        for name, list_view, events in lists:
            write_page(
                self,
                writer,
                url(name),
                "events/list",
                urls.every_lang(name),
                events_view=list_view,
                groups=month_groups(self._views(urls, events), events, lang),
                **common,
            )
        for audience in audiences:
            events = [e for e in coming if audience in e.audiences]
            write_page(
                self,
                writer,
                url("EVENTS_AUDIENCE_URL", audience),
                "events/list",
                urls.every_lang("EVENTS_AUDIENCE_URL", _constant(audience)),
                events_view="audience",
                current_audience=audience,
                groups=month_groups(self._views(urls, events), events, lang),
                **common,
            )
        write_page(
            self,
            writer,
            url("EVENTS_PAST_URL"),
            "events/list",
            urls.every_lang("EVENTS_PAST_URL"),
            events_view="past",
            past_events=self._views(urls, ended),
            **common,
        )
        for event in self.events:
            view = event_view(event, self.site, urls, lang, self.today)
            write_page(
                self,
                writer,
                url("EVENT_URL", event.slug),
                "events/event",
                urls.every_lang("EVENT_URL", _constant(event.slug)),
                event=view,
                event_jsonld=script_json(event_jsonld(view, view["url"])),
                calendar_url=common["calendar_url"],
            )
            write_file(writer, url("EVENT_ICS_URL", event.slug), self._calendar([event], event.title, event.key))
        recent = [e for e in self.published if e.is_recent(self.today)]
        calendar_name = f"{self.settings['SITENAME']}: {self._label('events')}"
        write_file(
            writer, url("EVENTS_CALENDAR_URL"), self._calendar(recent, calendar_name, "calendar", subscribable=True)
        )
        self._write_feed(writer, urls)
        if lang == self.context.get("main_lang", lang):
            self._write_open_data(writer, urls)

    def _label(self, key: str) -> str:
        """A UI word of this language from the template catalog (the calendar's name)."""
        # Rendered through the template environment, whose gettext needs a template context.
        messages = {"events": "{{ _('Events') }}"}
        return self.env.from_string(messages[key]).render()

    def _entry(self, event: Event) -> CalendarEntry:
        urls = site_urls(self)
        page_url = urls.url(self.lang, "EVENT_URL", event.slug) or ""
        place = place_text(event_view(event, self.site, urls, self.lang, self.today)["place"])
        description = "\n\n".join(part for part in (event.summary, page_url) if part)
        return CalendarEntry(event, event_uid(self.settings["REGION"], event), page_url, place, description)

    def _calendar(self, events: list[Event], name: str, key: str, subscribable: bool = False) -> bytes:
        uid = self.settings["REGION"].stable_id("calendar", f"{self.lang}:{key}")
        return calendar_bytes([self._entry(e) for e in events], name, uid, self.lang, subscribable)

    def _write_feed(self, writer: Any, urls: SiteUrls) -> None:
        domain = self.settings.get("FEED_DOMAIN") or ""
        relative = url_for(self.settings["LANGUAGE_URLS"], self.lang, "EVENTS_FEED_ATOM")
        entries = [(e, urls.url(self.lang, "EVENT_URL", e.slug) or "") for e in self.published]
        empty = datetime.fromisoformat(self.settings["FEED_EMPTY_UPDATED"]).replace(tzinfo=site_zone(self.settings))
        text = events_atom(
            entries,
            f"{self.settings['SITENAME']}: {self._label('events')}",
            urls.url(self.lang, "EVENTS_URL") or "",
            f"{domain}/{relative}",
            self.lang,
            self.settings.get("FEED_MAX_ITEMS") or 20,
            empty,
        )
        write_file(writer, relative, text.encode("utf-8"))

    def _write_open_data(self, writer: Any, urls: SiteUrls) -> None:
        region = self.settings["REGION"]
        rows = [
            event_row(
                e,
                region.stable_id("event", e.key),
                {lang: urls.url(lang, "EVENT_URL", e.slug) for lang in urls.siteurls},
            )
            for e in sorted(self.published, key=lambda e: (e.start, e.key))
        ]
        text = events_json(rows, self.settings["SITENAME"], region.licence)
        write_file(writer, self.settings["EVENTS_EXPORT_JSON"], text.encode("utf-8"))
