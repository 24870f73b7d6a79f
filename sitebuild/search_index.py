"""The search index: Pagefind reads the built site (before it is swapped into place) and writes output/pagefind/."""

import json
import subprocess
import sys
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
    """What Pagefind wrote: pages per language (from pagefind-entry.json) and the bundle's size on disk."""

    pages: dict[str, int]
    bytes_on_disk: int


def marked_pages(site: Path) -> int:
    """How many built pages opted into search (the search_type of base.html)."""
    return sum(1 for path in site.rglob("*.html") if MARK in path.read_text(encoding="utf-8"))


def read_index(site: Path) -> SearchIndex:
    """Pages per language and size of the bundle Pagefind wrote into site."""
    bundle = site / BUNDLE
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    pages = {lang: int(info["page_count"]) for lang, info in entry["languages"].items()}
    size = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file())
    return SearchIndex(pages, size)


class Indexing:
    """Pagefind running on a built site (start_search_index); finish() waits for it."""

    def __init__(self, site: Path, process: subprocess.Popen[str] | None, error: str = "") -> None:
        self.site = site
        self._process = process
        self._error = error

    def finish(self) -> bool:
        """Wait for Pagefind; False (with the reason printed) when indexing failed."""
        if self._process is None:
            if self._error:
                print(FAILED.format(detail=self._error), file=sys.stderr)
            return not self._error
        try:
            stdout, stderr = self._process.communicate(timeout=600)
        except subprocess.TimeoutExpired as error:
            self.cancel()
            print(FAILED.format(detail=error), file=sys.stderr)
            return False
        bundle = self.site / BUNDLE
        if self._process.returncode != 0 or not (bundle / "pagefind-entry.json").exists():
            detail = (stderr or stdout).strip() or f"exit code {self._process.returncode}"
            print(FAILED.format(detail=detail), file=sys.stderr)
            return False
        for pattern in UNUSED:
            for path in bundle.glob(pattern):
                path.unlink()
        return True

    def cancel(self) -> None:
        """Stop Pagefind (the build failed for another reason)."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.communicate()


def start_search_index(site: Path) -> Indexing:
    """Start Pagefind on the built site; it runs while the caller does other work (safe_build's link check)."""
    # Without a marked page Pagefind would index every page, navigation and lists included.
    if not marked_pages(site):
        return Indexing(site, None)
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", BUNDLE, "--silent"]
    try:
        process = subprocess.Popen(command, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as error:
        return Indexing(site, None, str(error))
    return Indexing(site, process)


def build_search_index(site: Path) -> bool:
    """Index the built site with Pagefind; False (with the reason printed) when indexing failed."""
    return start_search_index(site).finish()
