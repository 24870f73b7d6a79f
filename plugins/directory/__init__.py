"""Find digital support: the directory of support locations (pages, JSON-LD, map, open data)."""

from .plugin import register

__all__ = ["register"]
