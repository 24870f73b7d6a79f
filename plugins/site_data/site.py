"""All of data/ loaded and checked once: the single entry point for plugins and `make check`."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .municipalities import Municipality, load_municipalities
from .problems import Problem
from .records import RecordSet, load_records

# Record kinds kept as one YAML file per record under data/<kind>/. A feature that adds a kind
# adds it here, with its schema in data/schemas/<kind>.schema.json.
RECORD_KINDS: tuple[str, ...] = ()


@dataclass
class SiteData:
    """Everything in data/, plus every problem found in it."""

    data_dir: Path
    municipalities: dict[str, Municipality] = field(default_factory=dict)
    record_sets: dict[str, RecordSet] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def records(self, kind: str) -> RecordSet:
        """The record set of one kind (empty when the folder does not exist)."""
        return self.record_sets.get(kind, RecordSet(kind))


# Checks across records (a location's member exists, ...). Each takes the loaded data and yields problems.
CrossCheck = Callable[[SiteData], Iterable[Problem]]
CROSS_CHECKS: tuple[CrossCheck, ...] = ()


def load_site_data(data_dir: Path) -> SiteData:
    """Load municipalities and every record kind, run the cross-record checks, collect all problems."""
    site = SiteData(data_dir)
    site.municipalities = load_municipalities(data_dir, site.problems)
    for kind in RECORD_KINDS:
        record_set = load_records(data_dir, kind)
        site.record_sets[kind] = record_set
        site.problems.extend(record_set.problems)
    for check in CROSS_CHECKS:
        site.problems.extend(check(site))
    return site
