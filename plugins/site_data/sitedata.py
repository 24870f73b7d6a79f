"""The loaded contents of data/: municipalities, record sets and every problem found in them."""

from dataclasses import dataclass, field
from pathlib import Path

from .municipalities import Municipality
from .problems import Problem
from .records import RecordSet


@dataclass
class SiteData:
    """Everything in data/, plus every problem found in it."""

    data_dir: Path
    municipalities: dict[str, Municipality] = field(default_factory=dict)
    record_sets: dict[str, RecordSet] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """The problems that stop the build (warnings do not)."""
        return [problem for problem in self.problems if not problem.warning]

    def records(self, kind: str) -> RecordSet:
        """The record set of one kind (empty when the folder does not exist)."""
        return self.record_sets.get(kind, RecordSet(kind))
