"""The network's data shaped for pages: pure functions over the typed models of plugins.site_data, no Pelican."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from plugins.site_data.models import Location, Member, Partner, Person, SisterNetwork
from plugins.site_data.municipalities import Municipality
from plugins.site_data.sitedata import SiteData
from plugins.site_data.text import sort_key

# The order member types are listed in; labels are in the theme's gettext catalogs.
MEMBER_TYPES = (
    "municipality",
    "library",
    "association",
    "volunteer-group",
    "parish",
    "education",
    "authority",
    "company",
    "other",
)


def sorted_members(site: SiteData, lang: str) -> list[Member]:
    """Every member, alphabetically by its name in `lang`."""
    return sorted(site.members.values(), key=lambda m: (sort_key(m.name.get(lang)), m.id))


@dataclass(frozen=True)
class TypeGroup:
    """The members (or member views) of one type, in name order."""

    type: str
    members: list[Any] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many members the group has."""
        return len(self.members)


def group_by_type(members: Sequence[Any], type_of: Callable[[Any], str]) -> list[TypeGroup]:
    """Members grouped by type in MEMBER_TYPES order; types without members are left out."""
    return [
        TypeGroup(member_type, [m for m in members if type_of(m) == member_type])
        for member_type in MEMBER_TYPES
        if any(type_of(m) == member_type for m in members)
    ]


def municipalities_in_order(site: SiteData, lang: str) -> list[Municipality]:
    """Every municipality, alphabetically by its name in `lang`."""
    return sorted(site.municipalities.values(), key=lambda m: sort_key(m.name(lang)))


def locations_run_by(site: SiteData, member_id: str, lang: str) -> list[Location]:
    """The support locations (data/locations/) whose `organisation` is this member, by name."""
    run = site.locations_by_organisation.get(member_id, [])
    return sorted(run, key=lambda loc: (sort_key(loc.name.get(lang)), loc.id))


def has_locations_kind(site: SiteData) -> bool:
    """True when the support-location directory is part of the data."""
    return "locations" in site.record_sets


def team(site: SiteData) -> list[Person]:
    """The project team in the order their files give."""
    return sorted(site.people.values(), key=lambda p: (p.order, p.id))


def partners(site: SiteData) -> list[tuple[Member, Partner]]:
    """The partner municipalities with their member records, in partner order."""
    found = sorted(site.partners.values(), key=lambda p: (p.order, p.id))
    return [(site.members[p.id], p) for p in found if p.id in site.members]


def regional_networks(site: SiteData, lang: str) -> list[SisterNetwork]:
    """Every regional network (this one included), alphabetically by region in `lang`."""
    regions = [r for r in site.sister_networks.values() if r.level == "regional"]
    return sorted(regions, key=lambda r: sort_key(r.region.get(lang)))


def national_agencies(site: SiteData) -> list[SisterNetwork]:
    """The national developer(s) of the model (DVV)."""
    return sorted((r for r in site.sister_networks.values() if r.level == "national"), key=lambda r: r.id)
