"""Drafts and scheduled posts: marked in the local preview, left out of the production build."""

from .plugin import build_date, register

__all__ = ["build_date", "register"]
