"""Check that every internal link, asset and #fragment in a built site resolves to a file."""

import html
import multiprocessing
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

LINK_ATTRIBUTES = {"href", "src", "action", "poster", "formaction"}
NON_LINK_SCHEMES = ("mailto:", "tel:", "data:", "javascript:")
# The only schemes a URL from content or data may use; anything else (javascript:, data:...) is refused.
SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
# Browsers drop tabs and newlines anywhere in a URL and control characters and spaces around it, so
# "java\tscript:" is javascript:. The check drops every control character and space before it looks.
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]+")


@dataclass(frozen=True)
class BrokenLink:
    """A link in `page` that points to nothing in the output."""

    page: Path
    line: int
    url: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.reason}: {self.url}"


class _Collector(HTMLParser):
    """Collects (line, url) of links and the ids of one HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[int, str]] = []
        self.ids: set[str] = set()
        self.new_tab_without_noopener: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("target") == "_blank" and not {"noopener", "noreferrer"} & set(
            (attributes.get("rel") or "").split()
        ):
            self.new_tab_without_noopener.append((self.getpos()[0], attributes.get("href") or ""))
        for name, value in attrs:
            if value is None:
                continue
            if name in ("id", "name") and (name == "id" or tag == "a"):
                self.ids.add(value)
            if name in LINK_ATTRIBUTES:
                self.links.append((self.getpos()[0], value))
            if name == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self.links.append((self.getpos()[0], candidate.strip().split()[0]))


def _parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def _target_file(output: Path, site_path: str) -> Path:
    """The file a URL path is served from: folders serve their index.html."""
    relative = unquote(site_path).lstrip("/")
    candidate = output / relative
    if site_path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate


def external_links(output: Path, siteurl: str = "") -> list[str]:
    """Every distinct external URL in the site (listed, never fetched)."""
    found = set()
    for page in sorted(output.rglob("*.html")):
        for _, url in _parse(page).links:
            if url.startswith(("http://", "https://")) and not (siteurl and url.startswith(siteurl + "/")):
                found.add(url)
    return sorted(found)


def check_links(output: Path, siteurl: str = "") -> Iterator[BrokenLink]:
    """Yield every internal link in output/ that does not resolve.

    siteurl is the absolute URL the site was built for ('' for root-relative links);
    links starting with it are internal and mapped onto output/.
    """
    base_path = urlsplit(siteurl).path.rstrip("/")
    ids_cache: dict[Path, set[str]] = {}
    for page in sorted(output.rglob("*.html")):
        page_url = "/" + page.relative_to(output).as_posix()
        parsed = _parse(page)
        ids_cache[page] = parsed.ids
        for line, url in parsed.links:
            if url.startswith(NON_LINK_SCHEMES):
                continue
            if siteurl and url.startswith(siteurl):
                url = url[len(siteurl) :] or "/"
            elif url.startswith(("http://", "https://", "//")):
                continue
            elif url.startswith("/") and base_path:
                if not url.startswith(base_path + "/"):
                    yield BrokenLink(page, line, url, "link outside the site's sub-path")
                    continue
                url = url[len(base_path) :]
            parts = urlsplit(urljoin(page_url, url))
            target = _target_file(output, parts.path) if parts.path else page
            if not target.exists():
                yield BrokenLink(page, line, url, "broken link")
                continue
            if parts.fragment and target.suffix == ".html":
                if target not in ids_cache:
                    ids_cache[target] = _parse(target).ids
                if parts.fragment not in ids_cache[target] | {"top"}:
                    yield BrokenLink(page, line, url, "missing anchor")


def unsafe_url_scheme(url: str) -> str | None:
    """The scheme of url when it is not http, https, mailto or tel; None for safe and relative URLs.

    url is decoded as a browser reads it: entities (&#x6A;), tabs, newlines and control characters.
    """
    match = _SCHEME.match(_IGNORED_IN_URL.sub("", html.unescape(url)))
    if match is None:
        return None
    scheme = match[1].lower()
    return None if scheme in SAFE_SCHEMES else scheme


# An attribute name starts after a space, a "/" or a quoted value's closing quote (the HTML
# tokenizer's rules; `<a/href=..>` and `<a title="x"href=..>` are links too). Starting the pattern
# with that character, not \b, makes the scan of a whole site about 2.5 times faster (issue 15).
_URL_ATTRIBUTE = re.compile(
    r"""[\s/"'](href|src|action|formaction|poster|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""",
    re.IGNORECASE,
)
# A single URL that starts, as written, like one of these has no scheme or a safe one, whatever
# follows (nothing before it for entities or control characters to hide in): most of a page's links.
_PLAINLY_SAFE_START = "(?:[/#?.]|https?://|mailto:|tel:)"
_PLAINLY_SAFE = re.compile(_PLAINLY_SAFE_START, re.IGNORECASE)


def _may_be_unsafe(text: str) -> bool:
    """A quick scan of raw HTML: False when no URL attribute can be unsafe and no link opens a new tab.

    Only pages this flags get the full parse (with line numbers); most pages are skipped, which keeps
    the preview rebuild fast. Entities are decoded first, so '&#106;avascript:' is still flagged.
    """
    if "_blank" in text:
        return True
    if not any(character in text for character in _FOLDS_TO_A_NAME_LETTER):
        lowered = text.encode("utf-8").lower()
        if not any(candidate.search(lowered) for candidate in _CANDIDATES):
            return False
    return _has_unsafe_url_attribute(text)


def _has_unsafe_url_attribute(text: str) -> bool:
    """True when a URL attribute of the HTML may hold a scheme other than http, https, mailto, tel."""
    for match in _URL_ATTRIBUTE.finditer(text):
        raw = next(group for group in match.groups()[1:] if group is not None)
        if match[1].lower() != "srcset" and _PLAINLY_SAFE.match(raw):
            continue
        value = html.unescape(raw)
        if any(unsafe_url_scheme(candidate.strip()) for candidate in value.split(",")):
            return True
    return False


# The first pass of the quick scan (issue 15: 1.35 s -> 0.35 s of CPU at 3,900 pages). _URL_ATTRIBUTE
# tries its first character class at every space of a page; these patterns start with a literal
# name, which the regular-expression engine finds at C speed. They run on the page's UTF-8 bytes
# with ASCII letters lowered (same length, every case of a name found), each name on its own (no
# match hides another), and find every place where _has_unsafe_url_attribute could find an unsafe
# value, and more: the name after any byte that can end a space, "/" or quote (a non-ASCII
# character's last byte included) and before "=" after such bytes, its value not starting plainly
# safe (a srcset: some candidate not plainly safe, or an entity or an unquoted value). A page with
# a match gets the full _has_unsafe_url_attribute; tests/sitebuild/quality checks that the two find
# the same pages on random markup.
_BEFORE_NAME = rb"""[\s\x1c-\x1f/"'\x80-\xff]"""
_SPACE = rb"[\s\x1c-\x1f\x80-\xff]*"
_SAFE_START = _PLAINLY_SAFE_START.encode()  # lowercase, as the bytes it runs on
# What follows "name=" when the value needs no closer look: one URL that starts plainly safe; for a
# srcset, a double-quoted list of them without entities.
_SAFE_URL = rb"""["']?+%s""" % _SAFE_START
_SAFE_SRCSET = rb'"%s%s[^",&]*+(?:,%s%s[^",&]*+)*+"' % (_SPACE, _SAFE_START, _SPACE, _SAFE_START)


def _candidate(name: bytes, safe_value: bytes) -> re.Pattern[bytes]:
    """name as an attribute set to a value that does not match safe_value."""
    return re.compile(
        rb"%s(?<=%s%s)(?=%s=)(?!%s=%s%s)" % (name, _BEFORE_NAME, name, _SPACE, _SPACE, _SPACE, safe_value)
    )


_CANDIDATES = [
    *(_candidate(name, _SAFE_URL) for name in (b"href", b"src", b"action", b"formaction", b"poster")),
    _candidate(b"srcset", _SAFE_SRCSET),
]
# Characters that _URL_ATTRIBUTE's IGNORECASE matches to a letter of a name (dotted and dotless i,
# long s): a page with one gets the full scan.
_FOLDS_TO_A_NAME_LETTER = ("\u0130", "\u0131", "\u017f")


def _flagged(pages: list[Path]) -> list[Path]:
    """The pages of the list that the quick scan flags."""
    return [page for page in pages if _may_be_unsafe(page.read_text(encoding="utf-8"))]


# Below this many pages one process scans them all: starting the others would take longer.
_PAGES_PER_EXTRA_PROCESS = 500


def _flagged_pages(pages: list[Path]) -> list[Path]:
    """_flagged on every core: the scan is the last step of a production build, after Pelican has
    ended, so the other core would otherwise wait (0.6 s -> 0.4 s at 3,900 pages, issue 15)."""
    processes = min(os.cpu_count() or 1, len(pages) // _PAGES_PER_EXTRA_PROCESS + 1)
    if processes == 1:
        return _flagged(pages)
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        found = pool.map(_flagged, [pages[start::processes] for start in range(processes)])
    return sorted(page for part in found for page in part)


def check_link_safety(output: Path) -> Iterator[BrokenLink]:
    """Yield every link with a scheme other than http/https/mailto/tel, and every new-tab link without noopener."""
    for page in _flagged_pages(sorted(output.rglob("*.html"))):
        parsed = _parse(page)
        for line, url in parsed.links:
            scheme = unsafe_url_scheme(url)
            if scheme is not None:
                yield BrokenLink(
                    page, line, url[:80], f"unsafe URL scheme '{scheme}:' (allowed: http, https, mailto, tel)"
                )
        for line, url in parsed.new_tab_without_noopener:
            yield BrokenLink(page, line, url, 'target="_blank" without rel="noopener"')
