"""What the directory templates show: locations and municipalities as read-only views in one language."""

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from babel import Locale

from plugins.site_data.locations import DAYS, clock
from plugins.site_data.municipalities import Municipality

from .urls import location_url, municipality_url

# Finnish, Swedish and English first in the language filter, then the others by name.
FIRST_LANGUAGES = ("fi", "sv", "en")
Labels = Mapping[str, Mapping[str, Mapping[str, str]]]


def text(value: Mapping[str, str] | None, lang: str) -> str:
    """A {fi, sv, en} text in `lang`, falling back to Finnish."""
    if not value:
        return ""
    return value.get(lang) or value.get("fi") or ""


def language_name(code: str, lang: str) -> str:
    """The name of language `code` in `lang` from CLDR, capitalised for a list: 'Arabia'."""
    name = Locale(lang).languages.get(code, code)
    return name[:1].upper() + name[1:]


@dataclass(frozen=True)
class Choice:
    """A coded value and its label in the reader's language."""

    code: str
    label: str


@dataclass(frozen=True)
class Interval:
    """Opening hours on one day, local time."""

    opens: str
    closes: str


@dataclass(frozen=True)
class DayHours:
    """One row of the hours table."""

    code: str
    label: str
    intervals: tuple[Interval, ...]


@dataclass(frozen=True)
class Exception_:
    """A period with other hours (or closed): holidays, summer."""

    start: date
    end: date
    reason: str
    closed: bool
    days: tuple[DayHours, ...]


def week(entries: list[dict[str, Any]], day_labels: Mapping[str, Mapping[str, str]], lang: str) -> tuple[DayHours, ...]:
    """Monday to Sunday with each day's intervals in time order."""
    by_day: dict[str, list[Interval]] = {day: [] for day in DAYS}
    for entry in entries:
        for day in entry["days"]:
            by_day[day].append(Interval(clock(entry["opens"]), clock(entry["closes"])))
    return tuple(DayHours(day, text(day_labels[day], lang), tuple(sorted(by_day[day], key=lambda i: i.opens))) for day in DAYS)


def hours_for_script(weekly: tuple[DayHours, ...], exceptions: tuple[Exception_, ...]) -> str:
    """Compact JSON the browser uses for 'open now': {"w": {"mo": [["09:00","12:00"]]}, "x": [...]}."""

    def days(rows: tuple[DayHours, ...]) -> dict[str, list[list[str]]]:
        return {row.code: [[i.opens, i.closes] for i in row.intervals] for row in rows if row.intervals}

    data = {
        "w": days(weekly),
        "x": [{"f": x.start.isoformat(), "t": x.end.isoformat(), "w": {} if x.closed else days(x.days)} for x in exceptions],
    }
    return json.dumps(data, separators=(",", ":"), sort_keys=True)


@dataclass(frozen=True)
class LocationView:
    """One support location as shown to readers of `lang`."""

    id: str
    lang: str
    url: str
    name: str
    description: str
    sample: bool
    municipality: Municipality
    municipality_name: str
    municipality_url: str
    organisation_id: str
    organisation_name: str
    street: str
    postal_code: str
    post_office: str
    address_details: str
    lat: float
    lon: float
    forms: tuple[Choice, ...]
    target_groups: tuple[Choice, ...]
    languages: tuple[Choice, ...]
    accessibility: tuple[Choice, ...]
    accessibility_description: str
    by_appointment_only: bool
    hours_note: str
    weekly: tuple[DayHours, ...]
    exceptions: tuple[Exception_, ...]
    booking_how: str
    booking_url: str
    booking_phone: str
    phone: str
    email: str
    web: str
    checked: date
    record: Mapping[str, Any] = field(repr=False, compare=False)

    @property
    def has_hours(self) -> bool:
        """True when there are weekly hours to show in a table."""
        return any(day.intervals for day in self.weekly)

    @property
    def hours_json(self) -> str:
        """Hours for the browser's 'open now' (empty when there are no drop-in hours)."""
        return hours_for_script(self.weekly, self.exceptions) if self.has_hours else ""

    def codes(self, group: str) -> str:
        """Space-separated codes of one group, for data-* attributes the filters read."""
        return " ".join(choice.code for choice in getattr(self, group))


def build_location(
    record: Mapping[str, Any],
    lang: str,
    *,
    municipalities: Mapping[str, Municipality],
    members: Mapping[str, Mapping[str, Any]],
    labels: Labels,
    language_urls: Mapping[str, Mapping[str, str]],
    today: date,
) -> LocationView:
    """The view of one schema-valid location record in `lang`; exceptions that ended before `today` are left out."""
    municipality = municipalities[record["municipality"]]
    hours = record.get("hours", {})
    booking = record.get("booking", {})
    contact = record.get("contact", {})
    access = record.get("accessibility", {})
    address = record["address"]
    exceptions = tuple(
        Exception_(
            date.fromisoformat(x["from"]),
            date.fromisoformat(x["to"]),
            text(x["reason"], lang),
            bool(x.get("closed")),
            week(x.get("weekly", []), labels["days"], lang),
        )
        for x in sorted(hours.get("exceptions", []), key=lambda x: (x["from"], x["to"]))
        if date.fromisoformat(x["to"]) >= today
    )
    member = members.get(record["organisation"], {})
    return LocationView(
        id=record["id"],
        lang=lang,
        url=location_url(language_urls, lang, record["id"]),
        name=text(record["name"], lang),
        description=text(record.get("description"), lang),
        sample=bool(record.get("sample")),
        municipality=municipality,
        municipality_name=municipality.name(lang),
        municipality_url=municipality_url(language_urls, lang, municipality.name(lang)),
        organisation_id=record["organisation"],
        organisation_name=text(member.get("name"), lang) or record["organisation"],
        street=text(address["street"], lang),
        postal_code=address["postal_code"],
        post_office=text(address["post_office"], lang),
        address_details=text(address.get("details"), lang),
        lat=record["coordinates"]["lat"],
        lon=record["coordinates"]["lon"],
        forms=tuple(Choice(code, text(labels["forms"][code], lang)) for code in record["forms"]),
        target_groups=tuple(Choice(code, text(labels["target_groups"][code], lang)) for code in record["target_groups"]),
        languages=tuple(Choice(code, language_name(code, lang)) for code in record["languages"]),
        accessibility=tuple(Choice(code, text(labels["accessibility"][code], lang)) for code in access.get("features", [])),
        accessibility_description=text(access.get("description"), lang),
        by_appointment_only=bool(hours.get("by_appointment_only")),
        hours_note=text(hours.get("note"), lang),
        weekly=week(hours.get("weekly", []), labels["days"], lang),
        exceptions=exceptions,
        booking_how=text(booking.get("how"), lang),
        booking_url=booking.get("url", ""),
        booking_phone=booking.get("phone", ""),
        phone=contact.get("phone", ""),
        email=contact.get("email", ""),
        web=contact.get("web", ""),
        checked=date.fromisoformat(record["checked"]),
        record=record,
    )


@dataclass(frozen=True)
class MunicipalityView:
    """A municipality with the locations in it, sorted by name."""

    municipality: Municipality
    name: str
    url: str
    locations: tuple[LocationView, ...]


@dataclass(frozen=True)
class FilterOptions:
    """The values the directory's filters offer, each with its label, in display order."""

    forms: tuple[Choice, ...]
    target_groups: tuple[Choice, ...]
    languages: tuple[Choice, ...]
    accessibility: tuple[Choice, ...]


def filter_options(locations: list[LocationView], labels: Labels, lang: str) -> FilterOptions:
    """Every form, group and feature of the vocabulary; the languages some location serves (by name)."""
    languages = {choice.code: choice for location in locations for choice in location.languages}
    return FilterOptions(
        forms=tuple(Choice(code, text(label, lang)) for code, label in labels["forms"].items()),
        target_groups=tuple(Choice(code, text(label, lang)) for code, label in labels["target_groups"].items()),
        languages=tuple(sorted(languages.values(), key=lambda c: (FIRST_LANGUAGES.index(c.code) if c.code in FIRST_LANGUAGES else len(FIRST_LANGUAGES), c.label))),
        accessibility=tuple(Choice(code, text(label, lang)) for code, label in labels["accessibility"].items()),
    )
