"""The Markdown read cache: a second language pass reuses the first pass's conversion, and reads
exactly what Pelican's own reader reads, with that pass's own settings."""

import os
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from markdown import Markdown
from pelican import signals
from pelican.contents import Article
from pelican.readers import Readers
from pelican.settings import DEFAULT_CONFIG

import plugins.read_cache as read_cache
from plugins.read_cache import plain_paragraph

ROOT = Path(__file__).resolve().parents[3]

POST = """Title: Kokeilu
Date: 2026-10-01 09:00
Lang: fi
Tags: nuoret, verkosto
Summary: Lyhyesti *tärkeää* ja [linkki](https://example.fi/).

## Otsikko

Teksti, jossa on **lihavointia** ja luettelo:

- yksi
- kaksi
"""


def settings(lang: str) -> dict:
    """Pelican's defaults with this language's tag URLs (the pass-specific part of metadata)."""
    words = {"fi": "avainsana", "sv": "etikett"}[lang]
    return {
        **DEFAULT_CONFIG,
        "DEFAULT_LANG": lang,
        "TAG_URL": f"{words}/{{slug}}/",
        "MARKDOWN": {"extension_configs": {"markdown.extensions.extra": {}}, "output_format": "html5"},
    }


def read(path: Path, lang: str) -> Article:
    """One pass's reading of path (Readers is made anew, as each i18n_subsites pass does)."""
    return Readers(settings(lang)).read_file(str(path.parent), path.name, content_class=Article)


@pytest.fixture
def conversions(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The cached reader switched on, and every Markdown conversion it makes."""
    made: list[str] = []
    real = Markdown.convert

    def counting(self: Markdown, source: str) -> str:
        made.append(source)
        return real(self, source)

    monkeypatch.setattr(Markdown, "convert", counting)
    monkeypatch.setattr(read_cache, "_CACHE", {})
    signals.readers_init.connect(read_cache.use_cached_reader)
    yield made
    signals.readers_init.disconnect(read_cache.use_cached_reader)


def test_second_pass_does_not_convert_again(tmp_path: Path, conversions: list[str]) -> None:
    post = tmp_path / "kokeilu.md"
    post.write_text(POST, encoding="utf-8")
    first = read(post, "fi")
    assert len(conversions) == 2  # the body and the Summary
    second = read(post, "sv")
    assert len(conversions) == 2  # nothing converted again
    assert second.content == first.content
    assert second.summary == first.summary
    # Metadata is processed by each pass: the Swedish pass's tags carry its own URLs.
    assert [tag.url for tag in first.tags] == ["avainsana/nuoret/", "avainsana/verkosto/"]
    assert [tag.url for tag in second.tags] == ["etikett/nuoret/", "etikett/verkosto/"]
    # Fresh objects each pass: a generator changing one pass's article leaves the other's alone.
    assert second is not first and second.metadata is not first.metadata


def test_same_output_as_pelicans_reader(tmp_path: Path, conversions: list[str]) -> None:
    post = tmp_path / "kokeilu.md"
    post.write_text(POST, encoding="utf-8")
    cached = [read(post, "fi"), read(post, "fi")]
    signals.readers_init.disconnect(read_cache.use_cached_reader)
    plain = read(post, "fi")
    assert len(conversions) == 4  # Pelican's own reader converted body and summary again
    for article in cached:
        assert article.content == plain.content
        assert article.summary == plain.summary
        assert "<strong>lihavointia</strong>" in article.content
        assert article.summary == '<p>Lyhyesti <em>tärkeää</em> ja <a href="https://example.fi/">linkki</a>.</p>'
        assert {key: str(value) for key, value in article.metadata.items()} == {
            key: str(value) for key, value in plain.metadata.items()
        }


def test_changed_file_is_converted_again(tmp_path: Path, conversions: list[str]) -> None:
    post = tmp_path / "kokeilu.md"
    post.write_text(POST, encoding="utf-8")
    read(post, "fi")
    post.write_text(POST.replace("Teksti,", "Uusi teksti,"), encoding="utf-8")
    stat = post.stat()
    os.utime(post, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert "Uusi teksti" in read(post, "sv").content
    assert len(conversions) == 4


def site_markdown() -> Markdown:
    """Markdown as this site's Pelican reader makes it (pelicanconf.py MARKDOWN, plus meta)."""
    config = {
        "extension_configs": {"markdown.extensions.extra": {}, "markdown.extensions.toc": {"permalink": False}},
        "output_format": "html5",
    }
    return Markdown(extensions=[*config["extension_configs"], "markdown.extensions.meta"], **config)


def summaries() -> list[str]:
    """Every Summary in the site's and the sample region's content, and generated ones."""
    found = []
    for path in [*ROOT.glob("content/**/*.md"), *ROOT.glob("examples/*/content/**/*.md")]:
        found += re.findall(r"^Summary: (.+)$", path.read_text(encoding="utf-8"), re.M)
    rng = random.Random(15)
    alphabet = "aäöAÄÖz019 .,;:?!'\"%/()+=-*_`[]<>&#|{}~\\\t"
    found += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    # Mostly what the shortcut accepts, so it is tested where it applies.
    plain = "aäöAÄÖz019 .,;:?!'\"%/()+=-"
    found += ["Ä" + "".join(rng.choice(plain) for _ in range(rng.randint(0, 20))) for _ in range(5000)]
    return found + [
        "1. luettelo",
        "- luettelo",
        "Rivi  ",
        " sisennys",
        "Kaksi  välilyöntiä",
        "Lainaus: \"näin\" ja 'noin'",
        "Hinta 5 % (alv) / 10 €",
        "a = b + c - d",
        "Otsikko\n===",
        "Kaksi\nriviä",
    ]


def test_plain_summaries_skip_markdown_with_the_same_html() -> None:
    markdown = site_markdown()
    markdown.preprocessors.deregister("meta")
    shortcut = 0
    for text in summaries():
        html = plain_paragraph(text)
        if html is not None:
            markdown.reset()
            assert html == markdown.convert(text), text
            shortcut += 1
    assert shortcut > 100  # the real summaries and many generated ones take the shortcut
    assert plain_paragraph("Lue *lisää*") is None and plain_paragraph("1. kohta") is None


STATEFUL = """Title: {title}
Summary: Katso [^1] ja *HTML*.

## Otsikko

Teksti HTML-muodossa[^1] ja toinen[^kaksi].

## Otsikko

*[HTML]: HyperText Markup Language

[^1]: Alaviite {title}.
[^kaksi]: Toinen alaviite.
"""


def test_reused_converters_leave_nothing_from_the_previous_file(tmp_path: Path, conversions: list[str]) -> None:
    """Footnotes and abbreviations are per file, as with Pelican's fresh instance."""
    posts = []
    for title in ("Yksi", "Kaksi", "Kolme"):
        post = tmp_path / f"{title}.md"
        post.write_text(STATEFUL.format(title=title), encoding="utf-8")
        posts.append(post)
    cached = [read(post, "fi") for post in posts]
    signals.readers_init.disconnect(read_cache.use_cached_reader)
    for post, article in zip(posts, cached, strict=True):
        plain = read(post, "fi")
        assert (article.content, article.summary) == (plain.content, plain.summary)
        assert article.content.count('class="footnote-ref"') == 2 and "<abbr" in article.content


def test_a_file_of_another_languages_pass_is_read_for_its_metadata_only(tmp_path: Path, conversions: list[str]) -> None:
    post = tmp_path / "kokeilu.md"
    post.write_text(POST.replace("Lang: fi", "Lang: sv"), encoding="utf-8")
    languages = {"fi": {}, "sv": {}}
    finnish = Readers({**settings("fi"), "LANGUAGES": languages}).read_file(
        str(tmp_path), post.name, content_class=Article
    )
    # Only the metadata block and the Summary were converted: the body is the Swedish pass's work.
    assert not any("lihavointia" in source for source in conversions)
    assert finnish.content == ""
    assert finnish.lang == "sv" and finnish.title == "Kokeilu"
    assert finnish.summary == '<p>Lyhyesti <em>tärkeää</em> ja <a href="https://example.fi/">linkki</a>.</p>'
    swedish = Readers({**settings("sv"), "LANGUAGES": languages}).read_file(
        str(tmp_path), post.name, content_class=Article
    )
    signals.readers_init.disconnect(read_cache.use_cached_reader)
    plain = read(post, "sv")
    assert swedish.content == plain.content and "<strong>lihavointia</strong>" in swedish.content
    assert {key: str(value) for key, value in swedish.metadata.items()} == {
        key: str(value) for key, value in plain.metadata.items()
    }
