"""Sharing: canonical URLs, Open Graph and Twitter card values, and share links without third-party loads."""

from .plugin import register

__all__ = ["register"]
