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


def build_search_index(site: Path) -> bool:
    """Index the built site with Pagefind; False (with the reason printed) when indexing failed."""
    # Without a marked page Pagefind would index every page, navigation and lists included.
    if not marked_pages(site):
        return True
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", BUNDLE, "--silent"]
    try:
        result = subprocess.run(command, text=True, capture_output=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as error:
        print(FAILED.format(detail=error), file=sys.stderr)
        return False
    if result.returncode != 0 or not (site / BUNDLE / "pagefind-entry.json").exists():
        detail = (result.stderr or result.stdout).strip() or f"exit code {result.returncode}"
        print(FAILED.format(detail=detail), file=sys.stderr)
        return False
    for pattern in UNUSED:
        for path in (site / BUNDLE).glob(pattern):
            path.unlink()
    return True
