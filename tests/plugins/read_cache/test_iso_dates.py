"""Dates read without dateutil are the very values Pelican's own parser makes, and anything it
cannot read the same way is left to Pelican."""

import random

import pytest
from pelican.readers import METADATA_PROCESSORS
from pelican.settings import DEFAULT_CONFIG

from plugins.read_cache.iso_dates import iso_date

READ_DIRECTLY = [
    ("date", "2026-10-01 09:00"),
    ("date", "2026-10-01"),
    ("date", "2026-10-01T09:00:30"),
    ("date", "2026-10-01_09:00"),
    ("date", "2026-10-01   09:00"),
    ("date", "2024-02-29 23:59:59"),
    ("modified", "2026-12-01 10:15"),
]
LEFT_TO_PELICAN = [
    ("date", "1.10.2026"),
    ("date", "2026-10-01 09:00+02:00"),
    ("date", "2026-10-01T09:00Z"),
    ("date", "2026-10-01 9:00"),
    ("date", " 2026-10-01 09:00"),
    ("date", "2026-10-01 09:00:00.5"),
    ("modified", "2026-10-01_09:00"),
    ("date", "October 1, 2026"),
    ("title", "2026-10-01"),
    ("date", ["2026-10-01"]),
]


def pelicans(name: str, value: str) -> object:
    return METADATA_PROCESSORS[name](value, DEFAULT_CONFIG)


@pytest.mark.parametrize(("name", "value"), READ_DIRECTLY)
def test_iso_dates_are_read_to_pelicans_value(name: str, value: str) -> None:
    ours, theirs = iso_date(name, value), pelicans(name, value)
    assert ours == theirs
    assert type(ours) is type(theirs) and ours.tzinfo is None and theirs.tzinfo is None


@pytest.mark.parametrize(("name", "value"), LEFT_TO_PELICAN)
def test_other_forms_are_left_to_pelican(name: str, value: object) -> None:
    assert iso_date(name, value) is None


def test_an_impossible_date_gets_pelicans_error() -> None:
    assert iso_date("date", "2026-02-30 10:00") is None
    with pytest.raises(ValueError, match="2026-02-30"):
        pelicans("date", "2026-02-30 10:00")


def test_random_dates_and_times_read_the_same() -> None:
    rng = random.Random(15)
    for _ in range(500):
        text = f"{rng.randint(1990, 2040)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
        text += rng.choice(
            [
                "",
                f" {rng.randint(0, 23):02}:{rng.randint(0, 59):02}",
                f"T{rng.randint(0, 23):02}:00:{rng.randint(0, 59):02}",
            ]
        )
        assert iso_date("date", text) == pelicans("date", text), text
