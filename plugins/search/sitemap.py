"""sitemap.xml for every language, with hreflang alternates (xhtml:link) and lastmod."""

from collections.abc import Mapping
from datetime import date
from xml.sax.saxutils import escape, quoteattr

from plugins.site_i18n.urls import join_url

from .pages import BuiltPage


def sitemap_xml(siteurl: str, pages: list[tuple[str, BuiltPage]], lastmod: Mapping[str, date]) -> str:
    """The sitemap of (site-relative URL, page) pairs; alternates come from each page's own <link hreflang>."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for url, page in pages:
        lines.append(f"  <url><loc>{escape(join_url(siteurl, url))}</loc>")
        if url in lastmod:
            lines.append(f"    <lastmod>{lastmod[url].isoformat()}</lastmod>")
        if page.alternates:
            # Google asks each alternate set to include the page itself.
            own = {page.lang: join_url(siteurl, url), **page.alternates}
            for lang, href in sorted(own.items()):
                lines.append(f'    <xhtml:link rel="alternate" hreflang={quoteattr(lang)} href={quoteattr(href)}/>')
        lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def robots_with_sitemap(robots: str, sitemap_url: str) -> str:
    """robots.txt with a Sitemap line (added once)."""
    line = f"Sitemap: {sitemap_url}"
    if line in robots.splitlines():
        return robots
    return robots.rstrip("\n") + f"\n\n{line}\n"
