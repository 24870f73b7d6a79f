"""A problem found in a source file, worded for the person who edits that file."""

import re
from dataclasses import dataclass
from pathlib import Path

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True, order=True)
class Problem:
    """One error or warning: which file, which line, which field, and what to do."""

    path: Path
    line: int
    message: str
    field: str = ""
    warning: bool = False

    def __str__(self) -> str:
        kind = "VAROITUS" if self.warning else "VIRHE"
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        field = f" [{self.field}]" if self.field else ""
        # A value quoted from a file may hold newlines or control characters: shown escaped, so one
        # problem stays one line and a file cannot print lines that look like other messages.
        message = _CONTROL.sub(lambda match: repr(match[0])[1:-1], self.message)
        return f"{kind} {where}{field}: {message}"


def report(problems: list[Problem]) -> int:
    """Print every problem, errors first; return how many errors there were."""
    errors = sorted(p for p in problems if not p.warning)
    warnings = sorted(p for p in problems if p.warning)
    for problem in errors + warnings:
        print(problem)
    if errors:
        print(f"\n{len(errors)} virhettä. Korjaa ne ja yritä uudelleen.")
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
