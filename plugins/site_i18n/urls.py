"""The one way to make a page's URL: a *_URL setting, a language and a slug; and the same page in other languages.

Every *_URL setting has the placeholder `{slug}` (or none); URLs are normalised so no '..' reaches the HTML.
"""

import posixpath
from collections.abc import Callable, Iterable, Mapping
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


LanguageUrls = Mapping[str, Mapping[str, str]]


def url_for(language_urls: LanguageUrls, lang: str, name: str, slug: str = "", siteurl: str | None = None) -> str:
    """The URL of page kind `name` (e.g. MEMBER_URL) in `lang` for `slug`: site-relative, or under `siteurl` when given."""
    path = language_urls[lang][name].format(slug=slug)
    return path if siteurl is None else join_url(siteurl, path)


def save_as(url: str) -> str:
    """The file a folder-style URL is written to."""
    return url + "index.html" if url.endswith("/") or not url else url


@dataclass(frozen=True)
class SiteUrls:
    """Every language's site URL (lang_siteurls) and URL settings (LANGUAGE_URLS), for links between languages."""

    siteurls: Mapping[str, str]
    patterns: LanguageUrls

    def url(self, lang: str, name: str, slug: str = "") -> str | None:
        """The full URL of page kind `name` in `lang`, or None when the language lacks the setting."""
        if name not in self.patterns.get(lang, {}) or lang not in self.siteurls:
            return None
        return url_for(self.patterns, lang, name, slug, self.siteurls[lang])

    def every_lang(self, name: str, slug: Callable[[str], str] = lambda lang: "") -> dict[str, str]:
        """The same page in every language: lang -> URL (the slug may differ per language)."""
        found = {lang: self.url(lang, name, slug(lang)) for lang in self.siteurls}
        return {lang: url for lang, url in found.items() if url is not None}


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
