"""The search index: Pagefind reads one language's written pages and writes that language's bundle,
output/pagefind/ for the main language, output/sv/pagefind/ for Swedish.

A language's search page only ever searches its own language (Pagefind picks the index by
<html lang>), so each language has a bundle of its own. Each language's pass starts its Pagefind as
soon as its pages are written (plugins/search/plugin.py, production builds only): the Swedish
index is made while the main language's pass still writes its A-Ö index and sitemap, one process
per core. Pagefind is the longest single step of a large build (issue 15).
"""

import json
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

BUNDLE = "pagefind"
MARK = "data-pagefind-body"
# Pagefind's ready-made interfaces: the search page has its own (theme/js/search.js) on pagefind.js.
UNUSED = ("pagefind-ui.*", "pagefind-component-ui.*", "pagefind-modular-ui.*", "pagefind-highlight.js")

FAILED = (
    "Hakuhakemiston teko epäonnistui (Pagefind): {detail}\n"
    "Tarkista, että requirements.txt:n pagefind[bin] on asennettu (.venv/bin/pip install -r requirements.txt)."
)


@dataclass(frozen=True)
class SearchIndex:
    """What Pagefind wrote: pages per language (from each bundle's pagefind-entry.json) and the bundles' size on disk."""

    pages: dict[str, int]
    bytes_on_disk: int


def bundles(site: Path) -> list[Path]:
    """Every bundle Pagefind wrote into site: the main language's, then the other languages'."""
    return [bundle.parent for bundle in sorted(site.glob(f"**/{BUNDLE}/pagefind-entry.json"))]


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


def language_glob(site: Path, folder: Path, others: Iterable[Path]) -> str:
    """The pages of the language written into folder, as a glob from the site's root: everything
    under folder except the other languages' folders (inside the main language's) and bundles."""
    if folder != site:
        return f"{folder.relative_to(site).as_posix()}/**/*.html"
    skipped = {path.name for path in others} | {BUNDLE}
    folders = [path.name for path in sorted(site.iterdir()) if path.is_dir() and path.name not in skipped]
    return "{*.html," + "".join(f"{name}/**/*.html," for name in folders).rstrip(",") + "}"


def _has_marked_page(folder: Path, others: Iterable[Path]) -> bool:
    """Whether any of the language's pages opted into search (stops at the first: most pages do)."""
    skipped = tuple(others)
    return any(
        MARK in path.read_text(encoding="utf-8")
        for path in folder.rglob("*.html")
        if not any(path.is_relative_to(other) for other in skipped)
    )


class Indexing:
    """Pagefind running on one language's pages (start_index); finish() waits for it."""

    def __init__(self, process: subprocess.Popen[str] | None, bundle: Path, error: str = "") -> None:
        self._process = process
        self._bundle = bundle
        self._error = error

    def finish(self) -> bool:
        """Wait for Pagefind; False (with the reason printed) when indexing failed."""
        if self._error:
            print(FAILED.format(detail=self._error), file=sys.stderr)
            return False
        if self._process is None:
            return True
        try:
            stdout, stderr = self._process.communicate(timeout=600)
        except subprocess.TimeoutExpired as error:
            self.cancel()
            print(FAILED.format(detail=error), file=sys.stderr)
            return False
        if self._process.returncode != 0 or not (self._bundle / "pagefind-entry.json").exists():
            detail = (stderr or stdout).strip() or f"exit code {self._process.returncode}"
            print(FAILED.format(detail=detail), file=sys.stderr)
            return False
        for pattern in UNUSED:
            for path in self._bundle.glob(pattern):
                path.unlink()
        return True

    def cancel(self) -> None:
        """Stop Pagefind (the build failed for another reason)."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.communicate()


def start_index(site: Path, folder: Path, others: Iterable[Path] = ()) -> Indexing:
    """Start Pagefind on the pages of the language written into folder (site, the main language's
    folder, or a folder in it); others: the other languages' folders. Every bundle is indexed from
    the site's root, so result addresses stay site-absolute. It runs while the caller goes on."""
    others = tuple(others)
    bundle = folder / BUNDLE
    # Without a marked page Pagefind would index every page, navigation and lists included.
    if not _has_marked_page(folder, others):
        return Indexing(None, bundle)
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--silent"]
    command += ["--glob", language_glob(site, folder, others), "--output-subdir", bundle.relative_to(site).as_posix()]
    try:
        process = subprocess.Popen(command, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as error:
        return Indexing(None, bundle, str(error))
    return Indexing(process, bundle)
