"""Pelican signal receivers of the network plugin."""

from typing import Any

from pelican import signals

from .generator import NetworkGenerator


def get_generators(pelican: Any) -> type[NetworkGenerator]:
    """Add the generator that writes the network's pages."""
    return NetworkGenerator


def register() -> None:
    """Connect the receivers (module-level functions: signals hold weak references)."""
    signals.get_generators.connect(get_generators)
