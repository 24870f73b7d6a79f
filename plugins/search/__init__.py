"""Search (plugins/search): the search page, the Pagefind index of each language (production builds),
the A-Ö index of every indexable page, sitemap.xml and robots.txt."""

from .plugin import register

__all__ = ["register"]
