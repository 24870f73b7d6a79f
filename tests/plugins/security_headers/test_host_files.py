"""The host files route unknown URLs to the 404 page of their language and give the search page alone
'wasm-unsafe-eval': read from the files a production build wrote, the way each server applies them."""

import re
from pathlib import Path

import pytest

from plugins.security_headers import site_layout
from plugins.security_headers.policy import render
from tests.html import page

UNKNOWN = {
    "/sv/finns-inte/": "/sv/404.html",
    "/sv/nyheter/borta/": "/sv/404.html",
    "/ei-ole/": "/404.html",
    "/svenska/": "/404.html",
}


def netlify_error_page(redirects: str, path: str) -> str:
    """Netlify applies the first _redirects rule that matches (a 404 rule only when no file exists)."""
    for line in redirects.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        source, target, status = line.split()
        assert status == "404"
        if path.startswith(source.rstrip("*")):
            return target
    raise AssertionError(f"no rule for {path}")


def apache_error_page(htaccess: str, path: str) -> str:
    """The last ErrorDocument that applies: the top-level one, then each <If> whose regex matches."""
    found = re.search(r"^ErrorDocument 404 (\S+)$", htaccess, re.M)
    assert found
    result = found.group(1)
    for pattern, target in re.findall(
        r'<If "%\{REQUEST_URI\} =~ m#(.+?)#">\n  ErrorDocument 404 (\S+)\n</If>', htaccess
    ):
        if re.search(pattern, path):
            result = target
    return result


def nginx_error_page(conf: str, path: str) -> str:
    """nginx picks the longest matching prefix location; its error_page wins over the server's."""
    server = re.search(r"^error_page 404 (\S+);$", conf, re.M)
    assert server
    best, result = "", server.group(1)
    for prefix, body in re.findall(r"^location (\S+) \{\n(.*?)^\}$", conf, re.M | re.S):
        inner = re.search(r"^  error_page 404 (\S+);$", body, re.M)
        if path.startswith(prefix) and len(prefix) > len(best) and inner:
            best, result = prefix, inner.group(1)
    return result


@pytest.mark.parametrize("path, expected", UNKNOWN.items())
def test_every_host_routes_unknown_urls_to_the_404_of_their_language(site: Path, path: str, expected: str) -> None:
    assert netlify_error_page((site / "_redirects").read_text(encoding="utf-8"), path) == expected
    assert apache_error_page((site / ".htaccess").read_text(encoding="utf-8"), path) == expected
    assert nginx_error_page((site / "nginx-security-headers.conf").read_text(encoding="utf-8"), path) == expected
    lang = page(site, expected.lstrip("/")).html["lang"]
    assert lang == ("sv" if expected.startswith("/sv/") else "fi")


def test_only_the_search_pages_allow_webassembly_in_every_host_file(site: Path) -> None:
    headers = (site / "_headers").read_text(encoding="utf-8")
    rules = dict(re.findall(r"^(/\S*)\n((?:  .*\n)+)", headers, re.M))
    assert "wasm-unsafe-eval" not in rules["/*"]
    for path in ("/haku/*", "/sv/sok/*"):
        assert rules[path].startswith("  ! Content-Security-Policy\n")
        assert "script-src 'self' 'wasm-unsafe-eval';" in rules[path]
    htaccess = (site / ".htaccess").read_text(encoding="utf-8")
    assert htaccess.count("wasm-unsafe-eval") == 1
    assert re.search(
        r'<If "%\{REQUEST_URI\} =~ m#\^\(/haku/\|/sv/sok/\)#">\n    Header always set Content-Security-Policy "[^"]*wasm-unsafe-eval',
        htaccess,
    )
    nginx = (site / "nginx-security-headers.conf").read_text(encoding="utf-8")
    blocks = dict(re.findall(r"^\s*location (\S+) \{\n((?:\s+add_header .*\n)+)", nginx, re.M))
    assert set(blocks) == {"/haku/", "/sv/sok/"}
    for body in blocks.values():
        # A location with add_header inherits none from the server: all four headers again.
        assert body.count("add_header") == 4 and "wasm-unsafe-eval" in body
    assert nginx.count("wasm-unsafe-eval") == 2


def test_a_site_in_a_folder_gets_its_paths_prefixed() -> None:
    languages = {"fi": {"SEARCH_URL": "haku/"}, "sv": {"SEARCH_URL": "sok/"}}
    layout = site_layout({"SITEURL": "https://example.org/uudi", "DEFAULT_LANG": "fi", "LANGUAGE_URLS": languages})
    assert layout.search_paths == ("/uudi/haku/", "/uudi/sv/sok/")
    assert layout.error_pages == (("/uudi/sv/", "/uudi/sv/404.html"), ("/uudi/", "/uudi/404.html"))
    htaccess = render("apache", {"X-Content-Type-Options": "nosniff"}, layout)
    assert apache_error_page(htaccess, "/uudi/sv/x/") == "/uudi/sv/404.html"
    assert apache_error_page(htaccess, "/uudi/x/") == "/uudi/404.html"
