"""'Today' for a build: pinnable, so scheduled posts, stale-entry warnings and tests repeat exactly."""

import os
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

# Pelican's own default is UTC; every site of this generator is in Finland.
DEFAULT_TIMEZONE = "Europe/Helsinki"


class BuildDateError(ValueError):
    """SITE_BUILD_DATE is not a date."""


def build_date(pinned: str | None = None, timezone: str = DEFAULT_TIMEZONE) -> date:
    """`pinned` (or SITE_BUILD_DATE, YYYY-MM-DD) when given, else today in the site's time zone."""
    value = pinned or os.environ.get("SITE_BUILD_DATE")
    if value:
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise BuildDateError(f"SITE_BUILD_DATE '{value}' ei ole päivämäärä. Käytä muotoa 2026-11-26.") from None
    return datetime.now(ZoneInfo(timezone)).date()


def site_zone(settings: Mapping[str, Any]) -> ZoneInfo:
    """The site's time zone (TIMEZONE in the settings)."""
    return ZoneInfo(settings.get("TIMEZONE") or DEFAULT_TIMEZONE)


def site_today(settings: Mapping[str, Any]) -> date:
    """The day a build treats as today: BUILD_DATE when pinned, else today in TIMEZONE."""
    return build_date(settings.get("BUILD_DATE"), settings.get("TIMEZONE") or DEFAULT_TIMEZONE)
