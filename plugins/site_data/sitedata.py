"""The loaded contents of data/: municipalities, typed records, record sets and every problem found."""

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from .models import DirectoryLabels, Location, Member, Partner, Person, SisterNetwork
from .municipalities import Municipality
from .problems import Problem
from .records import RecordSet
from .region import Region


@dataclass
class SiteData:
    """Everything in data/ as typed models (schema-valid records only), plus every problem found in it.

    `record_sets` keeps the YAML of each kind for the checks that point editors at a line; pages,
    exports and JSON-LD are made only from the models.
    """

    data_dir: Path
    region: Region
    today: date
    municipalities: dict[str, Municipality] = field(default_factory=dict)
    record_sets: dict[str, RecordSet] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    labels: DirectoryLabels = field(default_factory=DirectoryLabels)
    members: dict[str, Member] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    sister_networks: dict[str, SisterNetwork] = field(default_factory=dict)
    partners: dict[str, Partner] = field(default_factory=dict)
    locations: dict[str, Location] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        """The problems that stop the build (warnings do not)."""
        return [problem for problem in self.problems if not problem.warning]

    def records(self, kind: str) -> RecordSet:
        """The record set of one kind (empty when the folder does not exist)."""
        return self.record_sets.get(kind, RecordSet(kind))

    @cached_property
    def locations_by_organisation(self) -> dict[str, list[Location]]:
        """The locations each member runs (`organisation`), indexed once: member pages look them up
        instead of scanning every location per member (issue 15: 1,000 members x 2,000 locations)."""
        index: dict[str, list[Location]] = {}
        for location in self.locations.values():
            index.setdefault(location.organisation, []).append(location)
        return index
