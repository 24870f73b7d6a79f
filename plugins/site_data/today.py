"""'Today' for a build: pinnable, so scheduled posts, stale-entry warnings and tests repeat exactly."""

import os
from datetime import date, datetime
from zoneinfo import ZoneInfo


class BuildDateError(ValueError):
    """SITE_BUILD_DATE is not a date."""


def build_date(pinned: str | None = None, timezone: str = "Europe/Helsinki") -> date:
    """`pinned` (or SITE_BUILD_DATE, YYYY-MM-DD) when given, else today in the site's time zone."""
    value = pinned or os.environ.get("SITE_BUILD_DATE")
    if value:
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise BuildDateError(f"SITE_BUILD_DATE '{value}' ei ole päivämäärä. Käytä muotoa 2026-11-26.") from None
    return datetime.now(ZoneInfo(timezone)).date()
