"""Search (plugins/search): the search page, the A-Ö index of every indexable page, sitemap.xml and robots.txt.

The Pagefind index itself is made after the build by sitebuild/search_index.py.
"""

from .plugin import register

__all__ = ["register"]
