"""URLs of the same page in another language, normalised so no '..' reaches the HTML."""

import posixpath
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit


def join_url(siteurl: str, path: str) -> str:
    """Join a site URL ('', '/sv' or 'https://x/y') and a site-relative path, resolving '..'."""
    scheme, netloc, base, _, _ = urlsplit(siteurl)
    joined = f"{base.rstrip('/')}/{path.lstrip('/')}"
    normal = posixpath.normpath(joined)
    if normal == ".":
        normal = "/"
    if joined.endswith("/") and not normal.endswith("/"):
        normal += "/"
    return urlunsplit((scheme, netloc, normal, "", ""))


@dataclass(frozen=True)
class Alternate:
    """A link to this page (or, failing that, the home page) in another language."""

    lang: str
    url: str
    same_page: bool


def alternates(
    current_lang: str,
    siteurls: Mapping[str, str],
    translations: Iterable[Any] | None = None,
    url_name: str | None = None,
    alternate_urls: Mapping[str, str] | None = None,
    *,
    language_urls: Mapping[str, Mapping[str, str]],
) -> list[Alternate]:
    """For each other language: the page's own alternate URL, the translation, the same page kind,
    or that language's home.

    alternate_urls (lang -> URL) is for pages a generator writes, whose counterpart is known by URL:
    a full or root-relative URL is used as it is, any other is relative to that language's site.
    """
    by_lang = {item.lang: item for item in translations or []}
    found = []
    for lang, siteurl in siteurls.items():
        if lang == current_lang:
            continue
        if alternate_urls and lang in alternate_urls:
            url = alternate_urls[lang]
            absolute = url.startswith(("/", "http://", "https://"))
            found.append(Alternate(lang, url if absolute else join_url(siteurl, url), True))
        elif lang in by_lang:
            found.append(Alternate(lang, join_url(siteurls[current_lang], by_lang[lang].url), True))
        elif url_name:
            found.append(Alternate(lang, join_url(siteurl, language_urls[lang][url_name]), True))
        else:
            found.append(Alternate(lang, join_url(siteurl, ""), False))
    return found
