"""The inline gate changes no HTML: every Markdown text converts to the same bytes with and without
it, with the site's own Markdown settings."""

import random
from pathlib import Path

import pytest
from markdown import Markdown

from pelicanconf import MARKDOWN
from plugins.read_cache.inline_gate import Gate, gate_inline_patterns

ROOT = Path(__file__).resolve().parents[3]

# Each inline construct, its near misses and their neighbours in one text.
SAMPLES = [
    "Soita `numeroon` tai katso ``koodi ` jossa`` ja \\`ei koodia\\`.",
    "Tähdet \\*eivät\\* korosta, mutta *tämä* ja **tämä** ja ***kolme*** ja _alaviiva_ ja __lihava__.",
    "sana_jossa_alaviivoja ja 2 * 3 * 4 ja * yksin * ja _ yksin _",
    "Linkki [tähän](https://example.fi/ 'otsikko') ja [viite][1] ja [lyhyt] ja [^1] alaviite.\n\n"
    "[1]: https://example.fi/viite\n[lyhyt]: https://example.fi/lyhyt\n[^1]: Alaviitteen teksti.",
    "Kuva ![kuvaus](kuva.jpg) ja ![viite][k] ja ![lyhyt] ja !ei kuva [ja hakasulku] \\[pako\\]\n\n"
    "[k]: k.jpg\n[lyhyt]: l.jpg",
    "<https://example.fi/> ja <info@example.fi> ja <b>lihava</b> ja <!-- kommentti --> ja a < b > c",
    "Rivinvaihto tässä  \nja tässä\\\nja ei tässä \nloppu.",
    "Merkit &amp; &#228; &#xE4; &copy; ja & yksin ja &ei; ja AT&T.",
    "Kenoviiva \\ yksin ja \\\\ kaksi ja \\_ ja \\# ja \\< ja \\&amp;",
    "# Otsikko *korostus* {#oma}\n\nTeksti.\n\n| a | `b` |\n|---|---|\n| *c* | [d](e) |",
    "Lyhenne HTML.\n\n*[HTML]: Hyper Text Markup Language",
    '<div markdown="1">*sisällä* [linkki](x)</div>\n\n```\n*ei* [muotoilua]\n```',
    "Pelkkää tekstiä ilman yhtään erikoismerkkiä, kuten useimmat lauseet.",
    "",
]

# The characters the inline patterns start with, and some that they never do, for random texts.
ALPHABET = [*"ab äö.,!?-#:;()'\"`\\[]^!<>&*_@/=", "  \n", "\n", "\n\n", "x://", "amp;", "#x41;"]


def site_markdown() -> Markdown:
    """A converter with the site's MARKDOWN settings, its extensions named as Pelican names them."""
    return Markdown(**{**MARKDOWN, "extensions": list(MARKDOWN["extension_configs"])})


def converters() -> tuple[Markdown, Markdown]:
    """The site's Markdown configuration twice, the second one gated."""
    plain, gated = site_markdown(), site_markdown()
    gate_inline_patterns(gated)
    return plain, gated


def same_html(plain: Markdown, gated: Markdown, text: str) -> None:
    plain.reset()
    gated.reset()
    assert gated.convert(text) == plain.convert(text), text


def test_every_inline_pattern_of_the_site_is_gated() -> None:
    # A Markdown upgrade that rewrites an expression makes it ungated (slower, never wrong): this
    # says so, so that REQUIRED is brought up to date with the new pin.
    gated = site_markdown()
    assert gate_inline_patterns(gated) == len(list(gated.inlinePatterns)) == 15
    assert all(isinstance(pattern.compiled_re, Gate) for pattern in gated.inlinePatterns)
    # The inline treeprocessor walks the same patterns in the same order, without the Registry.
    assert gated.treeprocessors["inline"].inlinePatterns == tuple(gated.inlinePatterns)


@pytest.mark.parametrize("text", SAMPLES)
def test_samples_convert_to_the_same_html(text: str) -> None:
    same_html(*converters(), text)


def test_the_sites_content_converts_to_the_same_html() -> None:
    plain, gated = converters()
    sources = sorted((ROOT / "content").rglob("*.md")) + sorted((ROOT / "docs").rglob("*.md"))
    assert len(sources) > 20
    for source in sources:
        same_html(plain, gated, source.read_text(encoding="utf-8"))


def test_random_texts_convert_to_the_same_html() -> None:
    plain, gated = converters()
    rng = random.Random(15)
    for _ in range(3000):
        same_html(plain, gated, "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 40))))


def test_the_gate_skips_text_without_its_substring_and_runs_otherwise() -> None:
    gated = site_markdown()
    gate_inline_patterns(gated)
    entity = gated.inlinePatterns["entity"].compiled_re
    assert list(entity.finditer("ei merkkejä", 0)) == []
    assert [match.group(0) for match in entity.finditer("a &amp; b &#228;", 0)] == ["&amp;", "&#228;"]
    assert [match.group(0) for match in entity.finditer("a &amp; b &#228;", 4)] == ["&#228;"]
    assert entity.pattern == r"(&(?:\#[0-9]+|\#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)"  # the rest is the expression's
