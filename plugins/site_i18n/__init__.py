"""Languages of the site: gettext catalogs, translation keys, dates and cross-language URLs."""

from .plugin import register

__all__ = ["register"]
