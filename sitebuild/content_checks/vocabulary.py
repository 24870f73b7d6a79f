"""Categories, tags and authors against data/vocabulary.yaml."""

from collections.abc import Iterator

from plugins.site_data.problems import Problem
from plugins.site_data.vocabulary import Vocabulary

from .source import SourceFile


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def check_vocabulary(source: SourceFile, vocabulary: Vocabulary) -> Iterator[Problem]:
    """Unknown categories and authors are errors; a tag spelling variant is an error, a new tag a warning."""
    path, lang = source.path, source.lang
    where = vocabulary.path
    if lang not in vocabulary.categories:
        return  # an unknown or missing language is reported by the field checks
    category = source.value("category")
    allowed = vocabulary.categories.get(lang, [])
    if category and category not in allowed:
        same = [c for c in allowed if c.casefold() == category.casefold()]
        hint = f"Kirjoita se muodossa '{same[0]}'." if same else f"Käytä jotakin näistä: {', '.join(allowed)}."
        yield Problem(
            path,
            source.line_of("category"),
            f"Tuntematon kategoria '{category}'. {hint} (Kategoriat: {where})",
            "Category",
        )
    for tag in _split(source.value("tags")):
        canonical = vocabulary.canonical_tag(lang, tag)
        if canonical is None:
            yield Problem(
                path,
                source.line_of("tags"),
                f"Uusi avainsana '{tag}'. Jos se on tarkoituksellinen, lisää se tiedostoon {where}; "
                f"muuten käytä olemassa olevaa: {', '.join(vocabulary.tags.get(lang, []))}.",
                "Tags",
                warning=True,
            )
        elif canonical != tag:
            yield Problem(
                path,
                source.line_of("tags"),
                f"Avainsana '{tag}' kirjoitetaan muodossa '{canonical}'. Korjaa se.",
                "Tags",
            )
    field = "authors" if "authors" in source.meta else "author"
    for author in _split(source.value(field)):
        if author not in vocabulary.authors:
            yield Problem(
                path,
                source.line_of(field),
                f"Tuntematon kirjoittaja '{author}'. Tarkista nimen kirjoitusasu tai lisää uusi kirjoittaja tiedostoon {where}. "
                f"Tunnetut kirjoittajat: {', '.join(vocabulary.authors)}.",
                field.capitalize(),
            )
