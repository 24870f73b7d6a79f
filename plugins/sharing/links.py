"""Absolute URLs for sharing and plain share links (ordinary links: nothing loads from third parties)."""

from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit

# Open Graph locales of the site's languages (Swedish as written in Finland).
OG_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


@dataclass(frozen=True)
class ShareLink:
    """A link that opens a channel's own share page; `channel` is a stable key for templates."""

    channel: str
    url: str


def is_absolute(url: str) -> bool:
    """True for http(s) URLs: only those can be shared or used in Open Graph."""
    return urlsplit(url).scheme in ("http", "https")


def page_path(output_file: str) -> str:
    """The URL path of a written file: folders are linked without index.html."""
    return output_file[: -len("index.html")] if output_file.endswith("index.html") else output_file


def og_locale(lang: str) -> str:
    """The og:locale value of a language code."""
    return OG_LOCALES.get(lang, lang)


def share_links(url: str, title: str) -> list[ShareLink]:
    """Share links for the network's channels, plus e-mail; empty when url is not absolute."""
    if not is_absolute(url):
        return []
    return [
        ShareLink("facebook", "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})),
        ShareLink("linkedin", "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url})),
        ShareLink("email", f"mailto:?subject={quote(title)}&body={quote(url)}"),
    ]
