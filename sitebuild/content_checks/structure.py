"""Every output path has one source: unique slugs, no page on a generated URL, no path leaving output/.

Pelican would stop on the second file written to one path (with a traceback) or, for pages
and posts in different folders, let one silently replace the other; this says which files clash.
"""

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from plugins.site_data.problems import Problem

from .source import SourceFile

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SAVE_AS = re.compile(r"^(?:[a-z0-9]+(?:-[a-z0-9]+)*/)*[a-z0-9]+(?:-[a-z0-9]+)*\.html$")
# Folders of the output that no page may take: static files, the theme, open data, feeds.
GENERATED_FOLDERS = frozenset({"theme", "images", "materials", "extra", "avoin-data", "feeds"})


def reserved_slugs(lang: str, languages: Mapping[str, Mapping[str, object]]) -> set[str]:
    """First URL segments the build itself writes in lang: list words, the directory, other languages."""
    spec = languages.get(lang, {})
    words = dict(spec.get("words", {}) or {})  # type: ignore[call-overload]
    pages = dict(spec.get("pages", {}) or {})  # type: ignore[call-overload]
    return set(words.values()) | {pages.get("support", "")} | set(languages) | GENERATED_FOLDERS - {""}


def check_structure(
    sources: list[tuple[SourceFile, str]],
    languages: Mapping[str, Mapping[str, object]],
    templates: Path | None = None,
) -> Iterator[Problem]:
    """Problems with slugs, Save_as, Url and Template of (source, slug) pairs, and clashes between them."""
    owners: dict[tuple[str, str, str], SourceFile] = {}
    for source, slug in sources:
        for field in ("slug", "save_as", "url"):
            value = source.value(field)
            pattern = SLUG if field == "slug" else SAVE_AS
            if value and not pattern.match(value):
                example = "uusi-kirjoitus" if field == "slug" else "sivu.html"
                yield Problem(
                    source.path,
                    source.line_of(field),
                    f"'{value}' ei kelpaa: käytä vain pieniä kirjaimia a–z, numeroita ja väliviivoja "
                    f"(esim. {example}); ei kauttaviivaa alussa eikä '..'.",
                    field.capitalize(),
                )
        template = source.value("template")
        if template and templates is not None and not (templates / f"{template}.html").is_file():
            yield Problem(
                source.path,
                source.line_of("template"),
                f"Sivupohjaa '{template}' ei ole (kansiossa {templates.parent.name}/{templates.name}). Poista rivi tai korjaa nimi.",
                "Template",
            )
        if source.is_draft:
            continue
        group = "news" if source.kind == "article" else "page"
        if group == "page" and slug in reserved_slugs(source.lang, languages) and not source.value("save_as"):
            yield Problem(
                source.path,
                source.line_of("slug", source.line_of("title")),
                f"Sivun osoite '{slug}' on jo sivuston oma osoite (listat, hakemisto tai kieliversio). "
                "Anna sivulle toinen Slug.",
                "Slug",
            )
        key = (group, source.lang, source.value("save_as") or slug)
        first = owners.setdefault(key, source)
        if first is not source:
            yield Problem(
                source.path,
                source.line_of("slug", source.line_of("title")),
                f"Sama osoite '{key[2]}' kuin tiedostolla {first.path}; vain toinen julkaistaisiin. "
                "Anna toiselle oma Slug.",
                "Slug",
            )
