"""Pelican receivers: the search page per language, then (when every page is written) the search
index, the A-Ö index and the sitemap."""

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

from .index import Indexing, start_index
from .pages import built_pages, page_url, read_so_far, remember
from .site_index import IndexEntry, letter_groups
from .sitemap import robots_with_sitemap, sitemap_xml


class SearchGenerator(Generator):
    """Writes the search page; keeps itself for the A-Ö index, which needs every other page written first."""

    def generate_context(self) -> None:
        """Nothing to read: the search page and the index are made from the built pages."""

    def generate_output(self, writer: Any) -> None:
        """Write this language's search page."""
        urls = site_urls(self)
        write_page(self, writer, self.settings["SEARCH_URL"], "search", urls.every_lang("SEARCH_URL"))
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


def write_site_index(generator: SearchGenerator, output: Path) -> None:
    """Write the A-Ö index of this language: every page that opted into search, by title."""
    settings = generator.settings
    lang = settings["DEFAULT_LANG"]
    siteurl = settings["SITEURL"]
    # Another language's folder that its own process may still be writing holds none of this language's pages.
    elsewhere = language_passes.still_written()
    entries = [
        IndexEntry(page.title, join_url(siteurl, page_url(output, page.path)))
        for page in built_pages(output, skip=elsewhere)
        if page.lang == lang and page.indexed and page.title
    ]
    writer = Writer(str(output), settings=settings)
    urls = site_urls(generator)
    write_page(
        generator,
        writer,
        settings["SITE_INDEX_URL"],
        "site_index",
        urls.every_lang("SITE_INDEX_URL"),
        letter_groups=letter_groups(entries),
    )


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


def start_search_index(output: Path, settings: dict[str, Any]) -> Indexing | None:
    """Production builds (SEARCH_INDEX): start Pagefind on this language's pages, written into
    output (the site's root for the main language, its own folder in it for another)."""
    if not settings.get("SEARCH_INDEX"):
        return None
    main = settings["REGION"].main_lang
    if settings["DEFAULT_LANG"] != main:
        return start_index(output.parent, output)  # i18n_subsites' folder of this language
    return start_index(output, output, [output / lang for lang in settings["LANGUAGE_URLS"] if lang != main])


def finalized(pelican: Any) -> None:
    """After each language: its search index (beside the rest) and A-Ö index; after the last
    language: the sitemap of the whole site."""
    settings = pelican.settings
    lang = settings["DEFAULT_LANG"]
    output = Path(pelican.output_path).resolve()
    # The A-Ö index and the sitemap are not searched: this language's searchable pages are written.
    indexing = start_search_index(output, settings)
    try:
        _write_indexes(output, settings)
    except BaseException:
        if indexing is not None:  # the build fails: Pagefind must not go on writing into its folder
            indexing.cancel()
        raise
    if indexing is not None and not indexing.finish():
        # The messages are above; like a failed language pass, this fails the build (exit code 1).
        logger.critical(INDEX_FAILED.format(lang=lang))
        raise SystemExit(1)


def _write_indexes(output: Path, settings: dict[str, Any]) -> None:
    """This language's A-Ö index; after the last language, the sitemap of the whole site."""
    lang = settings["DEFAULT_LANG"]
    generator = _BUILD.generators.get(lang)
    if generator is not None:
        write_site_index(generator, output)
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
