"""What only a browser shows: the language switcher, the skip link, keyboard focus, no JavaScript."""

import re

from playwright.sync_api import Browser, Page, expect


def test_language_switcher_leads_to_the_same_page_in_swedish(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/tietoa/")
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    page.get_by_role("link", name="På svenska").click()
    expect(page).to_have_url(f"{site_url}/sv/om-oss/")
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.get_by_role("heading", level=1)).to_have_text("Om UuDi")
    page.get_by_role("link", name="Suomeksi").click()
    expect(page).to_have_url(f"{site_url}/tietoa/")


def test_home_page_switcher_and_navigation(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Apua verkkopalvelujen käyttöön läheltäsi")
    page.get_by_role("link", name="På svenska").click()
    expect(page).to_have_url(f"{site_url}/sv/")
    nav = page.get_by_role("navigation", name="Huvudmeny")
    nav.get_by_role("link", name="Nyheter").click()
    expect(page).to_have_url(f"{site_url}/sv/nyheter/")
    expect(page.get_by_role("link", name=re.compile("^Vi utvecklar digistöd"))).to_be_visible()


def test_skip_link_is_first_visible_on_focus_and_moves_focus_to_main(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Siirry pääsisältöön")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    outline = skip.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    focused_in_main = page.evaluate("document.activeElement.closest('main') !== null")
    assert focused_in_main


def test_pages_work_without_javascript(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/sv/nyheter/vi-utvecklar-digistod-tillsammans/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Vi utvecklar digistöd")
    expect(page.get_by_role("navigation", name="Huvudmeny")).to_be_visible()
    context.close()


def test_layout_fits_an_old_phone(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{site_url}/")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    context.close()
