"""Gate: axe-core (WCAG 2.0/2.1 A and AA) in Chromium on every page type in both languages."""

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage, Page

from sitebuild.quality.axe import axe_source, report, run_axe
from sitebuild.quality.config import load_page_types
from sitebuild.quality.serve import serve

PAGE_TYPES = load_page_types()


@pytest.fixture(scope="module")
def axe() -> str:
    return axe_source()


@pytest.fixture(scope="module")
def console_errors(shared_page: Page) -> list[str]:
    """Console errors of the shared tab (a blocked inline script or style shows up here)."""
    errors: list[str] = []

    def collect(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(message.text)

    shared_page.on("console", collect)
    return errors


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=[p.id for p in PAGE_TYPES])
def test_page_type_has_no_wcag_violations(
    shared_page: Page, quality_url: str, axe: str, console_errors: list[str], page_type
) -> None:
    console_errors.clear()
    response = shared_page.goto(quality_url + page_type.path)
    assert response is not None and response.status in (200, 304), f"{page_type.path} is not served"
    assert shared_page.locator("html").get_attribute("lang") == page_type.lang
    violations = run_axe(shared_page, axe, page_type.path)
    assert not violations, report(violations)
    assert console_errors == [], f"{page_type.path}: console errors (CSP?): {console_errors}"


def test_gate_fails_on_an_image_without_alt_text(
    shared_page: Page, quality_site: Path, axe: str, tmp_path: Path
) -> None:
    broken = tmp_path / "site"
    shutil.copytree(quality_site, broken)
    post = broken / "uutiset/digitukea-kehittamassa-yhdessa/index.html"
    html = post.read_text(encoding="utf-8")
    post.write_text(
        html.replace("</h1>", '</h1><img src="/theme/img/logo.svg" width="40" height="40">', 1), encoding="utf-8"
    )
    with serve(broken) as url:
        shared_page.goto(url + "/uutiset/digitukea-kehittamassa-yhdessa/")
        violations = run_axe(shared_page, axe, "/uutiset/digitukea-kehittamassa-yhdessa/")
    assert [v.rule for v in violations] == ["image-alt"]
    message = report(violations)
    assert "/uutiset/digitukea-kehittamassa-yhdessa/: image-alt" in message
    assert "element: .uudi-article__header > img" in message
    assert '<img src="/theme/img/logo.svg" width="40" height="40">' in message
