"""Gate: keyboard use (skip link, Tab reaches everything, visible focus) and pages without JavaScript."""

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page

from sitebuild.quality.config import load_page_types
from sitebuild.quality.keyboard import check_skip_link, check_tab_order, check_without_javascript
from sitebuild.quality.serve import serve

PAGE_TYPES = load_page_types()
IDS = [p.id for p in PAGE_TYPES]


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=IDS)
def test_keyboard_reaches_everything_with_visible_focus(shared_page: Page, quality_url: str, page_type) -> None:
    shared_page.goto(quality_url + page_type.path)
    problems = check_skip_link(shared_page, page_type.path)
    shared_page.goto(quality_url + page_type.path)
    problems += check_tab_order(shared_page, page_type.path)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=IDS)
def test_page_shows_content_and_navigation_without_javascript(no_js_page: Page, quality_url: str, page_type) -> None:
    no_js_page.goto(quality_url + page_type.path)
    problems = check_without_javascript(no_js_page, page_type.path)
    assert problems == [], "\n".join(problems)


def test_gate_fails_when_focus_is_invisible(shared_page: Page, quality_site: Path, tmp_path: Path) -> None:
    broken = tmp_path / "site"
    shutil.copytree(quality_site, broken)
    with (broken / "theme/css/site.css").open("a", encoding="utf-8") as css:
        css.write("\n.uudi-nav__link:focus-visible { outline: none; box-shadow: none; }\n")
    with serve(broken) as url:
        shared_page.goto(url + "/tietoa/")
        problems = check_tab_order(shared_page, "/tietoa/")
    assert len(problems) == 6
    assert all(p.startswith('/tietoa/: no visible focus indicator on <a class="uudi-nav__link"') for p in problems)


def test_gate_fails_when_an_element_cannot_be_reached(shared_page: Page, quality_site: Path, tmp_path: Path) -> None:
    broken = tmp_path / "site"
    shutil.copytree(quality_site, broken)
    page = broken / "tietoa/index.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace("</h1>", '</h1><a href="/" tabindex="-1">Etusivu</a>', 1),
        encoding="utf-8",
    )
    with serve(broken) as url:
        shared_page.goto(url + "/tietoa/")
        problems = check_tab_order(shared_page, "/tietoa/")
    assert problems == ['/tietoa/: not reachable with Tab: <a href="/" tabindex="-1">Etusivu</a>']
