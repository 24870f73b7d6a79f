"""Read a post's `Date:` and `Modified:` written the usual way without dateutil's parser, to the
same value.

Pelican reads both with dateutil.parser.parse (pelican.utils.get_date), which tries every date
format it knows: about half a second of a 3,000-post build (issue 15, py-spy). Almost every
content file writes its date as ISO 8601, `2026-10-01 09:00` (the writer's guide and
`make new-post` do), which datetime.fromisoformat reads directly. Anything else (another format,
a time zone, an impossible date) still goes to Pelican's parser, with its own result or error.
"""

import re

from pelican.utils import SafeDatetime

_RUNS_OF_SPACES = re.compile(" +")
# A date, or a date and a time to the minute or second, without a time zone: what dateutil reads as
# the same naive datetime (seconds and the midnight of a bare date included).
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?")


def iso_date(name: str, value: object) -> SafeDatetime | None:
    """The datetime Pelican would make of this Date/Modified value, or None when Pelican must parse it."""
    if name not in ("date", "modified") or not isinstance(value, str):
        return None
    # As Pelican's METADATA_PROCESSORS and get_date: Date: allows "_" for the space, runs of spaces are one.
    text = _RUNS_OF_SPACES.sub(" ", value.replace("_", " ") if name == "date" else value)
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return SafeDatetime.fromisoformat(text)
    except ValueError:  # 2026-02-30: Pelican's parser gives the error
        return None
