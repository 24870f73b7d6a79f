"""Rendered Markdown bodies keep only the HTML a post needs (nh3); see policy.py for what is kept."""

from .plugin import register

__all__ = ["register"]
