"""Page-weight budgets: HTML + CSS + JS each page transfers (gzip), CSS total, render-blocking scripts."""

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from .config import PageType

KB = 1024


def gzip_size(file: Path) -> int:
    """Bytes the file transfers with gzip at the level static hosts use by default (6)."""
    return len(gzip.compress(file.read_bytes(), compresslevel=6, mtime=0))


class _Resources(HTMLParser):
    """The stylesheets and scripts a page loads, and its render-blocking scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.blocking: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "link" and "stylesheet" in (attributes.get("rel") or "").split() and attributes.get("href"):
            self.urls.append(attributes["href"] or "")
        if tag == "script" and not is_data_block(attributes.get("type")):
            src = attributes.get("src")
            if src:
                self.urls.append(src)
            is_module = attributes.get("type") == "module"
            if not src or not ("defer" in attributes or "async" in attributes or is_module):
                self.blocking.append(src or "inline script")


# <script> elements of these types are data (JSON-LD), which browsers never execute or wait for.
DATA_BLOCK_TYPES = frozenset({"application/ld+json", "application/json"})


def is_data_block(script_type: str | None) -> bool:
    """True for a <script> that holds data rather than code."""
    return (script_type or "").strip().lower() in DATA_BLOCK_TYPES


@dataclass(frozen=True)
class PageWeight:
    """What one page transfers, in gzip bytes."""

    page: str
    html: int
    css_js: int

    @property
    def total(self) -> int:
        """HTML plus every stylesheet and script."""
        return self.html + self.css_js


def _local_file(output: Path, page_url: str, url: str, siteurl: str) -> Path | None:
    if siteurl and url.startswith(siteurl):
        url = url[len(siteurl) :]
        base_path = ""
    else:
        base_path = urlsplit(siteurl).path.rstrip("/")
    if url.startswith(("http://", "https://", "//", "data:")):
        return None
    path = urlsplit(urljoin(page_url, url)).path
    if base_path and path.startswith(base_path + "/"):
        path = path[len(base_path) :]
    return output / unquote(path).lstrip("/")


def page_weight(output: Path, page: Path, siteurl: str = "") -> tuple[PageWeight, list[str]]:
    """The page's gzip weight and its render-blocking scripts."""
    parser = _Resources()
    parser.feed(page.read_text(encoding="utf-8"))
    page_url = "/" + page.relative_to(output).as_posix()
    resources = {_local_file(output, page_url, url, siteurl) for url in parser.urls}
    css_js = sum(gzip_size(file) for file in resources if file is not None and file.is_file())
    return PageWeight(page_url, gzip_size(page), css_js), parser.blocking


def budget_for(page_type: str | None, budgets: dict[str, Any]) -> int:
    """The limit in bytes for a page of this type (the default for unlisted pages)."""
    weight = budgets["weight"]
    kb = weight.get("page_types", {}).get(page_type, weight["default_page_kb"])
    return int(kb * KB)


def check_budgets(
    output: Path, page_types: list[PageType], budgets: dict[str, Any], siteurl: str = ""
) -> Iterator[str]:
    """Every page over its budget, every render-blocking script and a CSS total over budget."""
    types_by_file = {page.file(output): page.type for page in page_types}
    allowed_blocking = budgets["weight"].get("render_blocking_scripts", 0)
    for file in sorted(output.rglob("*.html")):
        weight, blocking = page_weight(output, file, siteurl)
        limit = budget_for(types_by_file.get(file), budgets)
        if weight.total > limit:
            yield (
                f"{weight.page}: {weight.total / KB:.1f} KB gzip (HTML {weight.html / KB:.1f} + CSS/JS "
                f"{weight.css_js / KB:.1f}) is over the {limit / KB:g} KB budget of page type "
                f"{types_by_file.get(file, 'default')!r}"
            )
        if len(blocking) > allowed_blocking:
            yield f"{weight.page}: render-blocking script(s) {blocking}: add defer or type=module"
    css_total = sum(gzip_size(file) for file in output.rglob("*.css"))
    css_limit = budgets["weight"]["css_total_kb"] * KB
    if css_total > css_limit:
        yield f"CSS total {css_total / KB:.1f} KB gzip is over the {css_limit / KB:g} KB budget"


def weights_by_type(output: Path, page_types: list[PageType], siteurl: str = "") -> dict[str, float]:
    """The heaviest listed page of each type, in gzip KB (for reports)."""
    heaviest: dict[str, float] = {}
    for page in page_types:
        weight, _ = page_weight(output, page.file(output), siteurl)
        heaviest[page.type] = max(heaviest.get(page.type, 0.0), round(weight.total / KB, 1))
    return heaviest
