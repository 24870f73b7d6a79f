"""Drafts and scheduled posts: marked in the local preview, left out of the production build."""

from .plugin import register

__all__ = ["register"]
