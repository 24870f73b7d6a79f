"""Checks on the Markdown posts, events and pages: every problem at once, with file, line and what to do.

One module per family of rules: fields (metadata), vocabulary (categories, tags, authors),
links (links, images, alternative text, cover) and headings.
"""

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify

from plugins.site_data.problems import Problem
from plugins.site_data.sitedata import SiteData
from plugins.site_data.today import DEFAULT_TIMEZONE
from plugins.site_data.vocabulary import Vocabulary

from .events import event_problems
from .fields import check_fields, check_placeholders
from .files import check_static_files
from .headings import check_headings
from .links import SiteIndex, check_links
from .markup import check_markup
from .source import SourceFile, parse_date, read_metadata
from .structure import check_structure
from .vocabulary import check_vocabulary

# Folders of content/ and what Pelican makes of their files.
CONTENT_FOLDERS = (("posts", "article"), ("events", "event"), ("pages", "page"))

__all__ = ["CONTENT_FOLDERS", "check_content", "parse_date", "read_metadata", "read_sources"]


def _slug(source: SourceFile) -> str:
    return source.value("slug") or slugify(source.value("title"), regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])


def read_sources(
    content_dir: Path, folders: tuple[tuple[str, str], ...] = CONTENT_FOLDERS
) -> tuple[list[SourceFile], list[Problem]]:
    """Every Markdown file under the content folders, and problems with files that cannot be read."""
    sources: list[SourceFile] = []
    problems: list[Problem] = []
    for folder, kind in folders:
        for path in sorted((content_dir / folder).rglob("*.md")):
            try:
                # utf-8-sig: a byte-order mark (some Windows editors write one) is fine; Pelican drops it too.
                text = path.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError:
                problems.append(Problem(path, 0, "Tiedosto ei ole UTF-8-muodossa. Tallenna se UTF-8-merkistöllä."))
                continue
            sources.append(SourceFile.read(path, kind, content_dir, text))
    return sources, problems


def check_content(
    content_dir: Path,
    languages: Mapping[str, Mapping[str, object]],
    vocabulary: Vocabulary | None = None,
    templates: Path | None = None,
    static_paths: tuple[str, ...] = (),
    *,
    site: SiteData | None = None,
    timezone: str = DEFAULT_TIMEZONE,
    today: date | None = None,
    only: frozenset[Path] | None = None,
) -> list[Problem]:
    """Problems in every post, event and page; vocabulary checks run when a vocabulary is given,
    Template: fields are checked against templates (the theme's templates folder) when given, and
    event organisers and places against data/ when its site data is given.

    only (the preview after a save): the rules of one file run on these files alone (absolute
    paths); the rules across files (duplicate addresses, translations, events) still see them all."""
    sources, problems = read_sources(content_dir)
    index = SiteIndex(content_dir, languages)
    for source in sources:
        index.add(source, _slug(source))
    problems.extend(check_static_files(content_dir, static_paths))
    problems.extend(check_structure([(source, _slug(source)) for source in sources], languages, templates))
    for source in sources:
        if only is not None and source.path.resolve() not in only:
            continue
        problems.extend(check_fields(source, languages, today))
        problems.extend(check_placeholders(source))
        if vocabulary is not None and source.kind == "article":
            problems.extend(check_vocabulary(source, vocabulary))
        problems.extend(check_links(source, index))
        problems.extend(check_markup(source))
        problems.extend(check_headings(source))
    if site is not None:
        problems.extend(event_problems(sources, site.members, site.locations, ZoneInfo(timezone)))
    return problems
