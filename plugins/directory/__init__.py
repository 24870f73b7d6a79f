"""Find digital support: the directory of support locations (pages, JSON-LD, map, open data)."""

from .plugin import register
from .urls import location_url

__all__ = ["location_url", "register"]
