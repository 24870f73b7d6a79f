"""Pelican receivers: when every page of a language is written, its search index, search page and
A-Ö index; when every language's is, the sitemap."""

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import Generator
from pelican.writers import Writer

from plugins.language_passes import fork as language_passes
from plugins.pages import site_urls, write_page
from plugins.site_i18n.urls import join_url

from .index import Indexing, bundle_folders, start_index
from .pages import BuiltPage, built_pages, page_url, read_so_far, remember
from .site_index import IndexEntry, letter_groups
from .sitemap import robots_with_sitemap, sitemap_xml


class SearchGenerator(Generator):
    """Keeps itself for the search page and the A-Ö index, which are written when every other page
    is (finalized): the search page names the bundles the language's pages were split into."""

    def generate_context(self) -> None:
        """Nothing to read: the search page and the index are made from the built pages."""

    def generate_output(self, writer: Any) -> None:
        """Nothing yet: see finalized."""
        _BUILD.generators[str(self.settings["DEFAULT_LANG"])] = self


@dataclass
class _Build:
    """What this build process has seen so far (languages run in turn in it; the main language's
    process also gets what the other languages' process saw, see finalized)."""

    generators: dict[str, SearchGenerator] = field(default_factory=dict)
    lastmod: dict[Path, date] = field(default_factory=dict)
    finished: set[str] = field(default_factory=set)
    main: tuple[Path, dict[str, Any]] | None = None


_BUILD = _Build()
logger = logging.getLogger(__name__)
INDEX_FAILED = "Kielen {lang} hakuhakemistoa ei saatu tehtyä (syy yllä)."


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def record_lastmod(path: str, context: dict[str, Any]) -> None:
    """Remember the content or data date of each written page (a post's or page's modified date, a location's check)."""
    for key in ("article", "page", "location", "event"):
        item = context.get(key)
        found = next(
            (d for d in (_date(getattr(item, name, None)) for name in ("modified", "date", "checked")) if d), None
        )
        if item is not None and found:
            _BUILD.lastmod[Path(path).resolve()] = found
            return


def searchable_pages(output: Path, lang: str) -> list[BuiltPage]:
    """This language's written pages that opted into search (<main data-pagefind-body>), by path."""
    # Another language's folder that its own process may still be writing holds none of this language's pages.
    elsewhere = language_passes.still_written()
    return [page for page in built_pages(output, skip=elsewhere) if page.lang == lang and page.indexed]


def write_search_page(generator: SearchGenerator, output: Path, bundles: list[Path]) -> None:
    """Write this language's search page, on the bundles its pages are indexed into (folders in output)."""
    settings = generator.settings
    urls = [join_url(settings["SITEURL"], bundle.relative_to(output).as_posix() + "/") for bundle in bundles]
    _write_late_page(generator, output, "SEARCH_URL", "search", search_bundles=urls)


def write_site_index(generator: SearchGenerator, output: Path, searchable: list[BuiltPage]) -> None:
    """Write the A-Ö index of this language: every page that opted into search, by title."""
    settings = generator.settings
    siteurl = settings["SITEURL"]
    entries = [
        IndexEntry(page.title, join_url(siteurl, page_url(output, page.path))) for page in searchable if page.title
    ]
    _write_late_page(generator, output, "SITE_INDEX_URL", "site_index", letter_groups=letter_groups(entries))


def _write_late_page(generator: SearchGenerator, output: Path, url_setting: str, template: str, **values: Any) -> None:
    """Write a page of this language after Pelican's own writing (finalized), with a writer of its own."""
    settings = generator.settings
    writer = Writer(str(output), settings=settings)
    urls = site_urls(generator).every_lang(url_setting)
    write_page(generator, writer, settings[url_setting], template, urls, **values)


def write_sitemap(output: Path, settings: dict[str, Any]) -> None:
    """Write sitemap.xml of every language (no error pages, no noindex pages) and point robots.txt to it."""
    siteurl = settings["SITEURL"]
    pages = [
        (page_url(output, page.path), page)
        for page in built_pages(output)
        if page.path.name != "404.html" and not page.noindex and page.lang
    ]
    lastmod = {page_url(output, path): day for path, day in _BUILD.lastmod.items() if path.is_relative_to(output)}
    (output / "sitemap.xml").write_text(sitemap_xml(siteurl, pages, lastmod), encoding="utf-8")
    robots = output / "robots.txt"
    if robots.exists():
        sitemap_url = join_url(siteurl, "sitemap.xml")
        robots.write_text(robots_with_sitemap(robots.read_text(encoding="utf-8"), sitemap_url), encoding="utf-8")


def start_search_index(output: Path, settings: dict[str, Any], searchable: list[BuiltPage]) -> Indexing | None:
    """Production builds (SEARCH_INDEX): start Pagefind on this language's searchable pages, written
    into output (the site's root for the main language, its own folder in it for another)."""
    if not settings.get("SEARCH_INDEX"):
        return None
    site = output.parent if settings["DEFAULT_LANG"] != settings["REGION"].main_lang else output
    pages = [page.path for page in searchable]
    return start_index(site, output, pages, int(settings["SEARCH_PAGES_PER_BUNDLE"]))


def finalized(pelican: Any) -> None:
    """After each language: its search index (beside the rest), search page and A-Ö index; after the
    last language: the sitemap of the whole site."""
    settings = pelican.settings
    lang = settings["DEFAULT_LANG"]
    output = Path(pelican.output_path).resolve()
    # The search page, the A-Ö index and the sitemap are not searched: this language's searchable pages are written.
    searchable = searchable_pages(output, lang)
    indexing = start_search_index(output, settings, searchable)
    try:
        _write_pages(output, settings, searchable, indexing.bundles if indexing else [])
    except BaseException:
        if indexing is not None:  # the build fails: Pagefind must not go on writing into its folder
            indexing.cancel()
        raise
    if indexing is not None and not indexing.finish():
        # The messages are above; like a failed language pass, this fails the build (exit code 1).
        logger.critical(INDEX_FAILED.format(lang=lang))
        raise SystemExit(1)


def _write_pages(output: Path, settings: dict[str, Any], searchable: list[BuiltPage], bundles: list[Path]) -> None:
    """This language's search page (on bundles; without an index, where its first bundle would be) and
    A-Ö index; after the last language, the sitemap of the whole site."""
    lang = settings["DEFAULT_LANG"]
    generator = _BUILD.generators.get(lang)
    if generator is not None:
        write_search_page(generator, output, bundles or bundle_folders(output, 1))
        write_site_index(generator, output, searchable)
    if lang == settings["REGION"].main_lang:
        # The other languages may be built beside this one, in another process (plugins/language_passes):
        # their pages must be written before the sitemap reads the output. That process has read its
        # pages already (for its own index): they are not parsed again here.
        for lastmod, finished, read in language_passes.results("search"):
            _BUILD.lastmod.update(lastmod)
            _BUILD.finished |= finished
            remember(read)
        _BUILD.main = (output, settings)
    _BUILD.finished.add(lang)
    language_passes.hand_over("search", (_BUILD.lastmod, _BUILD.finished, read_so_far()))
    if _BUILD.main and _BUILD.finished >= set(settings["LANGUAGE_URLS"]):
        write_sitemap(*_BUILD.main)


def get_generators(pelican: Any) -> type[SearchGenerator]:
    """Add the generator that writes the search page."""
    return SearchGenerator


def register() -> None:
    """Connect the receivers (module-level functions: signals hold weak references)."""
    signals.get_generators.connect(get_generators)
    signals.content_written.connect(record_lastmod)
    signals.finalized.connect(finalized)
