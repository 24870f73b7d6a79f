"""What the built HTML says about each page: language, title, alternates, whether it is in the search index."""

import html
import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class BuiltPage:
    """One written HTML page as the sitemap and the A-Ö index see it."""

    path: Path
    lang: str = ""
    title: str = ""
    indexed: bool = False  # <main data-pagefind-body>: a page type that opted into search
    alternates: dict[str, str] = field(default_factory=dict)  # hreflang -> URL
    noindex: bool = False


# Every page is read (issue 15: html.parser took about 1.4 ms a page, a tenth of a large build), so
# only the few tags that matter are found, with the tokenising rules of html.parser: a tag's
# attributes may hold quoted ">" characters, names are case-insensitive, values are unescaped.
# Comments and the raw text of script, style, title, textarea and template elements are not markup.
_NOT_MARKUP = re.compile(r"<!--.*?(?:-->|$)|<(script|style|title|textarea|template)\b.*?(?:</\1\s*>|$)", re.I | re.S)
# Runs of plain characters and whole quoted values, possessive (Python 3.11): no backtracking, so an
# unclosed tag costs one pass, and a tag is matched at once rather than a character at a time.
_TAG = re.compile(r"<(/?)(html|link|meta|main|h1)(?=[\s/>])((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>", re.I)
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']*)))?""")
_ANY_TAG = re.compile(r"<[^>]*>")
_H1_END = re.compile(r"</h1", re.I)


def _attributes(source: str) -> dict[str, str | None]:
    """A tag's attributes, names lowercased and values unescaped (the first of a repeated name wins)."""
    found: dict[str, str | None] = {}
    for match in _ATTRIBUTE.finditer(source):
        name = match[1].lower()
        if name not in found:
            value = next((group for group in match.groups()[1:] if group is not None), None)
            found[name] = html.unescape(value) if value is not None else None
    return found


def _title(inner: str) -> str:
    """The text of an <h1>, its tags dropped and its spaces collapsed."""
    return " ".join(html.unescape(_ANY_TAG.sub("", inner)).split())


def read_html(path: Path, text: str) -> BuiltPage:
    """What one HTML document says about itself: <html lang>, <link rel=alternate hreflang>,
    robots noindex, <main data-pagefind-body> and the first <h1> inside <main>."""
    page = BuiltPage(path)
    text = _NOT_MARKUP.sub("", text)
    in_main = False
    for match in _TAG.finditer(text):
        closing, tag, values = match[1], match[2].lower(), match[3]
        if tag == "main":
            in_main = not closing
            if in_main:
                page.indexed = "data-pagefind-body" in _attributes(values)
            continue
        if closing or (tag == "link" and "hreflang" not in values.lower()):
            continue
        if tag == "meta" and "robots" not in values.lower():
            continue  # most of a page's <link> and <meta> tags: not parsed further
        if tag == "h1":
            if in_main:
                end = _H1_END.search(text, match.end())
                page.title = _title(text[match.end() : end.start() if end else len(text)])
                break  # nothing read lies after the first heading of <main>
            continue
        attributes = _attributes(values)
        if tag == "html":
            page.lang = attributes.get("lang") or ""
        elif tag == "link" and attributes.get("rel") == "alternate" and attributes.get("hreflang"):
            page.alternates[attributes["hreflang"] or ""] = attributes.get("href") or ""
        elif tag == "meta" and attributes.get("name") == "robots" and "noindex" in (attributes.get("content") or ""):
            page.noindex = True
    return page


def read_page(path: Path) -> BuiltPage:
    """What one built HTML file says about itself."""
    text = path.read_text(encoding="utf-8")
    # Everything read lies in <head> and up to the first </h1> inside <main>: the rest of a long
    # page (a directory of 2,000 cards) is not scanned.
    main = text.find("<main")
    end = text.find("</h1>", main) if main >= 0 else -1
    return read_html(path, text[: end + len("</h1>")] if end >= 0 else text)


# The A-Ö index of each language and the sitemap read the same files: each file is parsed once
# per version of it (path, size, modification time), not once per reader.
_READ: dict[Path, tuple[tuple[int, int], BuiltPage]] = {}


def built_pages(output: Path, skip: tuple[Path, ...] = ()) -> list[BuiltPage]:
    """Every HTML page under output but not under skip, sorted by path (error pages included; callers decide; read-only)."""
    pages = []
    for path in sorted(output.rglob("*.html")):
        if any(path.is_relative_to(folder) for folder in skip):
            continue
        stat = path.stat()
        stamp = (stat.st_size, stat.st_mtime_ns)
        cached = _READ.get(path)
        if cached is None or cached[0] != stamp:
            cached = (stamp, read_page(path))
            _READ[path] = cached
        pages.append(cached[1])
    return pages


def read_so_far() -> dict[Path, tuple[tuple[int, int], BuiltPage]]:
    """What this process has parsed, to hand to the process that writes the sitemap."""
    return dict(_READ)


def remember(read: dict[Path, tuple[tuple[int, int], BuiltPage]]) -> None:
    """Pages another process parsed (its stamps still decide whether a file changed since)."""
    _READ.update(read)


def page_url(output: Path, path: Path) -> str:
    """The site-relative URL of a written file: folder URLs for index.html."""
    relative = path.relative_to(output).as_posix()
    return relative[: -len("index.html")] if relative.endswith("index.html") else relative
