"""Shared fixtures: one built site per session (root and sub-path), a local web server, Chromium."""

import functools
import http.server
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sites import build_copy, copy_project

SUBPATH_SITEURL = "https://example.org/uudi"
# "Today" for staleness warnings and upcoming exceptions, so every test run sees the same data.
os.environ.setdefault("SITE_BUILD_DATE", "2026-11-26")


def _build(tmp_root: Path, siteurl: str) -> Path:
    previous = os.environ.get("SITEURL")
    os.environ["SITEURL"] = siteurl
    try:
        return build_copy(copy_project(tmp_root))
    finally:
        if previous is None:
            os.environ.pop("SITEURL", None)
        else:
            os.environ["SITEURL"] = previous


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The production build served from a domain root (SITEURL unset)."""
    return _build(tmp_path_factory.mktemp("site-root"), "")


@pytest.fixture(scope="session")
def subpath_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The production build for https://example.org/uudi/."""
    return _build(tmp_path_factory.mktemp("site-subpath"), SUBPATH_SITEURL)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="session")
def site_url(site: Path) -> Iterator[str]:
    """The root build served over HTTP on a free local port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Debian's Chromium; Playwright's own browser downloads are never used."""
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        "args": ["--disable-gpu", "--disable-quic"],
    }
