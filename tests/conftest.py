"""Shared fixtures: one built site per session (root and sub-path), a local web server, Chromium."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from sitebuild.quality.serve import serve
from tests.sites import add_extra_posts, build_copy, build_region_copy, copy_project

SUBPATH_SITEURL = "https://example.org/uudi"
# "Today" for staleness warnings and upcoming exceptions, so every test run sees the same data.
os.environ.setdefault("SITE_BUILD_DATE", "2026-11-26")


def _build(tmp_root: Path, siteurl: str, extra_posts: int = 0) -> Path:
    previous = os.environ.get("SITEURL")
    os.environ["SITEURL"] = siteurl
    try:
        project = copy_project(tmp_root)
        if extra_posts:
            add_extra_posts(project, extra_posts)
        return build_copy(project)
    finally:
        if previous is None:
            os.environ.pop("SITEURL", None)
        else:
            os.environ["SITEURL"] = previous


@pytest.fixture(scope="session", autouse=True)
def shared_image_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One image cache for every test build: each photo is encoded once per test session."""
    cache = tmp_path_factory.mktemp("image-cache")
    previous = os.environ.get("IMAGE_CACHE_PATH")
    os.environ["IMAGE_CACHE_PATH"] = str(cache)
    yield cache
    if previous is None:
        os.environ.pop("IMAGE_CACHE_PATH", None)
    else:
        os.environ["IMAGE_CACHE_PATH"] = previous


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The production build served from a domain root (SITEURL unset)."""
    return _build(tmp_path_factory.mktemp("site-root"), "")


@pytest.fixture(scope="session")
def subpath_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The production build for https://example.org/uudi/."""
    return _build(tmp_path_factory.mktemp("site-subpath"), SUBPATH_SITEURL)


@pytest.fixture(scope="session")
def quality_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The production build plus extra posts in both languages, so every page type exists (page 2 too).

    The quality gates (tests/sitebuild/quality/test_quality_*.py) run over this build and tests/quality/page_types.toml.
    """
    return _build(tmp_path_factory.mktemp("site-quality"), "", extra_posts=12)


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The production build of the sample region (examples/sample-region), from a copy, at a domain root."""
    previous = os.environ.pop("SITEURL", None)
    try:
        return build_region_copy(tmp_path_factory.mktemp("sample-region"))
    finally:
        if previous is not None:
            os.environ["SITEURL"] = previous


@pytest.fixture(scope="session")
def sample_url(sample_site: Path) -> Iterator[str]:
    """The sample region's build served over HTTP on a free local port."""
    with serve(sample_site) as url:
        yield url


@pytest.fixture(scope="session")
def site_url(site: Path) -> Iterator[str]:
    """The root build served over HTTP on a free local port."""
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def quality_url(quality_site: Path) -> Iterator[str]:
    """The quality build served over HTTP on a free local port."""
    with serve(quality_site) as url:
        yield url


@pytest.fixture(scope="session")
def shared_page(browser: Browser) -> Iterator[Page]:
    """One tab for the whole session: the gates visit many pages, a new tab each would be slow."""
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def no_js_page(browser: Browser) -> Iterator[Page]:
    """One tab with JavaScript switched off, for the whole session."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Debian's Chromium; Playwright's own browser downloads are never used."""
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        "args": ["--disable-gpu", "--disable-quic"],
    }
