"""Gate: one security policy, published as host header files and as a <meta> CSP; no inline script."""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from pelican.settings import read_settings

from plugins.security_headers import site_layout
from plugins.security_headers.policy import HOST_FILES, meta_policy, render
from sitebuild.quality.budgets import is_data_block
from tests.html import page
from tests.sites import ROOT

SETTINGS = read_settings(str(ROOT / "publishconf.py"))
HEADERS = SETTINGS["SECURITY_HEADERS"]


def test_policy_allows_no_inline_script_and_no_third_party_origin() -> None:
    csp = HEADERS["Content-Security-Policy"]
    directives = dict((d.split()[0], d.split()[1:]) for d in csp.split("; "))
    assert directives["default-src"] == ["'self'"] and directives["script-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"] and directives["frame-ancestors"] == ["'none'"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    # The one third-party origin: map tiles (MAP_TILE_URL), images only, requested only after the
    # visitor asks for the map. Nothing else may come from elsewhere.
    tile_origin = "{0.scheme}://{0.netloc}".format(urlsplit(SETTINGS["MAP_TILE_URL"]))
    assert [d for d, values in directives.items() for v in values if re.search(r"https?:|\*", v)] == ["img-src"]
    assert [v for v in directives["img-src"] if re.search(r"https?:|\*", v)] == [tile_origin]
    assert set(HEADERS) == {
        "Content-Security-Policy",
        "Referrer-Policy",
        "X-Content-Type-Options",
        "Permissions-Policy",
    }
    assert HEADERS["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("name", list(HOST_FILES))
def test_host_files_carry_every_header(quality_site: Path, name: str) -> None:
    text = (quality_site / name).read_text(encoding="utf-8")
    assert text == render(HOST_FILES[name], HEADERS, site_layout(SETTINGS))
    for header, value in HEADERS.items():
        assert header in text and value in text
    assert not (quality_site / "sv" / name).exists(), "host files belong at the site root only"


def test_host_file_formats() -> None:
    headers = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": 'a"b'}
    assert render("netlify", headers).endswith('/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: a"b\n')
    assert 'add_header Referrer-Policy "a\\"b" always;' in render("nginx", headers)
    apache = render("apache", headers)
    assert "<IfModule mod_headers.c>" in apache and '  Header always set X-Content-Type-Options "nosniff"' in apache


def test_meta_policy_drops_what_a_meta_tag_cannot_carry() -> None:
    assert meta_policy("default-src 'self'; frame-ancestors 'none'; report-uri /r") == "default-src 'self'"


@pytest.mark.parametrize("path", ["", "sv/", "uutiset/digitukea-kehittamassa-yhdessa/", "404.html"])
def test_every_page_carries_the_meta_policy(quality_site: Path, path: str) -> None:
    meta = page(quality_site, path).select_one('meta[http-equiv="Content-Security-Policy"]')
    assert meta["content"] == meta_policy(HEADERS["Content-Security-Policy"])


def test_no_inline_script_style_or_event_handler_anywhere(quality_site: Path, subpath_site: Path) -> None:
    problems = []
    for output in (quality_site, subpath_site):
        for file in sorted(output.rglob("*.html")):
            soup = page(output, str(file.relative_to(output)))
            for element in soup.find_all(True):
                if element.name == "script" and not element.get("src") and not is_data_block(element.get("type")):
                    problems.append(f"{file}: inline <script>")
                if element.name == "style" or element.has_attr("style"):
                    problems.append(f"{file}: inline style on <{element.name}>")
                problems += [f"{file}: {a} on <{element.name}>" for a in element.attrs if a.lower().startswith("on")]
    assert problems == []
