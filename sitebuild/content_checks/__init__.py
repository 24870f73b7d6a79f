"""Checks on the Markdown posts, events and pages: every problem at once, with file, line and what to do.

One module per family of rules: fields (metadata), vocabulary (categories, tags, authors),
links (links, images, alternative text, cover) and headings.
"""

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify

from plugins.site_data.problems import Problem
from plugins.site_data.vocabulary import Vocabulary

from .fields import check_fields, check_placeholders
from .headings import check_headings
from .links import SiteIndex, check_links
from .source import SourceFile, parse_date, read_metadata
from .vocabulary import check_vocabulary

# Folders of content/ and what Pelican makes of their files.
CONTENT_FOLDERS = (("posts", "article"), ("events", "article"), ("pages", "page"))

__all__ = ["CONTENT_FOLDERS", "check_content", "parse_date", "read_metadata"]


def _slug(source: SourceFile) -> str:
    return source.value("slug") or slugify(source.value("title"), regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])


def read_sources(content_dir: Path) -> tuple[list[SourceFile], list[Problem]]:
    """Every Markdown file under the content folders, and problems with files that cannot be read."""
    sources: list[SourceFile] = []
    problems: list[Problem] = []
    for folder, kind in CONTENT_FOLDERS:
        for path in sorted((content_dir / folder).rglob("*.md")):
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                problems.append(Problem(path, 0, "Tiedosto ei ole UTF-8-muodossa. Tallenna se UTF-8-merkistöllä."))
                continue
            sources.append(SourceFile.read(path, kind, content_dir, text))
    return sources, problems


def check_content(
    content_dir: Path,
    languages: Mapping[str, Mapping[str, object]],
    vocabulary: Vocabulary | None = None,
    today: date | None = None,
) -> list[Problem]:
    """Problems in every post, event and page; vocabulary checks run when a vocabulary is given."""
    sources, problems = read_sources(content_dir)
    index = SiteIndex(content_dir, languages)
    for source in sources:
        index.add(source, _slug(source))
    for source in sources:
        problems.extend(check_fields(source, languages, today))
        problems.extend(check_placeholders(source))
        if vocabulary is not None and source.kind == "article":
            problems.extend(check_vocabulary(source, vocabulary))
        problems.extend(check_links(source, index))
        problems.extend(check_headings(source))
    return problems
