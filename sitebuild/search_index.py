"""The search index: Pagefind reads the built site (before it is swapped into place) and writes one
bundle per language: output/pagefind/ for the main language, output/sv/pagefind/ for Swedish.

A language's search page only ever searches its own language (Pagefind picks the index by
<html lang>), so each language can have a bundle of its own, and the Pagefind processes run side
by side, one per core: Pagefind is the longest single step of a large build (issue 15).
"""

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

BUNDLE = "pagefind"
MARK = "data-pagefind-body"
# Pagefind's ready-made interfaces: the search page has its own (theme/js/search.js) on pagefind.js.
UNUSED = ("pagefind-ui.*", "pagefind-component-ui.*", "pagefind-modular-ui.*", "pagefind-highlight.js")
HTML_LANG = re.compile(rb"<html[^>]*\slang=\"([^\"]+)\"")

FAILED = (
    "Hakuhakemiston teko epäonnistui (Pagefind): {detail}\n"
    "Tarkista, että requirements.txt:n pagefind[bin] on asennettu (.venv/bin/pip install -r requirements.txt)."
)


@dataclass(frozen=True)
class SearchIndex:
    """What Pagefind wrote: pages per language (from each bundle's pagefind-entry.json) and the bundles' size on disk."""

    pages: dict[str, int]
    bytes_on_disk: int


def marked_pages(site: Path) -> int:
    """How many built pages opted into search (the search_type of base.html)."""
    return sum(1 for path in site.rglob("*.html") if MARK in path.read_text(encoding="utf-8"))


def _lang(home: Path) -> bytes | None:
    try:
        with home.open("rb") as page:
            found = HTML_LANG.search(page.read(2000))
    except OSError:
        return None
    return found.group(1) if found else None


def language_folders(site: Path) -> list[str]:
    """The other languages' folders: top-level folders whose home page declares another <html lang>
    than the site's own (i18n_subsites writes each other language's whole site into one)."""
    main = _lang(site / "index.html")
    return sorted(
        folder.name
        for folder in site.iterdir()
        if folder.is_dir() and _lang(folder / "index.html") not in (None, main) and folder.name != BUNDLE
    )


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


def _commands(site: Path) -> list[tuple[list[str], Path]]:
    """One Pagefind command per language and the bundle it writes. Every bundle is indexed from the
    site's root (a glob picks the language's pages), so result addresses stay site-absolute."""
    others = language_folders(site)
    main_folders = [
        folder.name for folder in sorted(site.iterdir()) if folder.is_dir() and folder.name not in (*others, BUNDLE)
    ]
    globs = [("{*.html," + "".join(f"{name}/**/*.html," for name in main_folders).rstrip(",") + "}", BUNDLE)]
    globs += [(f"{name}/**/*.html", f"{name}/{BUNDLE}") for name in others]
    base = [sys.executable, "-m", "pagefind", "--site", str(site), "--silent"]
    return [([*base, "--glob", glob, "--output-subdir", subdir], site / subdir) for glob, subdir in globs]


class Indexing:
    """Pagefind running on a built site (start_search_index); finish() waits for it."""

    def __init__(self, processes: list[tuple[subprocess.Popen[str], Path]], error: str = "") -> None:
        self._processes = processes
        self._error = error

    def finish(self) -> bool:
        """Wait for Pagefind; False (with the reason printed) when indexing failed."""
        if self._error:
            self.cancel()
            print(FAILED.format(detail=self._error), file=sys.stderr)
            return False
        failed = False
        for process, bundle in self._processes:
            try:
                stdout, stderr = process.communicate(timeout=600)
            except subprocess.TimeoutExpired as error:
                self.cancel()
                print(FAILED.format(detail=error), file=sys.stderr)
                return False
            if process.returncode != 0 or not (bundle / "pagefind-entry.json").exists():
                detail = (stderr or stdout).strip() or f"exit code {process.returncode}"
                print(FAILED.format(detail=detail), file=sys.stderr)
                failed = True
                continue
            for pattern in UNUSED:
                for path in bundle.glob(pattern):
                    path.unlink()
        return not failed

    def cancel(self) -> None:
        """Stop Pagefind (the build failed for another reason)."""
        for process, _ in self._processes:
            if process.poll() is None:
                process.kill()
                process.communicate()


def start_search_index(site: Path) -> Indexing:
    """Start Pagefind on the built site, one process per language; they run while the caller does
    other work (safe_build's link check)."""
    # Without a marked page Pagefind would index every page, navigation and lists included.
    if not marked_pages(site):
        return Indexing([])
    processes: list[tuple[subprocess.Popen[str], Path]] = []
    for command, bundle in _commands(site):
        try:
            processes.append(
                (subprocess.Popen(command, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE), bundle)
            )
        except OSError as error:
            return Indexing(processes, str(error))
    return Indexing(processes)


def build_search_index(site: Path) -> bool:
    """Index the built site with Pagefind; False (with the reason printed) when indexing failed."""
    return start_search_index(site).finish()
