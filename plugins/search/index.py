"""The search index: Pagefind reads one language's searchable pages and writes that language's
bundles, output/pagefind/ (then pagefind-2/, pagefind-3/ ...) for the main language and
output/sv/pagefind/ (sv/pagefind-2/ ...) for Swedish.

A language's search page only ever searches its own language, so each language has bundles of its
own. Pagefind holds every page it indexes in memory at once (about 0.3 MB a post, over 1 GB for
one language of a 10,000-page site) and has no option to bound that, so a language with more than
SEARCH_PAGES_PER_BUNDLE searchable pages is split into bundles indexed one after the other; the
search page merges them (theme/static/js/search.js, Pagefind's mergeIndex). Each language's pass
starts its Pagefind as soon as its pages are written (plugins/search/plugin.py, production builds
only): one process per core, the Swedish index made while the main language's pass still writes.
"""

import json
import logging
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

BUNDLE = "pagefind"
# Pagefind's ready-made interfaces: the search page has its own (theme/static/js/search.js) on pagefind.js.
UNUSED = ("pagefind-ui.*", "pagefind-component-ui.*", "pagefind-modular-ui.*", "pagefind-highlight.js")
# Characters Pagefind 1.5's glob syntax reads as syntax: written with a backslash before them to
# mean themselves. A backslash itself cannot be written (tests/plugins/search/test_index.py).
_GLOB_SYNTAX = frozenset("$()*,:<>?[]{}")
TIMEOUT_SECONDS = 600
logger = logging.getLogger(__name__)

FAILED = (
    "Hakuhakemiston teko epäonnistui (Pagefind): {detail}\n"
    "Tarkista, että requirements.txt:n pagefind[bin] on asennettu (.venv/bin/pip install -r requirements.txt)."
)


@dataclass(frozen=True)
class SearchIndex:
    """What Pagefind wrote: pages per language (from each bundle's pagefind-entry.json) and the bundles' size on disk."""

    pages: dict[str, int]
    bytes_on_disk: int


def bundle_folders(folder: Path, count: int) -> list[Path]:
    """The folders of a language's count bundles: folder/pagefind, folder/pagefind-2, ..."""
    return [folder / (BUNDLE if number == 1 else f"{BUNDLE}-{number}") for number in range(1, max(count, 1) + 1)]


def bundles(site: Path) -> list[Path]:
    """Every bundle Pagefind wrote into site, every language's."""
    return [entry.parent for entry in sorted(site.glob(f"**/{BUNDLE}*/pagefind-entry.json"))]


def read_index(site: Path) -> SearchIndex:
    """Pages per language and size of the bundles Pagefind wrote into site."""
    pages: dict[str, int] = {}
    size = 0
    for bundle in bundles(site):
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        for lang, info in entry["languages"].items():
            pages[lang] = pages.get(lang, 0) + int(info["page_count"])
        size += sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file())
    return SearchIndex(pages, size)


def split_pages(pages: Sequence[Path], per_bundle: int) -> list[list[Path]]:
    """pages dealt in turn into as few bundles as hold per_bundle pages each: every bundle gets
    some of each kind of page (posts are the largest), so each takes about the same memory."""
    count = max(1, -(-len(pages) // max(per_bundle, 1)))
    return [list(pages[start::count]) for start in range(count)]


def unindexable(pages: Sequence[Path]) -> list[Path]:
    """Pages whose path Pagefind's glob cannot name (a backslash in it): left out of the index."""
    return [page for page in pages if "\\" in page.as_posix()]


def pages_glob(site: Path, pages: Sequence[Path]) -> str:
    """A Pagefind glob naming exactly these pages (paths in site, none of them unindexable)."""
    names = (
        "".join(f"\\{char}" if char in _GLOB_SYNTAX else char for char in page.relative_to(site).as_posix())
        for page in pages
    )
    return "{" + ",".join(names) + "}"


class Indexing:
    """Pagefind indexing a language's bundles one after the other in the background (start_index);
    finish() waits for the last."""

    def __init__(self, site: Path, parts: list[tuple[Path, list[Path]]]) -> None:
        self._site = site
        self._parts = parts
        self._error = ""
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None
        self._cancelled = False
        self._thread = threading.Thread(target=self._run, name="pagefind", daemon=True)
        self._started = time.monotonic()
        self._thread.start()

    @property
    def bundles(self) -> list[Path]:
        """The folders this language's bundles are written into, the first one's first."""
        return [bundle for bundle, _ in self._parts]

    def _run(self) -> None:
        for bundle, pages in self._parts:
            self._error = self._index(bundle, pages)
            if self._error or self._cancelled:
                return
            for pattern in UNUSED:
                for path in bundle.glob(pattern):
                    path.unlink()

    def _index(self, bundle: Path, pages: list[Path]) -> str:
        """Index pages into bundle; what went wrong, or "" when it worked."""
        config = {
            "site": str(self._site),
            "glob": pages_glob(self._site, pages),  # thousands of paths: too long for a command-line argument
            "output_subdir": bundle.relative_to(self._site).as_posix(),
        }
        with tempfile.TemporaryDirectory(prefix="pagefind-") as folder:
            # Pagefind reads its configuration from pagefind.json in the folder it runs in.
            (Path(folder) / "pagefind.json").write_text(json.dumps(config), encoding="utf-8")
            with self._lock:
                if self._cancelled:
                    return ""
                try:
                    self._process = subprocess.Popen(
                        [sys.executable, "-m", "pagefind", "--silent"],
                        cwd=folder,
                        text=True,
                        stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE,
                    )
                except OSError as error:
                    return str(error)
            remaining = TIMEOUT_SECONDS - (time.monotonic() - self._started)
            try:
                stdout, stderr = self._process.communicate(timeout=max(remaining, 1))
            except subprocess.TimeoutExpired:
                self.cancel()
                return f"no index after {TIMEOUT_SECONDS} seconds"
        if self._cancelled:
            return ""
        if self._process.returncode != 0 or not (bundle / "pagefind-entry.json").exists():
            return (stderr or stdout).strip() or f"exit code {self._process.returncode}"
        return ""

    def finish(self) -> bool:
        """Wait for every bundle; False (with the reason printed) when indexing failed."""
        self._thread.join()
        if self._error:
            print(FAILED.format(detail=self._error), file=sys.stderr)
            return False
        return True

    def cancel(self) -> None:
        """Stop Pagefind (the build failed for another reason); no further bundle is started."""
        with self._lock:
            self._cancelled = True
            process = self._process
        if process is not None and process.poll() is None:
            process.kill()


def start_index(site: Path, folder: Path, pages: Sequence[Path], per_bundle: int) -> Indexing:
    """Start indexing pages (a language's searchable pages, written into folder: the site's root for
    the main language, a folder in it for another) into that language's bundles in folder. Every
    bundle is indexed from the site's root, so result addresses stay site-absolute. It runs while
    the caller goes on; pages that cannot be indexed are left out (see unindexable)."""
    skipped = set(unindexable(pages))
    for page in sorted(skipped):
        logger.warning(
            "Sivu %s jää pois hausta: sen polussa on kenoviiva (\\), jota hakuhakemisto ei osaa lukea. "
            "Vaihda sivun Slug ilman kenoviivaa. / Left out of search: a backslash in its path; change its Slug.",
            page,
        )
    indexable = [page for page in pages if page not in skipped]
    parts = split_pages(indexable, per_bundle) if indexable else []
    return Indexing(site, list(zip(bundle_folders(folder, len(parts)), parts, strict=False)))
