"""A problem found in a source file, worded for the person who edits that file."""

import os
import re
from dataclasses import dataclass
from pathlib import Path

from plugins.site_i18n.catalogs import translations

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")

# The writer's guide: every problem's `code` is the anchor of its section there (tests/test_messages.py).
GUIDE = "docs/kirjoittajan-opas.md"
GUIDE_GENERAL = "tarkistus-ja-virheilmoitukset"


def relative(path: Path, root: Path | None = None) -> str:
    """path as the writer sees it in the project: relative to root (default: the current folder)."""
    base = root or Path.cwd()
    # Where the file is named, not where a symlink points: a link out of the project is shown in place.
    for shown, folder in (
        (Path(os.path.abspath(path)), Path(os.path.abspath(base))),
        (Path(path).resolve(), base.resolve()),
    ):
        if shown.is_relative_to(folder):
            return str(shown.relative_to(folder))
    return str(path)


@dataclass(frozen=True, order=True)
class Problem:
    """One error or warning: which file, which line, which field, what to do, and its guide section (code)."""

    path: Path
    line: int
    message: str
    field: str = ""
    warning: bool = False
    code: str = ""

    @property
    def anchor(self) -> str:
        """The section of the writer's guide that explains this problem."""
        return self.code or GUIDE_GENERAL

    def where(self, root: Path | None = None) -> str:
        """File (relative to the project) and line."""
        shown = relative(self.path, root)
        return f"{shown}:{self.line}" if self.line else shown

    def text(self, root: Path | None = None) -> str:
        """The problem as one printed entry, paths relative to root."""
        kind = "VAROITUS" if self.warning else "VIRHE"
        field = f" [{self.field}]" if self.field else ""
        # A value quoted from a file may hold newlines or control characters: shown escaped, so one
        # problem stays one line and a file cannot print lines that look like other messages.
        message = _CONTROL.sub(lambda match: repr(match[0])[1:-1], self.message)
        return f"{kind} {self.where(root)}{field}: {message}"

    def __str__(self) -> str:
        return self.text()


def count_errors(count: int, lang: str = "fi") -> str:
    """'1 virhe', '2 virhettä': the plural form from the theme's catalog."""
    return translations(lang).ngettext("{count} error", "{count} errors", count).format(count=count)


def report(problems: list[Problem], root: Path | None = None) -> int:
    """Print every problem, errors first; return how many errors there were."""
    errors = sorted(p for p in problems if not p.warning)
    warnings = sorted(p for p in problems if p.warning)
    for problem in errors + warnings:
        print(problem.text(root))
    if errors:
        print(f"\n{count_errors(len(errors))}. Korjaa {'se' if len(errors) == 1 else 'ne'} ja yritä uudelleen.")
    return len(errors)


class DataError(SystemExit):
    """data/ has errors, so no page is made from it: every error is listed (make check lists them too).

    The one way a generator stops the build on bad data. A SystemExit, because Pelican logs any
    Exception with its traceback; this one ends the build with the message alone and exit status 1.
    """

    def __init__(self, problems: list[Problem]) -> None:
        listed = "\n".join(str(problem) for problem in sorted(problems))
        super().__init__(f"Tiedoissa on virheitä; korjaa ne (make check):\n{listed}")
        self.problems = problems


def stop_on_errors(problems: list[Problem]) -> None:
    """Raise DataError listing every error when there is any (warnings do not stop the build)."""
    errors = [problem for problem in problems if not problem.warning]
    if errors:
        raise DataError(errors)
