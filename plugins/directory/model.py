"""What the directory templates show: locations and municipalities as read-only views in one language.

Each view is computed from the typed models of plugins/site_data (one Location, its Member, the labels).
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from babel import Locale

from plugins.site_data.locations import DAYS, clock
from plugins.site_data.models import DirectoryLabels, Location, Member, WeeklyHours
from plugins.site_data.municipalities import Municipality
from plugins.site_data.text import sort_key
from plugins.site_i18n.urls import LanguageUrls, url_for

# The language filter lists the site's own languages first, then English, then the others by name.
THEN_FIRST = ("en",)


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


def week(entries: tuple[WeeklyHours, ...], labels: DirectoryLabels, lang: str) -> tuple[DayHours, ...]:
    """Monday to Sunday with each day's intervals in time order."""
    by_day: dict[str, list[Interval]] = {day: [] for day in DAYS}
    for entry in entries:
        for day in entry.days:
            by_day[day].append(Interval(clock(entry.opens), clock(entry.closes)))
    return tuple(
        DayHours(day, labels.label("days", day, lang), tuple(sorted(by_day[day], key=lambda i: i.opens)))
        for day in DAYS
    )


def hours_for_script(weekly: tuple[DayHours, ...], exceptions: tuple[Exception_, ...]) -> str:
    """Compact JSON the browser uses for 'open now': {"w": {"mo": [["09:00","12:00"]]}, "x": [...]}."""

    def days(rows: tuple[DayHours, ...]) -> dict[str, list[list[str]]]:
        return {row.code: [[i.opens, i.closes] for i in row.intervals] for row in rows if row.intervals}

    data = {
        "w": days(weekly),
        "x": [
            {"f": x.start.isoformat(), "t": x.end.isoformat(), "w": {} if x.closed else days(x.days)}
            for x in exceptions
        ],
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
    has_place: bool
    street: str
    postal_code: str
    post_office: str
    address_details: str
    lat: float | None
    lon: float | None
    area: tuple[str, ...]
    whole_region: bool
    area_names: tuple[str, ...]
    served_names: tuple[str, ...]
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
    chat: str
    video: str
    checked: date
    today: DayHours
    today_closed_reason: str

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

    def serves(self, code: str) -> bool:
        """True when the service reaches residents of municipality `code`."""
        return code in self.area

    def reaches_from_elsewhere(self, code: str) -> bool:
        """True when residents of `code` are served, but not at a place in `code` (phone, chat, video, home)."""
        return self.serves(code) and not (self.has_place and self.municipality.code == code)


def hours_on(day: date, weekly: tuple[DayHours, ...], exceptions: tuple[Exception_, ...]) -> tuple[DayHours, str]:
    """The hours row of `day` (an exception period's when one covers it) and, if closed for a period, its reason."""
    code = DAYS[day.weekday()]
    for period in exceptions:
        if period.start <= day <= period.end:
            row = next(row for row in period.days if row.code == code)
            return (DayHours(code, row.label, ()), period.reason) if period.closed else (row, "")
    return next(row for row in weekly if row.code == code), ""


def _choices(labels: DirectoryLabels, group: str, codes: tuple[str, ...], lang: str) -> tuple[Choice, ...]:
    return tuple(Choice(code, labels.label(group, code, lang)) for code in codes)


def build_location(
    location: Location,
    lang: str,
    *,
    municipalities: Mapping[str, Municipality],
    members: Mapping[str, Member],
    labels: DirectoryLabels,
    language_urls: LanguageUrls,
    today: date,
) -> LocationView:
    """The view of one location in `lang`; exceptions that ended before `today` are left out."""
    municipality = municipalities[location.municipality]
    hours = location.hours
    address = location.address
    exceptions = tuple(
        Exception_(x.start, x.end, x.reason.get(lang), x.closed, week(x.weekly, labels, lang))
        for x in sorted(hours.exceptions, key=lambda x: (x.start, x.end))
        if x.end >= today
    )
    member = members.get(location.organisation)
    weekly = week(hours.weekly, labels, lang)
    today_row, today_reason = hours_on(today, weekly, exceptions)
    area = location.area(municipalities)
    return LocationView(
        id=location.id,
        lang=lang,
        url=url_for(language_urls, lang, "LOCATION_URL", location.id),
        name=location.name.get(lang),
        description=location.description.get(lang),
        sample=location.sample,
        municipality=municipality,
        municipality_name=municipality.name(lang),
        municipality_url=url_for(language_urls, lang, "MUNICIPALITY_URL", municipality.slug(lang)),
        organisation_id=location.organisation,
        organisation_name=(member.name.get(lang) if member else "") or location.organisation,
        has_place=address is not None,
        street=address.street.get(lang) if address else "",
        postal_code=address.postal_code if address else "",
        post_office=address.post_office.get(lang) if address else "",
        address_details=address.details.get(lang) if address else "",
        lat=location.lat,
        lon=location.lon,
        area=area,
        whole_region=location.whole_region,
        area_names=tuple(
            sorted((municipalities[code].name(lang) for code in area if code != location.municipality), key=sort_key)
        ),
        served_names=tuple(sorted((municipalities[code].name(lang) for code in area), key=sort_key)),
        forms=_choices(labels, "forms", location.forms, lang),
        target_groups=_choices(labels, "target_groups", location.target_groups, lang),
        languages=tuple(Choice(code, language_name(code, lang)) for code in location.languages),
        accessibility=_choices(labels, "accessibility", location.accessibility, lang),
        accessibility_description=location.accessibility_description.get(lang),
        by_appointment_only=hours.by_appointment_only,
        hours_note=hours.note.get(lang),
        weekly=weekly,
        exceptions=exceptions,
        booking_how=location.booking_how.get(lang),
        booking_url=location.booking_url,
        booking_phone=location.booking_phone,
        phone=location.phone,
        email=location.email,
        web=location.web,
        chat=location.chat,
        video=location.video,
        checked=location.checked,
        today=today_row,
        today_closed_reason=today_reason,
    )


@dataclass(frozen=True)
class MunicipalityView:
    """A municipality with the places in it and the services that reach its residents from elsewhere, by name."""

    municipality: Municipality
    name: str
    url: str
    locations: tuple[LocationView, ...]
    reaching: tuple[LocationView, ...] = ()

    @property
    def every_service(self) -> tuple[LocationView, ...]:
        """Its places, then the services that reach it from elsewhere: what its page lists, page after page."""
        return self.locations + self.reaching


@dataclass(frozen=True)
class FilterOptions:
    """The values the directory's filters offer, each with its label, in display order."""

    forms: tuple[Choice, ...]
    target_groups: tuple[Choice, ...]
    languages: tuple[Choice, ...]
    accessibility: tuple[Choice, ...]


def _all_choices(labels: DirectoryLabels, group: str, lang: str) -> tuple[Choice, ...]:
    return tuple(Choice(code, label.get(lang)) for code, label in labels.group(group))


def filter_options(
    locations: list[LocationView], labels: DirectoryLabels, lang: str, site_languages: tuple[str, ...]
) -> FilterOptions:
    """Every form, group and feature of the vocabulary; the languages some location serves (the site's first, then by name)."""
    languages = {choice.code: choice for location in locations for choice in location.languages}
    first = (*site_languages, *THEN_FIRST)
    return FilterOptions(
        forms=_all_choices(labels, "forms", lang),
        target_groups=_all_choices(labels, "target_groups", lang),
        languages=tuple(
            sorted(
                languages.values(),
                key=lambda c: (first.index(c.code) if c.code in first else len(first), sort_key(c.label)),
            )
        ),
        accessibility=_all_choices(labels, "accessibility", lang),
    )
