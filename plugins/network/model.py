"""The network's data shaped for pages: pure functions over plugins.site_data.SiteData, no Pelican."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from plugins.site_data.municipalities import Municipality
from plugins.site_data.sitedata import SiteData

# The order member types are listed in; labels are in the theme's gettext catalogs.
MEMBER_TYPES = ("municipality", "library", "association", "volunteer-group", "parish", "education", "authority", "company", "other")

Record = dict[str, Any]

# Finnish and Swedish alphabets end z, å, ä, ö; code point order would put ä before å.
_AFTER_Z = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y", "é": "e", "è": "e"})


def sort_key(text: str) -> str:
    """A key that sorts Finnish and Swedish names alphabetically."""
    return text.casefold().translate(_AFTER_Z)


def localised(value: Mapping[str, str] | None, lang: str) -> str:
    """The text in `lang`, falling back to Finnish (every record has fi)."""
    if not value:
        return ""
    return value.get(lang) or value.get("fi") or next(iter(value.values()), "")


def municipality_slug(municipality: Municipality, lang: str) -> str:
    """URL slug of a municipality in the reader's language: espoo, esbo."""
    return municipality.slug(lang)


def sorted_members(site: SiteData, lang: str) -> list[Record]:
    """Every member, alphabetically by its name in `lang`."""
    members = site.records("members").records.values()
    return sorted(members, key=lambda m: (sort_key(localised(m["name"], lang)), m["id"]))


@dataclass(frozen=True)
class TypeGroup:
    """The members of one type, in name order."""

    type: str
    members: list[Record] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many members the group has."""
        return len(self.members)


def group_by_type(members: list[Record]) -> list[TypeGroup]:
    """Members grouped by type in MEMBER_TYPES order; types without members are left out."""
    return [
        TypeGroup(member_type, [m for m in members if m["type"] == member_type])
        for member_type in MEMBER_TYPES
        if any(m["type"] == member_type for m in members)
    ]


def members_serving(members: list[Record], code: str) -> list[Record]:
    """The members that serve the municipality with this code."""
    return [m for m in members if code in m["municipalities"]]


def municipalities_in_order(site: SiteData, lang: str) -> list[Municipality]:
    """Every municipality, alphabetically by its name in `lang`."""
    return sorted(site.municipalities.values(), key=lambda m: sort_key(m.name(lang)))


def locations_run_by(site: SiteData, member_id: str, lang: str = "fi") -> list[Record]:
    """The support locations (data/locations/) whose `organisation` is this member, by name."""
    locations = site.records("locations").records.values()
    run = [loc for loc in locations if loc.get("organisation") == member_id]
    return sorted(run, key=lambda loc: (sort_key(localised(loc.get("name"), lang)), loc["id"]))


def has_locations_kind(site: SiteData) -> bool:
    """True when the support-location directory is part of the data."""
    return "locations" in site.record_sets


def team(site: SiteData) -> list[Record]:
    """The project team in the order their files give."""
    return sorted(site.records("people").records.values(), key=lambda p: (p["order"], p["id"]))


def partners(site: SiteData) -> list[Record]:
    """The partner municipalities' member records, in partner order."""
    members = site.records("members").records
    found = sorted(site.records("partners").records.values(), key=lambda p: (p["order"], p["id"]))
    return [{**members[p["id"]], "partner_note": p.get("note")} for p in found if p["id"] in members]


def regional_networks(site: SiteData, lang: str) -> list[Record]:
    """Every regional network (this one included), alphabetically by region in `lang`."""
    regions = [r for r in site.records("regions").records.values() if r["level"] == "regional"]
    return sorted(regions, key=lambda r: sort_key(localised(r["region"], lang)))


def national_agencies(site: SiteData) -> list[Record]:
    """The national developer(s) of the model (DVV)."""
    return sorted((r for r in site.records("regions").records.values() if r["level"] == "national"), key=lambda r: r["id"])
