"""Typed, immutable records: each schema-valid YAML record of data/ becomes one of these, once per build.

A record that breaks its schema never becomes a model; plugins, exports and templates read only
these, never the YAML dicts.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .text import Text

Raw = Mapping[str, Any]
WHOLE_REGION = "region"  # service_area: region (every municipality of data/municipalities.yaml)


@dataclass(frozen=True)
class Image:
    """A logo or photo in data/images/ with its alternative text."""

    file: str
    alt: Text


@dataclass(frozen=True)
class MemberContact:
    """A member's contact person, as far as given."""

    name: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Member:
    """A member organisation of the network (data/members/)."""

    id: str
    sample: bool
    name: Text
    type: str
    municipalities: tuple[str, ...]
    website: str
    logo: Image | None
    joined: date
    contact: MemberContact | None
    description: Text


@dataclass(frozen=True)
class Person:
    """A member of the project team (data/people/)."""

    id: str
    sample: bool
    name: str
    role: Text
    order: int
    email: str
    phone: str
    photo: Image | None


@dataclass(frozen=True)
class SisterNetwork:
    """A regional digital support network or the national agency (data/regions/)."""

    id: str
    sample: bool
    level: str
    current: bool
    region: Text
    name: Text
    website: str
    source: str


@dataclass(frozen=True)
class Partner:
    """A partner municipality of the current project period (data/partners/); its id is a member id."""

    id: str
    order: int
    note: Text


@dataclass(frozen=True)
class WeeklyHours:
    """Opening hours on some weekdays, as written (9:00 or 09.00; exports and views normalise them)."""

    days: tuple[str, ...]
    opens: str
    closes: str


@dataclass(frozen=True)
class HoursException:
    """A period with other hours, or closed."""

    start: date
    end: date
    reason: Text
    closed: bool
    weekly: tuple[WeeklyHours, ...]


@dataclass(frozen=True)
class Hours:
    """A location's weekly hours, exceptions and note."""

    by_appointment_only: bool
    weekly: tuple[WeeklyHours, ...]
    note: Text
    exceptions: tuple[HoursException, ...]


@dataclass(frozen=True)
class Address:
    """A street address; street and post office may have a Swedish name."""

    street: Text
    postal_code: str
    post_office: Text
    details: Text


@dataclass(frozen=True)
class Location:
    """A support location of the directory (data/locations/)."""

    id: str
    sample: bool
    name: Text
    description: Text
    organisation: str
    municipality: str
    address: Address | None
    lat: float | None
    lon: float | None
    forms: tuple[str, ...]
    target_groups: tuple[str, ...]
    languages: tuple[str, ...]
    hours: Hours
    booking_how: Text
    booking_url: str
    booking_phone: str
    phone: str
    email: str
    web: str
    accessibility: tuple[str, ...]
    accessibility_description: Text
    checked: date
    service_area: tuple[str, ...] = ()
    whole_region: bool = False
    chat: str = ""
    video: str = ""

    @property
    def has_place(self) -> bool:
        """True for a place with an address; False for a service without a public place (phone, chat, home visits)."""
        return self.address is not None

    def area(self, every_code: Iterable[str]) -> tuple[str, ...]:
        """The municipality codes the service reaches: its own, those listed, or every code for the whole region."""
        codes = set(every_code) if self.whole_region else {self.municipality, *self.service_area}
        return tuple(sorted(codes))


def _image(raw: Raw | None, lang: str) -> Image | None:
    return Image(raw["file"], Text.of(raw["alt"], lang)) if raw else None


def member(raw: Raw, lang: str) -> Member:
    """A schema-valid member record as a Member (lang: the main language, for fallbacks)."""
    contact = raw.get("contact")
    return Member(
        id=raw["id"],
        sample=bool(raw.get("sample")),
        name=Text.of(raw["name"], lang),
        type=raw["type"],
        municipalities=tuple(raw["municipalities"]),
        website=raw.get("website") or "",
        logo=_image(raw.get("logo"), lang),
        joined=date.fromisoformat(raw["joined"]),
        contact=MemberContact(**contact) if contact else None,
        description=Text.of(raw.get("description"), lang),
    )


def person(raw: Raw, lang: str) -> Person:
    """A schema-valid people record as a Person."""
    return Person(
        id=raw["id"],
        sample=bool(raw.get("sample")),
        name=raw["name"],
        role=Text.of(raw["role"], lang),
        order=raw["order"],
        email=raw.get("email", ""),
        phone=raw.get("phone", ""),
        photo=_image(raw.get("photo"), lang),
    )


def sister_network(raw: Raw, lang: str) -> SisterNetwork:
    """A schema-valid regions record as a SisterNetwork."""
    return SisterNetwork(
        id=raw["id"],
        sample=bool(raw.get("sample")),
        level=raw["level"],
        current=bool(raw.get("current")),
        region=Text.of(raw.get("region"), lang),
        name=Text.of(raw["name"], lang),
        website=raw.get("website", ""),
        source=raw.get("source", ""),
    )


def partner(raw: Raw, lang: str) -> Partner:
    """A schema-valid partners record as a Partner."""
    return Partner(id=raw["id"], order=raw["order"], note=Text.of(raw.get("note"), lang))


def _weekly(entries: list[Raw]) -> tuple[WeeklyHours, ...]:
    return tuple(WeeklyHours(tuple(e["days"]), e["opens"], e["closes"]) for e in entries)


def location(raw: Raw, lang: str) -> Location:
    """A schema-valid locations record as a Location."""
    hours = raw.get("hours", {})
    address = raw.get("address")
    area = raw.get("service_area", [])
    booking = raw.get("booking", {})
    contact = raw.get("contact", {})
    access = raw.get("accessibility", {})
    return Location(
        id=raw["id"],
        sample=bool(raw.get("sample")),
        name=Text.of(raw["name"], lang),
        description=Text.of(raw.get("description"), lang),
        organisation=raw["organisation"],
        municipality=raw["municipality"],
        address=Address(
            Text.of(address["street"], lang),
            address["postal_code"],
            Text.of(address["post_office"], lang),
            Text.of(address.get("details"), lang),
        )
        if address
        else None,
        lat=raw["coordinates"]["lat"] if "coordinates" in raw else None,
        lon=raw["coordinates"]["lon"] if "coordinates" in raw else None,
        forms=tuple(raw["forms"]),
        target_groups=tuple(raw["target_groups"]),
        languages=tuple(raw["languages"]),
        hours=Hours(
            by_appointment_only=bool(hours.get("by_appointment_only")),
            weekly=_weekly(hours.get("weekly", [])),
            note=Text.of(hours.get("note"), lang),
            exceptions=tuple(
                HoursException(
                    date.fromisoformat(x["from"]),
                    date.fromisoformat(x["to"]),
                    Text.of(x["reason"], lang),
                    bool(x.get("closed")),
                    _weekly(x.get("weekly", [])),
                )
                for x in hours.get("exceptions", [])
            ),
        ),
        booking_how=Text.of(booking.get("how"), lang),
        booking_url=booking.get("url", ""),
        booking_phone=booking.get("phone", ""),
        phone=contact.get("phone", ""),
        email=contact.get("email", ""),
        web=contact.get("web", ""),
        accessibility=tuple(access.get("features", [])),
        accessibility_description=Text.of(access.get("description"), lang),
        checked=date.fromisoformat(raw["checked"]),
        service_area=() if area == WHOLE_REGION else tuple(area),
        whole_region=area == WHOLE_REGION,
        chat=contact.get("chat", ""),
        video=contact.get("video", ""),
    )


@dataclass(frozen=True)
class DirectoryLabels:
    """Labels of the directory's coded values (data/directory-labels.yaml), by group, in file order."""

    forms: tuple[tuple[str, Text], ...] = ()
    target_groups: tuple[tuple[str, Text], ...] = ()
    accessibility: tuple[tuple[str, Text], ...] = ()
    days: tuple[tuple[str, Text], ...] = ()

    def label(self, group: str, code: str, lang: str) -> str:
        """The label of `code` in `group` in `lang`."""
        found: tuple[tuple[str, Text], ...] = getattr(self, group)
        return dict(found)[code].get(lang)

    def group(self, group: str) -> tuple[tuple[str, Text], ...]:
        """Every (code, label) of one group, in the file's order."""
        found: tuple[tuple[str, Text], ...] = getattr(self, group)
        return found


def directory_labels(raw: Raw, lang: str) -> DirectoryLabels:
    """The validated labels file as DirectoryLabels."""
    return DirectoryLabels(
        **{
            group: tuple((code, Text.of(values, lang)) for code, values in raw.get(group, {}).items())
            for group in ("forms", "target_groups", "accessibility", "days")
        }
    )
