"""Links and images in the body: the target exists, every image has alternative text."""

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from plugins.images.alt import DECORATIVE_ALT
from plugins.images.variants import RASTER_SUFFIXES
from plugins.site_data.files import image_problem, resolves_inside
from plugins.site_data.problems import Problem

from .source import SourceFile

IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<target><[^>]*>|[^)\s]*)(?:\s+\"[^\"]*\")?\)")
LINK = re.compile(r"(?<!!)\[(?P<text>[^\]]*)\]\((?P<target><[^>]*>|[^)\s]*)(?:\s+\"[^\"]*\")?\)")
REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*(?P<target>\S+)")
HTML_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
HTML_ALT = re.compile(r"\balt\s*=", re.IGNORECASE)
EXTERNAL = ("http://", "https://", "mailto:", "tel:", "#", "//", "data:")
PELICAN_FILE = re.compile(r"^\{(filename|static|attach)\}")
# Pelican's list links, plus {support}: the directory of support locations (plugins/directory).
PELICAN_LIST = re.compile(r"^\{(index|category|tag|author|support)\}")
DECORATIVE_EXAMPLE = "![koristekuva](/images/kuva.jpg)"


@dataclass
class SiteIndex:
    """What links may point to: page and post slugs per language and the URL words of each language."""

    content_dir: Path
    languages: Mapping[str, Mapping[str, object]]
    page_slugs: dict[str, set[str]] = field(default_factory=dict)
    post_slugs: dict[str, set[str]] = field(default_factory=dict)

    def add(self, source: SourceFile, slug: str) -> None:
        """Record the slug of a post or page."""
        target = self.post_slugs if source.kind == "article" else self.page_slugs
        target.setdefault(source.lang, set()).add(slug)

    def site_path_exists(self, path: str) -> bool:
        """True when a root-relative URL (/tietoa/, /sv/nyheter/x/, /images/a.jpg) leads to something."""
        clean = path.split("#")[0].split("?")[0]
        if (self.content_dir / clean.lstrip("/")).is_file() or clean.startswith("/theme/"):
            return True
        segments = [s for s in clean.strip("/").split("/") if s]
        langs = list(self.languages)
        lang = langs[0] if langs else ""
        if segments and segments[0] in langs[1:]:
            lang = segments.pop(0)
        if not segments:
            return True
        spec = self.languages.get(lang, {})
        words = dict(spec.get("words", {}) or {})  # type: ignore[call-overload]
        if segments[0] == words.get("news"):
            return len(segments) == 1 or segments[1] in self.post_slugs.get(lang, set()) | set(words.values()) | {
                "feeds",
                "page",
            }
        pages = dict(spec.get("pages", {}) or {})  # type: ignore[call-overload]
        if segments[0] == pages.get("events"):
            return True  # the event lists and pages plugins/events writes
        return segments[0] in self.page_slugs.get(lang, set())


def resolve_file(source: SourceFile, target: str) -> Path:
    """The file a {filename}/{static} or relative reference points to."""
    target = PELICAN_FILE.sub("", target).split("#")[0].split("?")[0]
    if target.startswith("/"):
        return source.content_dir / target.lstrip("/")
    return (source.path.parent / target).resolve()


def _image_problem(path: Path) -> str | None:
    """image_problem for photos the build resizes; SVGs are checked with the static files."""
    return image_problem(path) if path.suffix.lower() in RASTER_SUFFIXES else None


def _unwrap(target: str) -> str:
    return target[1:-1] if target.startswith("<") and target.endswith(">") else target


def check_target(source: SourceFile, index: SiteIndex, line: int, target: str, what: str) -> Iterator[Problem]:
    """A problem when a link or image target does not exist."""
    target = _unwrap(target)
    if not target or target.startswith(EXTERNAL) or PELICAN_LIST.match(target):
        return
    last_segment = target.split("#")[0].split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    if PELICAN_FILE.match(target) or not target.startswith("/") or "." in last_segment:
        path = resolve_file(source, target)
        if not resolves_inside(path, source.content_dir):
            yield Problem(
                source.path,
                line,
                f"{what} '{target}' osoittaa kansion content/ ulkopuolelle. Tallenna tiedosto kansioon content/ "
                "(kuvat: content/images/) ja viittaa siihen sieltä.",
            )
        elif not path.exists():
            yield Problem(
                source.path,
                line,
                f"{what} '{target}' osoittaa tiedostoon, jota ei ole. Tarkista tiedoston nimi ja kansio "
                "(kirjoitukset: {filename}/posts/tiedosto.md, kuvat: /images/kuva.jpg).",
            )
        elif what == "Kuva" and (problem := _image_problem(path)):
            yield Problem(source.path, line, f"Kuva '{target}': {problem}")
    elif not index.site_path_exists(target):
        yield Problem(
            source.path,
            line,
            f"{what} '{target}' osoittaa sivulle, jota sivustolla ei ole. Tarkista osoite; toiseen kirjoitukseen "
            "linkitä muodossa [teksti]({filename}/posts/tiedosto.md).",
        )


def check_links(source: SourceFile, index: SiteIndex) -> Iterator[Problem]:
    """Missing link targets, missing images and images without alternative text."""
    for number, line in source.body_lines():
        for match in IMAGE.finditer(line):
            if not match["alt"].strip():
                yield Problem(
                    source.path,
                    number,
                    f"Kuvalta puuttuu vaihtoehtoinen teksti (alt). Kirjoita hakasulkeisiin, mitä kuvassa näkyy: "
                    f"![Kuvaus kuvasta]({match['target']}). Jos kuva on pelkkä koriste, kirjoita {DECORATIVE_EXAMPLE.replace('/images/kuva.jpg', match['target'])}.",
                    "alt",
                )
            yield from check_target(source, index, number, match["target"], "Kuva")
        for match in LINK.finditer(line):
            yield from check_target(source, index, number, match["target"], "Linkki")
        reference = REFERENCE.match(line)
        if reference:
            yield from check_target(source, index, number, reference["target"], "Linkki")
        for tag in HTML_IMG.findall(line):
            if not HTML_ALT.search(tag):
                yield Problem(
                    source.path,
                    number,
                    f'Kuvalta puuttuu alt-teksti: {tag}. Lisää alt="kuvaus kuvasta" (koristekuvaan alt="koristekuva").',
                    "alt",
                )
    yield from check_cover(source)


def check_cover(source: SourceFile) -> Iterator[Problem]:
    """A cover image exists and has alternative text (or is explicitly decorative)."""
    cover = source.value("cover")
    if not cover:
        if source.value("cover_alt"):
            yield Problem(
                source.path,
                source.line_of("cover_alt"),
                "Kuvan kuvaus on annettu, mutta kansikuva puuttuu. Lisää rivi 'Cover: /images/kuva.jpg'.",
                "Cover_alt",
            )
        return
    path = resolve_file(source, cover)
    if not resolves_inside(path, source.content_dir):
        yield Problem(
            source.path,
            source.line_of("cover"),
            f"Kansikuva '{cover}' on kansion content/ ulkopuolella. Tallenna kuva kansioon content/images/ ja "
            "kirjoita 'Cover: /images/tiedostonimi.jpg'.",
            "Cover",
        )
    elif path.is_file() and (problem := _image_problem(path)):
        yield Problem(source.path, source.line_of("cover"), f"Kansikuva '{cover}': {problem}", "Cover")
    elif not path.is_file():
        yield Problem(
            source.path,
            source.line_of("cover"),
            f"Kansikuvaa '{cover}' ei löydy. Tallenna kuva kansioon content/images/ ja kirjoita 'Cover: /images/tiedostonimi.jpg'.",
            "Cover",
        )
    if not source.value("cover_alt"):
        words = " tai ".join(sorted(DECORATIVE_ALT - {"decorative"}))
        yield Problem(
            source.path,
            source.line_of("cover"),
            f"Kansikuvalta puuttuu vaihtoehtoinen teksti. Lisää rivi 'Cover_alt: mitä kuvassa näkyy'. "
            f"Jos kuva on pelkkä koriste, kirjoita 'Cover_alt: {words}'.",
            "Cover_alt",
        )
