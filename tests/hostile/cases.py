"""Hostile and careless inputs as tables: each row changes a project copy in one way.

REFUSED rows must stop `make check`/`make build` with a Finnish message naming the file and
line; ACCEPTED rows build, with the value shown as text (tests/hostile/test_hostile_input.py).
Rows of one table share a project copy, so one build proves them all: each row uses its own files.
"""

import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

POST = (
    "Title: {title}\nDate: 2026-10-01\nLang: fi\nAuthor: Joel Aaltonen\nCategory: Uutiset\n"
    "Tags: nuorten digituki\nSummary: Tiivistelmä.\n{extra}\n\n{body}\n"
)
# Lines of POST: the extra field is line 8, the body starts at line 10.
EXTRA_LINE, BODY_LINE = 8, 10


def post(project: Path, name: str, body: str = "Teksti.", extra: str = "Slug: {slug}", title: str = "") -> None:
    """A post in content/posts/<name>.md that passes every check except what the row breaks."""
    text = POST.format(title=title or f"Testi {name}", extra=extra.format(slug=name), body=body)
    (project / "content" / "posts" / f"{name}.md").write_text(text, encoding="utf-8")


def page(project: Path, name: str, extra: str) -> None:
    """A Finnish page in content/pages/<name>.fi.md."""
    (project / "content" / "pages" / f"{name}.fi.md").write_text(
        f"Title: Sivu {name}\nLang: fi\n{extra}\n\nTeksti.\n", encoding="utf-8"
    )


def outside_file(project: Path, name: str) -> Path:
    """A file beside the project copy (outside it), holding a marker that must never be published."""
    target = project.parent / f"outside-{name}"
    target.write_bytes(b"SECRET-OUTSIDE-THE-PROJECT " + name.encode())
    return target


def symlink(project: Path, link: str, name: str) -> None:
    """project/link -> a file outside the project."""
    os.symlink(outside_file(project, name), project / link)


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width x height pixels: a decompression bomb's first bytes."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    ihdr = struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    data = zlib.compress(b"\0" * 64)
    idat = struct.pack(">I", len(data)) + b"IDAT" + data + struct.pack(">I", zlib.crc32(b"IDAT" + data))
    return b"\x89PNG\r\n\x1a\n" + ihdr + idat


def replace_in(project: Path, relative: str, old: str, new: str) -> None:
    """Replace text in one file of the project copy."""
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def nested_yaml(depth: int) -> str:
    """A block mapping nested depth levels deep."""
    return "".join(f"{'  ' * level}a:\n" for level in range(depth)) + f"{'  ' * depth}b: 1\n"


ALIAS_BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9) if previous else ', '.join(['x'] * 9)}]\n"
    for previous, name in zip(["", "a", "b", "c", "d", "e", "f", "g"], "abcdefgh", strict=True)
)
MEMBER = "data/members/digiapu-oy.yaml"  # the member with a logo (line 15: its file)
ROOT = Path(__file__).resolve().parent.parent.parent


def line_of(relative: str, text: str) -> int:
    """The line of the first occurrence of text in the project's own copy of a file."""
    lines = (ROOT / relative).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def append_to(project: Path, relative: str, text: str) -> None:
    """Add lines at the end of a file of the project copy."""
    path = project / relative
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + text, encoding="utf-8")


def end_line(relative: str) -> int:
    """The number of lines of the project's own copy of a file."""
    return len((ROOT / relative).read_text(encoding="utf-8").rstrip("\n").splitlines())


LOGO_MEMBER = "data/members/askolan-kunta.yaml"
DUPLICATE_MEMBER = "data/members/digikummit-ry.yaml"
EMAIL_MEMBER = "data/members/espoon-kaupunki.yaml"
LOCATION = "data/locations/askolan-asiointipiste.yaml"


@dataclass(frozen=True)
class Refused:
    """An input the check refuses: the message names `file` (relative) at `line` (0: the whole file)."""

    name: str
    setup: Callable[[Path], None]
    file: str
    line: int
    words: str  # Finnish words the message must contain


REFUSED: tuple[Refused, ...] = (
    # Links: javascript: however it is written.
    Refused(
        "js-entities",
        lambda p: post(p, "js-entities", '<a href="&#x6A;avascript:alert(1)">x</a>'),
        "content/posts/js-entities.md",
        BODY_LINE,
        "'javascript:'",
    ),
    Refused(
        "js-tab",
        lambda p: post(p, "js-tab", '<a href="java&#x09;script:alert(1)">x</a>'),
        "content/posts/js-tab.md",
        BODY_LINE,
        "'javascript:'",
    ),
    Refused(
        "js-newline-entity",
        lambda p: post(p, "js-newline", '<a href="java&NewLine;script:alert(1)">x</a>'),
        "content/posts/js-newline.md",
        BODY_LINE,
        "'javascript:'",
    ),
    Refused(
        "js-nul",
        lambda p: post(p, "js-nul", '<a href="\x01 javascript:alert(1)">x</a>'),
        "content/posts/js-nul.md",
        BODY_LINE,
        "'javascript:'",
    ),
    Refused(
        "js-markdown",
        lambda p: post(p, "js-markdown", "[klikkaa](JavaScript:alert(1))"),
        "content/posts/js-markdown.md",
        BODY_LINE,
        "'javascript:'",
    ),
    Refused(
        "data-url-link",
        lambda p: post(p, "data-url", "[x](data:text/html;base64,PHNjcmlwdD4=)"),
        "content/posts/data-url.md",
        BODY_LINE,
        "'data:'",
    ),
    Refused(
        "mailto-markup",
        lambda p: post(p, "mailto", "[x](mailto:a@b.fi%0A<script>)"),
        "content/posts/mailto.md",
        BODY_LINE,
        "ei ole tavallinen sähköpostiosoite",
    ),
    # Files from outside the folder they belong to.
    Refused(
        "cover-symlink",
        lambda p: (
            symlink(p, "content/images/link.jpg", "cover"),
            post(p, "cover-link", extra="Cover: /images/link.jpg\nCover_alt: koristekuva"),
        ),
        "content/posts/cover-link.md",
        EXTRA_LINE,
        "ulkopuolella",
    ),
    Refused(
        "static-symlink",
        lambda p: symlink(p, "content/materials/ohje.txt", "material"),
        "content/materials/ohje.txt",
        0,
        "ulkopuolelle",
    ),
    Refused(
        "cover-dotdot",
        lambda p: post(p, "cover-dotdot", extra="Cover: /images/../../pelicanconf.py\nCover_alt: x"),
        "content/posts/cover-dotdot.md",
        EXTRA_LINE,
        "ulkopuolella",
    ),
    Refused(
        "image-dotdot",
        lambda p: post(p, "image-dotdot", "![Kuvaus](../../../region.yaml.png)"),
        "content/posts/image-dotdot.md",
        BODY_LINE,
        "ulkopuolelle",
    ),
    Refused(
        "logo-dotdot",
        lambda p: append_to(p, LOGO_MEMBER, "logo:\n  file: ../../pelicanconf.py\n  alt:\n    fi: L\n    sv: L\n"),
        LOGO_MEMBER,
        end_line(LOGO_MEMBER) + 2,
        "ulkopuolella",
    ),
    # Images.
    Refused(
        "image-bomb",
        lambda p: (
            (p / "content/images/pommi.png").write_bytes(png_claiming(60_000, 60_000)),
            post(p, "bomb", extra="Cover: /images/pommi.png\nCover_alt: koristekuva"),
        ),
        "content/posts/bomb.md",
        EXTRA_LINE,
        "enintään 50 megapikseliä",
    ),
    Refused(
        "not-an-image",
        lambda p: (
            (p / "content/images/teksti.jpg").write_text("ei kuva"),
            post(p, "fake", "![Kuvaus](/images/teksti.jpg)"),
        ),
        "content/posts/fake.md",
        BODY_LINE,
        "Tallenna kuva uudelleen JPEG- tai PNG-muodossa",
    ),
    Refused(
        "truncated-image",
        lambda p: (
            (p / "content/images/puoli.jpg").write_bytes(
                (p / "content/images/yhdessa-kansikuva.jpg").read_bytes()[:5000]
            ),
            post(p, "truncated", extra="Cover: /images/puoli.jpg\nCover_alt: koristekuva"),
        ),
        "content/posts/truncated.md",
        EXTRA_LINE,
        "vioittunut",
    ),
    Refused(
        "svg-script-logo",
        lambda p: (p / "data/images/digiapu-oy.svg").write_text(
            '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
        ),
        MEMBER,
        15,
        "<script>",
    ),
    Refused(
        "svg-onload-material",
        lambda p: (p / "content/materials/kuva.svg").write_text(
            '<svg xmlns="http://www.w3.org/2000/svg"\n onload="alert(1)"/>'
        ),
        "content/materials/kuva.svg",
        1,
        "onload=",
    ),
    Refused(
        "svg-external",
        lambda p: (p / "content/images/ulkoinen.svg").write_text(
            '<svg xmlns="http://www.w3.org/2000/svg">\n<image href="https://evil.example/x.png"/></svg>'
        ),
        "content/images/ulkoinen.svg",
        2,
        "viittaa toiseen",
    ),
    Refused(
        "svg-entity",
        lambda p: (p / "content/images/entity.svg").write_text(
            '<!DOCTYPE svg [<!ENTITY a "aaaa">]>\n<svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'
        ),
        "content/images/entity.svg",
        1,
        "DOCTYPE",
    ),
    # YAML.
    Refused(
        "yaml-alias-bomb",
        lambda p: (p / "data/partners/pommi.yaml").write_text(ALIAS_BOMB),
        "data/partners/pommi.yaml",
        0,
        "viittausta",
    ),
    Refused(
        "yaml-recursive-alias",
        lambda p: (p / "data/partners/silmukka.yaml").write_text("a: &a\n  b: *a\n"),
        "data/partners/silmukka.yaml",
        1,
        "viittaa itseensä",
    ),
    Refused(
        "yaml-deep",
        lambda p: (p / "data/partners/syva.yaml").write_text(nested_yaml(60)),
        "data/partners/syva.yaml",
        0,
        "sisäkkäinen",
    ),
    Refused(
        "yaml-duplicate-key",
        lambda p: replace_in(p, DUPLICATE_MEMBER, "type: ", "type: company\ntype: "),
        DUPLICATE_MEMBER,
        line_of(DUPLICATE_MEMBER, "type: ") + 1,
        "kahdesti",
    ),
    Refused(
        "yaml-invalid-utf8",
        lambda p: (p / "data/partners/latin1.yaml").write_bytes(b"id: k\xe4\xe4\n"),
        "data/partners/latin1.yaml",
        0,
        "UTF-8",
    ),
    Refused(
        "id-dotdot",
        lambda p: (p / "data/partners/ohitus.yaml").write_text("id: ../../members/x\norder: 1\n"),
        "data/partners/ohitus.yaml",
        1,
        "id",
    ),
    Refused(
        "huge-number",
        lambda p: replace_in(p, LOCATION, "lat: 60.52944", "lat: 1e999"),
        LOCATION,
        line_of(LOCATION, "lat: 60.52944"),
        "lat",
    ),
    Refused(
        "email-newline",
        lambda p: append_to(p, EMAIL_MEMBER, 'contact:\n  email: "a@b.fi\\n<script>"\n'),
        EMAIL_MEMBER,
        end_line(EMAIL_MEMBER) + 2,
        "sähköpostiosoite",
    ),
    # Collisions and structure.
    Refused(
        "duplicate-slug",
        lambda p: (post(p, "sama-1", extra="Slug: sama"), post(p, "sama-2", extra="Slug: sama")),
        "content/posts/sama-2.md",
        EXTRA_LINE,
        "sama-1.md",
    ),
    Refused(
        "page-on-news-url",
        lambda p: page(p, "uutiset", "Slug: uutiset"),
        "content/pages/uutiset.fi.md",
        3,
        "sivuston oma osoite",
    ),
    Refused(
        "page-on-directory-url",
        lambda p: page(p, "tuki", "Slug: loyda-digitukea"),
        "content/pages/tuki.fi.md",
        3,
        "sivuston oma osoite",
    ),
    Refused(
        "path-like-slug",
        lambda p: post(p, "polku", extra="Slug: ../../etc/passwd"),
        "content/posts/polku.md",
        EXTRA_LINE,
        "ei kelpaa",
    ),
    Refused(
        "save-as-outside",
        lambda p: post(p, "tallenna", extra="Save_as: ../../../evil.html"),
        "content/posts/tallenna.md",
        EXTRA_LINE,
        "ei kelpaa",
    ),
    Refused(
        "missing-template",
        lambda p: page(p, "pohja", "Template: olematon"),
        "content/pages/pohja.fi.md",
        3,
        "Sivupohjaa 'olematon'",
    ),
    Refused(
        "post-invalid-utf8",
        lambda p: (p / "content/posts/latin1.md").write_bytes(b"Title: K\xe4\xe4\n\nx\n"),
        "content/posts/latin1.md",
        0,
        "UTF-8",
    ),
)

# Environment: each refused before anything is read.
REFUSED_ENVIRONMENT: tuple[tuple[str, dict[str, str], str], ...] = (
    ("siteurl-quote", {"SITEURL": 'https://x.fi/"><script>alert(1)</script>'}, "SITEURL"),
    ("siteurl-javascript", {"SITEURL": "javascript:alert(1)"}, "SITEURL"),
    ("siteurl-space", {"SITEURL": "https://x.fi/a b"}, "SITEURL"),
    ("siteurl-newline", {"SITEURL": "https://x.fi\n"}, "SITEURL"),
    ("build-date-not-a-date", {"SITE_BUILD_DATE": "huomenna"}, "SITE_BUILD_DATE"),
    ("region-without-region-yaml", {"SITE_REGION": str(ROOT / "plugins")}, "SITE_REGION"),
)

RAW_HTML_BODY = "\n\n".join(
    (
        "<script>alert(1)</script>",
        '<iframe src="https://evil.example/"></iframe>',
        '<object data="https://evil.example/x.swf"></object>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '<svg><a href="https://evil.example/"><text>s</text></a></svg>',
        '<p onclick="alert(1)" style="color:red">Kappale</p>',
        "<details><summary>Lisää</summary>Piilotettu teksti.</details>",
        '<abbr title="Digi- ja väestötietovirasto">DVV</abbr> ja <a href="tel:0401234567">soita</a>',
        "| Sarake | Toinen |\n|:--|--:|\n| a | b |",
        "## Väliotsikko",
    )
)
# Line of each raw element in the body (blank lines between them).
RAW_LINES = {
    "script": BODY_LINE,
    "iframe": BODY_LINE + 2,
    "object": BODY_LINE + 4,
    "meta": BODY_LINE + 6,
    "svg": BODY_LINE + 8,
    "onclick": BODY_LINE + 10,
    "style": BODY_LINE + 10,
}


@dataclass(frozen=True)
class Accepted:
    """An input that builds: `slug` is the post whose page shows the value as text."""

    name: str
    setup: Callable[[Path], None]
    slug: str


ACCEPTED: tuple[Accepted, ...] = (
    Accepted(
        "byte-order-mark",
        lambda p: (p / "content/posts/bom.md").write_text(
            "\ufeff" + POST.format(title="BOM-kirjoitus", extra="Slug: bom", body="Teksti."), encoding="utf-8"
        ),
        "bom",
    ),
    Accepted(
        "markup-in-title", lambda p: post(p, "otsikko", title='<img src=x onerror=alert(1)> "Otsikko"'), "otsikko"
    ),
    Accepted("rtl-override-in-title", lambda p: post(p, "rtl", title="Uutinen \u202egpj.exe\u202c loppu"), "rtl"),
    Accepted("raw-html-body", lambda p: post(p, "raaka", RAW_HTML_BODY), "raaka"),
    Accepted("very-long-line", lambda p: post(p, "pitka", "sana " * 40_000), "pitka"),
    Accepted("nul-in-body", lambda p: post(p, "nul", "Ennen\x00jälkeen."), "nul"),
    # Outside files reached through a symlink: a build started without `make check` publishes none of them.
    Accepted(
        "cover-symlink-unchecked",
        lambda p: (
            symlink(p, "content/images/ulko.jpg", "cover-unchecked"),
            post(p, "ulkokansi", extra="Slug: ulkokansi\nCover: /images/ulko.jpg\nCover_alt: koristekuva"),
        ),
        "ulkokansi",
    ),
    Accepted(
        "static-symlink-unchecked", lambda p: symlink(p, "content/materials/ulko.txt", "material-unchecked"), "bom"
    ),
)
