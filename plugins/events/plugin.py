"""Pelican signal receivers of the events plugin."""

from typing import Any

from pelican import signals

from .generator import EventsGenerator


def get_generators(pelican: Any) -> type[EventsGenerator]:
    """Add the generator that writes the event pages and calendars."""
    return EventsGenerator


def register() -> None:
    """Connect the receivers (module-level functions: signals hold weak references)."""
    signals.get_generators.connect(get_generators)
