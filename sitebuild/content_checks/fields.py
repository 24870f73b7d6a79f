"""Metadata fields: title, language, date, required fields, summary, placeholders, sharing title."""

import re
from collections.abc import Iterator, Mapping
from datetime import date

from plugins.site_data.problems import Problem
from plugins.site_data.today import build_date

from .source import SourceFile, parse_date

# Social media cut titles longer than this in link previews.
SHARE_TITLE_MAX = 70
# What `make new-post` leaves for the writer to fill in: [[like this]].
PLACEHOLDER = re.compile(r"\[\[[^\]]*\]\]")


def check_fields(source: SourceFile, languages: Mapping[str, object], today: date | None = None) -> Iterator[Problem]:
    """Problems in the metadata block of one post or page (a missing date suggests today, the build's day)."""
    path, meta = source.path, source.meta
    if not source.value("title"):
        yield Problem(path, 1, "Otsikko puuttuu. Lisää alkuun rivi 'Title: Otsikko'.", "Title")
    lang = source.lang
    if not lang:
        yield Problem(
            path, 1, f"Kieli puuttuu. Lisää rivi 'Lang: fi' tai 'Lang: sv' (sallitut: {', '.join(languages)}).", "Lang"
        )
    elif lang not in languages:
        yield Problem(
            path,
            source.line_of("lang"),
            f"Tuntematon kieli '{lang}'. Käytä jotakin näistä: {', '.join(languages)}.",
            "Lang",
        )
    if "date" in meta and parse_date(meta["date"][1]) is None:
        yield Problem(
            path,
            meta["date"][0],
            f"Päivämäärä '{meta['date'][1]}' ei kelpaa. Kirjoita se muodossa 2026-11-26 tai 2026-11-26 09:00.",
            "Date",
        )
    status = source.value("status").lower()
    if source.kind == "event":
        return  # an event's status, dates and the rest are checked by events.py
    if status and status not in ("draft", "published", "hidden"):
        yield Problem(
            path,
            source.line_of("status"),
            f"Tila '{status}' ei kelpaa. Luonnokselle kirjoita 'Status: draft'; julkaistavasta tekstistä poista koko rivi.",
            "Status",
        )
    if source.kind != "article":
        return
    if not source.value("date"):
        # New files put Date: right under Title: (sitebuild/new_content.py); point there, not at the body.
        title_line = source.line_of("title")
        yield Problem(
            path,
            title_line,
            f"Päivämäärä puuttuu. Lisää rivin {title_line} alle rivi 'Date: {(today or build_date()).isoformat()}' "
            "(julkaisupäivä; tänään on se päivä, jona julkaiset).",
            "Date",
            code="date-missing",
        )
    for name, hint in (
        ("author", "Author: Etunimi Sukunimi"),
        ("category", "Category: Blogi"),
    ):
        if not source.value(name):
            yield Problem(
                path, source.first_body_line, f"Kenttä puuttuu. Lisää alkuun rivi '{hint}'.", name.capitalize()
            )
    if not source.value("summary"):
        yield Problem(
            path,
            source.first_body_line,
            "Tiivistelmä puuttuu. Lisää alkuun rivi 'Summary: Yksi tai kaksi virkettä siitä, mistä kirjoitus kertoo.' "
            "Tiivistelmä näkyy uutislistoissa ja kun kirjoitus jaetaan somessa.",
            "Summary",
            warning=source.is_draft,
        )
    yield from _check_share_title(source)


def _check_share_title(source: SourceFile) -> Iterator[Problem]:
    title = source.value("title")
    share_title = source.value("share_title")
    if share_title and len(share_title) > SHARE_TITLE_MAX:
        yield Problem(
            source.path,
            source.line_of("share_title"),
            f"Jako-otsikossa on {len(share_title)} merkkiä; some näyttää noin {SHARE_TITLE_MAX}. Lyhennä sitä.",
            "Share_title",
            warning=True,
        )
    elif not share_title and len(title) > SHARE_TITLE_MAX:
        yield Problem(
            source.path,
            source.line_of("title"),
            f"Otsikossa on {len(title)} merkkiä; some näyttää jaetusta linkistä noin {SHARE_TITLE_MAX}. "
            "Lyhennä otsikkoa tai lisää rivi 'Share_title: Lyhyempi otsikko somea varten'.",
            "Title",
            warning=True,
        )


def check_placeholders(source: SourceFile) -> Iterator[Problem]:
    """Text left in [[double brackets]] by `make new-post`: fine in a draft, an error when published."""
    for number, line in enumerate(source.text.splitlines(), start=1):
        match = PLACEHOLDER.search(line)
        if match:
            yield Problem(
                source.path,
                number,
                f"Täytettävä kohta {match[0]} on vielä jäljellä. Kirjoita sen tilalle oma tekstisi.",
                warning=source.is_draft,
            )
