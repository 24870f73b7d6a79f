"""One Markdown source file as the checks see it: metadata with line numbers, body lines, kind."""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

METADATA_LINE = re.compile(r"^(?P<key>[A-Za-z_][A-Za-z0-9_ -]*):\s*(?P<value>.*)$")
DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S")
FENCE = re.compile(r"^\s*(```|~~~)")


def read_metadata(text: str) -> dict[str, tuple[int, str]]:
    """The metadata block at the top of a Markdown file: lower-case key -> (line number, value)."""
    found: dict[str, tuple[int, str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            break
        match = METADATA_LINE.match(line)
        if match:
            found[match["key"].strip().lower()] = (number, match["value"].strip())
        elif not line.startswith((" ", "\t")):
            break
    return found


def parse_date(value: str) -> datetime | None:
    """A date in one of the formats the writer's guide allows, or None."""
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern)
        except ValueError:
            continue
    return None


@dataclass
class SourceFile:
    """A post ('article') or page ('page') read for checking."""

    path: Path
    kind: str
    content_dir: Path
    text: str
    meta: dict[str, tuple[int, str]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path, kind: str, content_dir: Path, text: str) -> "SourceFile":
        """Parse the metadata block of text."""
        return cls(path, kind, content_dir, text, read_metadata(text))

    def value(self, key: str) -> str:
        """The value of a metadata field ('' when missing)."""
        return self.meta.get(key, (0, ""))[1]

    def line_of(self, key: str, default: int = 1) -> int:
        """The line of a metadata field, or default when it is missing."""
        return self.meta.get(key, (default, ""))[0]

    @property
    def first_body_line(self) -> int:
        """The line after the metadata block: where a missing field is best added."""
        return max((line for line, _ in self.meta.values()), default=0) + 1

    @property
    def lang(self) -> str:
        """The language code of the file ('' when missing)."""
        return self.value("lang")

    @property
    def is_draft(self) -> bool:
        """True for `Status: draft`: unfinished work, never published."""
        return self.value("status").lower() == "draft"

    def body_lines(self) -> Iterator[tuple[int, str]]:
        """(line number, text) of the body, skipping fenced code blocks (their text is not Markdown)."""
        in_fence = False
        first = self.first_body_line  # once, not per line (issue 15: it scans the metadata)
        for number, line in enumerate(self.text.splitlines(), start=1):
            if number < first:
                continue
            if FENCE.match(line):
                in_fence = not in_fence
                continue
            if not in_fence:
                yield number, line
