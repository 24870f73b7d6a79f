"""Dates in each language's own format, from Babel's CLDR data (no system locales needed)."""

from datetime import date, datetime

from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from babel.dates import format_time as babel_format_time


def format_date(value: date | datetime, lang: str, style: str = "medium") -> str:
    """Format a date for readers of `lang`: fi 26.11.2026, sv 26 nov. 2026."""
    if isinstance(value, datetime):
        value = value.date()
    return babel_format_date(value, format=style, locale=lang)


def iso_date(value: date | datetime) -> str:
    """Machine-readable date for <time datetime>."""
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat()


def format_time(value: datetime, lang: str) -> str:
    """A time of day for readers of `lang`: fi 13.00, sv 13:00."""
    return babel_format_time(value, format="short", locale=lang)


def format_month(value: date | datetime, lang: str) -> str:
    """A month and year as a heading: fi joulukuu 2026, sv december 2026."""
    return format_skeleton("yMMMM", value, locale=lang)
