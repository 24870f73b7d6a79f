"""The network: member directory, member pages, partners and sister regions, team, open data exports."""

from .plugin import register

__all__ = ["register"]
