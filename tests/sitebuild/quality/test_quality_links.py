"""Gate: every internal link, asset and #fragment resolves; links are safe; external links are listed."""

import random
import shutil
from pathlib import Path

import pytest

from sitebuild import linkcheck
from sitebuild.cli import check
from sitebuild.linkcheck import check_link_safety, check_links, external_links, unsafe_url_scheme
from tests.conftest import SUBPATH_SITEURL
from tests.sites import build_copy, copy_project


def test_every_internal_link_in_the_quality_build_resolves(quality_site: Path) -> None:
    assert [str(b) for b in check_links(quality_site)] == []


@pytest.mark.parametrize("fixture", ["quality_site", "subpath_site"])
def test_every_link_is_safe(fixture: str, request: pytest.FixtureRequest) -> None:
    assert [str(b) for b in check_link_safety(request.getfixturevalue(fixture))] == []


def test_external_links_are_listed_not_fetched(subpath_site: Path) -> None:
    listed = external_links(subpath_site, SUBPATH_SITEURL)
    print("\nExternal links (not fetched):\n  " + "\n  ".join(listed))
    assert "https://www.facebook.com/" in listed
    assert all(url.startswith(("http://", "https://")) for url in listed)
    assert not [url for url in listed if url.startswith(SUBPATH_SITEURL)]


def _broken_copy(site: Path, tmp_path: Path, addition: str) -> Path:
    broken = tmp_path / "site"
    shutil.copytree(site, broken)
    page = broken / "tietoa/index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</h1>", "</h1>" + addition, 1), encoding="utf-8")
    return broken


@pytest.mark.parametrize(
    ("addition", "reason"),
    [
        ('<a href="/ei-ole-olemassa/">x</a>', "broken link: /ei-ole-olemassa/"),
        ('<img src="../theme/img/puuttuu.png" alt="x">', "broken link: ../theme/img/puuttuu.png"),
        ('<a href="/yhteystiedot/#ei-ankkuria">x</a>', "missing anchor: /yhteystiedot/#ei-ankkuria"),
    ],
)
def test_gate_fails_on_a_dead_internal_link(quality_site: Path, tmp_path: Path, addition: str, reason: str) -> None:
    broken = _broken_copy(quality_site, tmp_path, addition)
    found = [str(b) for b in check_links(broken)]
    assert len(found) == 1 and found[0].startswith(str(broken / "tietoa/index.html"))
    assert found[0].endswith(reason)


@pytest.mark.parametrize(
    ("addition", "reason"),
    [
        ('<a href="javascript:alert(1)">x</a>', "unsafe URL scheme 'javascript:'"),
        ('<a href=" JavaScript:alert(1)">x</a>', "unsafe URL scheme 'javascript:'"),
        ('<a href="data:text/html,x">x</a>', "unsafe URL scheme 'data:'"),
        ('<a href="&#106;avascript:alert(1)">x</a>', "unsafe URL scheme 'javascript:'"),
        ("<img alt='' src=vbscript:x>", "unsafe URL scheme 'vbscript:'"),
        ('<img alt="" srcset="/a.png 1x, file:///etc/passwd 2x">', "unsafe URL scheme 'file:'"),
        ('<a href="https://example.org/" target="_blank">x</a>', 'target="_blank" without rel="noopener"'),
        # Attribute names a browser reads after "/" or straight after a quoted value, in any case.
        ('<a/HREF="javascript:alert(1)">x</a>', "unsafe URL scheme 'javascript:'"),
        ('<a title="x"href="javascript:alert(1)">x</a>', "unsafe URL scheme 'javascript:'"),
        # Plainly safe links (skipped by the quick scan) beside one that is not.
        (
            '<a href="/tietoa/">a</a><a href="HTTPS://x.fi/">b</a><a href="vbscript:x">c</a>',
            "unsafe URL scheme 'vbscript:'",
        ),
    ],
)
def test_gate_fails_on_an_unsafe_link(quality_site: Path, tmp_path: Path, addition: str, reason: str) -> None:
    found = [str(b) for b in check_link_safety(_broken_copy(quality_site, tmp_path, addition))]
    assert len(found) == 1 and reason in found[0]


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("https://x.fi/", None),
        ("mailto:a@b.fi", None),
        ("tel:+358401", None),
        ("/a/b/", None),
        ("#main", None),
        ("vbscript:x", "vbscript"),
        ("file:///etc/passwd", "file"),
        ("ftp://x", "ftp"),
        ("&#x6A;avascript:alert(1)", "javascript"),
        ("java\tscript:alert(1)", "javascript"),
        ("java\nscript:alert(1)", "javascript"),
        ("\x00\x01 javascript:alert(1)", "javascript"),
        ("JaVaScRiPt&colon;alert(1)", "javascript"),
    ],
)
def test_only_http_https_mailto_and_tel_are_allowed(url: str, scheme: str | None) -> None:
    assert unsafe_url_scheme(url) == scheme


def test_build_refuses_content_with_a_javascript_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A javascript: link in a post: `make check` refuses it; a build without the check publishes no such
    link (the sanitiser removes it before the link gate would stop the build)."""
    project = copy_project(tmp_path / "project")
    post = project / "content/posts/2020-11-digitukea-kehittamassa-yhdessa.md"
    post.write_text(post.read_text(encoding="utf-8") + "\n[Klikkaa](javascript:alert(1))\n", encoding="utf-8")
    assert check(project / "publishconf.py") >= 1
    assert "Linkin osoite alkaa 'javascript:'" in capsys.readouterr().out
    output = build_copy(project)
    page = (output / "uutiset" / "digitukea-kehittamassa-yhdessa" / "index.html").read_text(encoding="utf-8")
    assert "Klikkaa" in page and "javascript:" not in page
    assert not list(check_link_safety(output))


def test_the_scan_on_every_core_finds_what_one_process_finds(
    quality_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A large site's pages are scanned by one process per core: the findings, and their order, are the same.
    broken = _broken_copy(quality_site, tmp_path, '<a href="vbscript:x">c</a><a href="/" target="_blank">d</a>')
    front = broken / "index.html"
    front.write_text(front.read_text(encoding="utf-8").replace("</h1>", '</h1><a href="file:///x">e</a>', 1))
    alone = [str(b) for b in check_link_safety(broken)]
    monkeypatch.setattr(linkcheck, "_PAGES_PER_EXTRA_PROCESS", 1)
    monkeypatch.setattr(linkcheck.os, "cpu_count", lambda: 2)
    assert [str(b) for b in check_link_safety(broken)] == alone
    assert len(alone) == 3 and alone[0].startswith(str(front))


# Pieces of markup that the quick scan's two passes read differently if either is wrong: names in
# every case, separators of every kind (Unicode spaces, the long s that IGNORECASE reads as "s"),
# entities, plainly safe and unsafe starts, srcset lists, quotes and stray characters.
_MARKUP = [
    *("<a", "<img", "<form", "<video", " ", "\t", "\n", "\x1c", "\u00a0", "\u2003", "/", '"', "'", "=", " = ", "`"),
    *("href", "HREF", "hReF", "src", "SRC", "srcset", "SrcSet", "action", "formaction", "FormAction", "poster"),
    *("hreflang", "-src", "\u017frc", "\u0130", "title=", "alt=", ",", " 2x", ">", "<", "&", "&#106;", "&colon;"),
    *("&#44;", "javascript:", "JaVa", "java\tscript:", "vbscript:x", "data:", "file:", "/ok", "https://x"),
    *("HTTPS://x", "http:", "mailto:a", "tel:1", "#f", "?q", ".", "x.html", "ä", "_blank"),
]


def _random_markup(rng: random.Random) -> str:
    """Attributes built from the pieces (separator, name, "=", quote, value), among stray pieces."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        parts += [rng.choice(_MARKUP) for _ in range(rng.randint(0, 3))]
        quote = rng.choice(['"', "'", ""])
        value = "".join(rng.choice(_MARKUP) for _ in range(rng.randint(1, 4)))
        parts.append(rng.choice(_MARKUP[:16]) + rng.choice(_MARKUP[16:27]) + rng.choice(["=", " = ", "\u00a0="]))
        parts.append(quote + value + quote)
    return "".join(parts)


def test_the_quick_scan_flags_every_page_the_full_attribute_scan_flags() -> None:
    rng = random.Random(15)
    flagged = 0
    for _ in range(60_000):
        markup = _random_markup(rng)
        if linkcheck._has_unsafe_url_attribute(markup):
            flagged += 1
            assert linkcheck._may_be_unsafe(markup), repr(markup)
    assert flagged > 10_000  # the random markup does hold unsafe links


def test_the_quick_scan_passes_plainly_safe_pages(quality_site: Path) -> None:
    pages = sorted(quality_site.rglob("*.html"))
    assert len(pages) > 20
    # The site's own pages need no full parse; the same markup with a javascript: link does.
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not linkcheck._may_be_unsafe(text), page
        assert linkcheck._may_be_unsafe(text.replace("</main>", '<a href="java&#x09;script:x">x</a></main>', 1))
    for safe in ('<img srcset="/a.jpg 1x, https://b.fi/b.jpg 2x" src=x.jpg>', '<a HREF="HTTPS://x.fi">', "<a href=#f>"):
        assert not linkcheck._may_be_unsafe(safe)
    for unsafe in ('<img srcset="/a.jpg 1x,javascript:x 2x">', '<img srcset="/a.jpg&#44;data:x">', "<a\u00a0HREF=x:y>"):
        assert linkcheck._may_be_unsafe(unsafe)
