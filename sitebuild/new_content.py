"""Create a new post, page or event file for a writer: `make new-post TITLE="..."`.

The file starts as a draft with today's date, the slug from the title (ä→a, ö→o, å→a), the author and
language filled in, and [[placeholders]] to fill; an existing file is never overwritten.
"""

import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from slugify import slugify

from plugins.site_data.problems import Problem
from plugins.site_data.vocabulary import Vocabulary, load_vocabulary

SUMMARY = "[[Kirjoita tähän yksi tai kaksi virkettä: mistä teksti kertoo? Tämä näkyy listoissa ja somessa.]]"
BODY = (
    "[[Kirjoita teksti tähän. Tyhjä rivi aloittaa uuden kappaleen. Väliotsikot, kuvat ja linkit: "
    "katso docs/kirjoittajan-opas.md.]]\n"
)
# Exactly the fields plugins/events reads (sitebuild/content_checks/events.py checks them); the writer
# keeps Online and/or Location or Place and deletes the rest.
EVENT_FIELDS = (
    "Start: [[2026-12-03 13:00]]",
    "End: [[2026-12-03 15:00]]",
    "Online: [[https://linkki-verkkotapahtumaan.example.fi/ tai poista rivi]]",
    "Location: [[tukipaikan tunnus data/locations/-kansiosta tai poista rivi]]",
    "Place: [[muu paikka ja osoite vapaana tekstinä tai poista rivi]]",
    "Organiser: [[järjestävän jäsenen tunnus data/members/-kansiosta]]",
    "Registration: [[https://ilmoittautumislomake.example.fi/ tai poista rivi]]",
    "Registration_deadline: [[2026-12-01 16:00 tai poista rivi]]",
    "Audience: [[members, residents, young-people, seniors tai volunteers]]",
)


class NewContentError(Exception):
    """The file could not be created; the message says why and what to do, in Finnish."""


@dataclass(frozen=True)
class Kind:
    """A kind of content: its folder, how its file is named and which fields it starts with."""

    folder: str
    name: Callable[[date, str, str], str]
    article: bool
    category_index: int = 0


KINDS: dict[str, Kind] = {
    "post": Kind("posts", lambda day, slug, lang: f"{day:%Y-%m}-{slug}.md", article=True),
    "event": Kind("events", lambda day, slug, lang: f"{day:%Y-%m-%d}-{slug}.md", article=False),
    "page": Kind("pages", lambda day, slug, lang: f"{slug}.{lang}.md", article=False),
}


def make_slug(title: str) -> str:
    """The URL part made from a title: lower case, Finnish and Swedish letters to plain ones."""
    return slugify(title, max_length=80, word_boundary=True)


def render(kind: str, title: str, slug: str, lang: str, author: str, day: date, category: str) -> str:
    """The text of a new file."""
    if kind == "event":
        return render_event(title, slug, lang, day)
    lines = [f"Title: {title}", f"Date: {day.isoformat()}", f"Lang: {lang}", f"Slug: {slug}"]
    if KINDS[kind].article:
        lines += [f"Author: {author}", f"Category: {category}", "Tags: ", f"Summary: {SUMMARY}"]
    lines.append("Status: draft")
    head = "\n".join(lines) + "\n"
    return head + "\n" + BODY


def render_event(title: str, slug: str, lang: str, day: date) -> str:
    """The text of a new event file: its fields in the order the writer's guide explains them."""
    lines = [f"Title: {title}", f"Lang: {lang}", f"Slug: {slug}", *EVENT_FIELDS]
    lines += ["Status: draft", f"Modified: {day.isoformat()} 09:00", f"Summary: {SUMMARY}"]
    return "\n".join(lines) + "\n\n" + BODY


def preview_url(
    kind: str, slug: str, lang: str, languages: Mapping[str, Mapping[str, object]], port: int = 8000
) -> str:
    """Where `make serve` shows the new file."""
    prefix = "" if lang == next(iter(languages)) else f"{lang}/"
    words = languages[lang].get("words", {})
    section = f"{words['news']}/" if KINDS[kind].article and isinstance(words, dict) else ""  # type: ignore[index]
    pages = languages[lang].get("pages", {})
    if kind == "event" and isinstance(pages, dict):
        section = f"{pages['events']}/"
    return f"http://127.0.0.1:{port}/{prefix}{section}{slug}/"


def create(
    kind: str,
    title: str,
    lang: str,
    author: str,
    content_dir: Path,
    vocabulary: Vocabulary,
    today: date,
) -> Path:
    """Write the new file and return its path; refuse to overwrite anything."""
    title = " ".join(title.split())
    if not title:
        raise NewContentError(f'Otsikko puuttuu. Kirjoita esimerkiksi: make new-{kind} TITLE="Nuorten digituki alkaa"')
    if lang not in vocabulary.categories:
        raise NewContentError(
            f"Tuntematon kieli '{lang}'. Käytä jotakin näistä: {', '.join(vocabulary.categories)} (esim. LANG=sv)."
        )
    spec = KINDS[kind]
    if spec.article and not author:
        raise NewContentError(
            f'Kirjoittaja puuttuu. Lisää komentoon AUTHOR="Etunimi Sukunimi", esim. AUTHOR="{vocabulary.authors[0]}". '
            f"Tunnetut kirjoittajat: {', '.join(vocabulary.authors)}. Kun git-asetuksesi user.name on yksi näistä, "
            "AUTHOR-kohtaa ei tarvita."
        )
    if spec.article and author not in vocabulary.authors:
        raise NewContentError(
            f"Tuntematon kirjoittaja '{author}'. Tunnetut kirjoittajat: {', '.join(vocabulary.authors)}. "
            f"Uusi kirjoittaja lisätään tiedostoon {vocabulary.path}."
        )
    slug = make_slug(title)
    if not slug:
        raise NewContentError("Otsikosta ei saa tehtyä osoitetta. Käytä otsikossa kirjaimia tai numeroita.")
    folder = content_dir / spec.folder
    path = folder / spec.name(today, slug, lang)
    if path.exists():
        raise NewContentError(
            f"Tiedosto {path} on jo olemassa, eikä sitä korvattu. Avaa se muokattavaksi tai valitse toinen otsikko."
        )
    same_slug = sorted(p for p in folder.glob("*.md") if p.read_text(encoding="utf-8").count(f"\nSlug: {slug}\n"))
    if same_slug:
        raise NewContentError(f"Samalla osoitteella ({slug}) on jo tiedosto {same_slug[0]}. Valitse toinen otsikko.")
    categories = vocabulary.categories[lang]
    category = categories[min(spec.category_index, len(categories) - 1)]
    folder.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:  # "x": never overwrite, even in a race
        handle.write(render(kind, title, slug, lang, author, today, category))
    return path


def git_user_name(cwd: Path) -> str:
    """`git config user.name`, or "" when git or the setting is missing."""
    try:
        return subprocess.run(
            ["git", "config", "user.name"], cwd=cwd, capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        return ""


def known_author(name: str, vocabulary: Vocabulary) -> str:
    """The vocabulary's spelling of name (case and spaces aside), or ""."""
    wanted = " ".join(name.split()).casefold()
    return next((author for author in vocabulary.authors if author.casefold() == wanted), "") if wanted else ""


def default_author(vocabulary: Vocabulary, cwd: Path) -> str:
    """The author from git's user.name when it is a known author, else a prompt on a terminal.

    Outside a terminal (an editor's task runner, CI) nothing is asked: create() then names the known authors.
    """
    name = git_user_name(cwd)
    found = known_author(name, vocabulary)
    if found:
        return found
    if sys.stdin.isatty():
        print(f"Kirjoittajat: {', '.join(vocabulary.authors)}")
        typed = input("Kirjoittajan nimi: ").strip()
        return known_author(typed, vocabulary) or typed
    return ""


def main(
    kind: str,
    title: str,
    lang: str,
    author: str,
    root: Path,
    languages: Mapping[str, Mapping[str, object]],
    today: date,
) -> int:
    """Create the file and tell the writer where it is and how to preview it; return an exit code."""
    problems: list[Problem] = []
    vocabulary = load_vocabulary(root / "data", problems)
    if vocabulary is None:
        for problem in problems:
            print(problem)
        return 1
    if KINDS[kind].article and not author:
        author = default_author(vocabulary, root)
    try:
        path = create(kind, title, lang, author, root / "content", vocabulary, today)
    except NewContentError as error:
        print(f"VIRHE: {error}")
        return 1
    relative = path.relative_to(root)
    print(f"Uusi tiedosto: {relative}")
    print("1. Avaa se tekstieditorissa ja kirjoita [[kaksoishakasulkeissa]] olevien kohtien tilalle oma tekstisi.")
    print(f"2. Esikatsele: make serve ja avaa {preview_url(kind, make_slug(title), lang, languages)}")
    print("   (Teksti on luonnos: se näkyy esikatselussa merkittynä, mutta ei julkaistulla sivustolla.)")
    print("3. Kun teksti on valmis, poista rivi 'Status: draft', tarkista make check ja tee commit.")
    print("Ohjeet: docs/kirjoittajan-opas.md")
    return 0
