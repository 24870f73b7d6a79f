"""What the built HTML says about each page: language, title, alternates, whether it is in the search index."""

from dataclasses import dataclass, field
from html.parser import HTMLParser
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


class _Reader(HTMLParser):
    """Reads <html lang>, <link rel=alternate hreflang>, robots noindex, <main data-pagefind-body> and its first <h1>."""

    def __init__(self, page: BuiltPage) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.in_main = False
        self.in_h1 = False
        self.h1_done = False
        self.title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.page.lang = values.get("lang") or ""
        elif tag == "link" and values.get("rel") == "alternate" and values.get("hreflang"):
            self.page.alternates[values["hreflang"] or ""] = values.get("href") or ""
        elif tag == "meta" and values.get("name") == "robots" and "noindex" in (values.get("content") or ""):
            self.page.noindex = True
        elif tag == "main":
            self.in_main = True
            self.page.indexed = "data-pagefind-body" in values
        elif tag == "h1" and self.in_main and not self.h1_done:
            self.in_h1 = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1" and self.in_h1:
            self.in_h1, self.h1_done = False, True
            self.page.title = " ".join("".join(self.title).split())
        elif tag == "main":
            self.in_main = False

    def handle_data(self, data: str) -> None:
        if self.in_h1:
            self.title.append(data)


def read_page(path: Path) -> BuiltPage:
    """What one built HTML file says about itself."""
    page = BuiltPage(path)
    reader = _Reader(page)
    text = path.read_text(encoding="utf-8")
    # Everything read lives in <head> and up to the first </h1> inside <main>: the rest of a long
    # page (a directory of 2,000 cards) need not go through the slow pure-Python parser.
    main = text.find("<main")
    end = text.find("</h1>", main) if main >= 0 else -1
    reader.feed(text[: end + len("</h1>")] if end >= 0 else text)
    reader.close()
    return page


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
