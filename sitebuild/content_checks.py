"""Checks on the Markdown posts and pages, each yielding every problem with file and line."""

import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path

from plugins.site_data.problems import Problem

METADATA_LINE = re.compile(r"^(?P<key>[A-Za-z_][A-Za-z0-9_ -]*):\s*(?P<value>.*)$")
DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S")


def read_metadata(text: str) -> dict[str, tuple[int, str]]:
    """The metadata block at the top of a Markdown file: lower-case key -> (line number, value)."""
    found: dict[str, tuple[int, str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            break
        match = METADATA_LINE.match(line)
        if match:
            found[match["key"].strip().lower()] = (number, match["value"].strip())
        elif not line.startswith((" ", "\t")):
            break
    return found


def parse_date(value: str) -> datetime | None:
    """A date in one of the formats the writer's guide allows, or None."""
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern)
        except ValueError:
            continue
    return None


def check_file(path: Path, kind: str, languages: Mapping[str, object]) -> Iterator[Problem]:
    """Problems in one post ('article') or page ('page')."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        yield Problem(path, 0, "Tiedosto ei ole UTF-8-muodossa. Tallenna se UTF-8-merkistöllä.")
        return
    meta = read_metadata(text)
    first_body_line = max((line for line, _ in meta.values()), default=0) + 1
    if "title" not in meta or not meta["title"][1]:
        yield Problem(path, 1, "Otsikko puuttuu. Lisää alkuun rivi 'Title: Otsikko'.", "Title")
    lang_line, lang = meta.get("lang", (1, ""))
    if not lang:
        yield Problem(path, 1, f"Kieli puuttuu. Lisää rivi 'Lang: fi' tai 'Lang: sv' (sallitut: {', '.join(languages)}).", "Lang")
    elif lang not in languages:
        yield Problem(path, lang_line, f"Tuntematon kieli '{lang}'. Käytä jotakin näistä: {', '.join(languages)}.", "Lang")
    if "date" in meta and parse_date(meta["date"][1]) is None:
        yield Problem(path, meta["date"][0], f"Päivämäärä '{meta['date'][1]}' ei kelpaa. Kirjoita se muodossa 2026-11-26 tai 2026-11-26 09:00.", "Date")
    if kind == "article":
        for field, hint in (("date", "Date: 2026-11-26"), ("author", "Author: Etunimi Sukunimi"), ("category", "Category: Blogi")):
            if field not in meta or not meta[field][1]:
                yield Problem(path, first_body_line, f"Kenttä puuttuu. Lisää alkuun rivi '{hint}'.", field.capitalize())


def check_content(content_dir: Path, languages: Mapping[str, object]) -> list[Problem]:
    """Problems in every post (content/posts) and page (content/pages)."""
    problems: list[Problem] = []
    for folder, kind in (("posts", "article"), ("pages", "page")):
        for path in sorted((content_dir / folder).rglob("*.md")):
            problems.extend(check_file(path, kind, languages))
    return problems
