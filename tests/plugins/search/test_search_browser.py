"""Search in Chromium on the served production build: Finnish stemming, Swedish only in Swedish, the type
filter, the live region, the keyboard, and the fallback links with JavaScript off."""

import gzip
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page, expect

RESULTS = "[data-search-results] li"
STATUS = "[data-search-status]"


def search(page: Page, url: str, query: str) -> None:
    page.goto(url)
    page.locator("#search-query").fill(query)
    page.locator("#search-query").press("Enter")


def result_urls(page: Page) -> list[str]:
    return [urlsplit(href).path for href in page.locator(f"{RESULTS} h2 a").evaluate_all("els => els.map(a => a.href)")]


def test_kirjasto_finds_the_finnish_page_that_says_kirjastossa(page: Page, search_url: str) -> None:
    search(page, f"{search_url}/haku/", "kirjasto")
    expect(page.locator(STATUS)).to_contain_text("haulla ”kirjasto”")
    assert "/uutiset/digitukea-kirjastossa/" in result_urls(page)
    first = page.locator(RESULTS).filter(has=page.locator('a[href$="/uutiset/digitukea-kirjastossa/"]'))
    expect(first.locator(".uudi-search__type")).to_have_text("Uutinen")
    expect(first.locator(".uudi-search__excerpt mark").first).to_contain_text("kirjasto")
    assert all(not url.startswith("/sv/") for url in result_urls(page))


def test_a_swedish_query_returns_swedish_pages_only(page: Page, search_url: str) -> None:
    search(page, f"{search_url}/sv/sok/", "bibliotek")
    expect(page.locator(STATUS)).to_contain_text("för ”bibliotek”")
    urls = result_urls(page)
    assert "/sv/nyheter/digistod-pa-biblioteket/" in urls
    assert urls and all(url.startswith("/sv/") for url in urls)
    search(page, f"{search_url}/sv/sok/", "Borgå")
    expect(page.locator(RESULTS).first).to_be_visible()
    assert all(url.startswith("/sv/") for url in result_urls(page))


def test_type_filter_narrows_the_results_and_the_live_region_announces_them(page: Page, search_url: str) -> None:
    page.goto(f"{search_url}/haku/")
    status = page.locator(STATUS)
    expect(status).to_have_attribute("role", "status")
    expect(status).to_have_text("")
    page.locator("#search-query").fill("digituki")
    expect(status).to_contain_text("tulosta haulla ”digituki”")
    everything = int(status.inner_text().split()[0])
    page.get_by_label("Tyyppi").select_option(label="Tukipaikka")
    expect(status).not_to_have_text(f"{everything} tulosta haulla ”digituki”")
    expect(status).to_have_text(re.compile(r"^\d+ tulosta"))
    narrowed = int(status.inner_text().split()[0])
    assert 0 < narrowed < everything
    types = page.locator(f"{RESULTS} .uudi-search__type").all_inner_texts()
    assert types and set(types) == {"Tukipaikka"}
    assert "type=Tukipaikka" in page.url and "q=digituki" in page.url


def test_search_works_with_the_keyboard_alone(page: Page, search_url: str) -> None:
    page.goto(f"{search_url}/sv/sok/")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "search-query":
            break
    assert page.evaluate("document.activeElement.id") == "search-query"
    page.keyboard.type("bibliotek")
    page.keyboard.press("Enter")
    expect(page.locator(RESULTS).first).to_be_visible()
    page.keyboard.press("Tab")  # the type select
    page.keyboard.press("Tab")  # the search button
    page.keyboard.press("Tab")  # the first result
    focused = page.evaluate("document.activeElement.closest('[data-search-results] li') !== null")
    assert focused
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/sok/" not in url)
    assert urlsplit(page.url).path.startswith("/sv/")


def test_a_query_in_the_address_runs_at_once(page: Page, search_url: str) -> None:
    page.goto(f"{search_url}/haku/?q=kirjasto&type=Uutinen")
    expect(page.locator(STATUS)).to_contain_text("kirjasto")
    expect(page.get_by_label("Tyyppi")).to_have_value("Uutinen")
    assert set(page.locator(f"{RESULTS} .uudi-search__type").all_inner_texts()) == {"Uutinen"}


def test_without_javascript_the_page_says_so_and_the_fallback_links_work(no_js_page: Page, search_url: str) -> None:
    for path, texts in (
        ("/haku/", ["Kaikkien sivujen A–Ö-hakemisto", "Digitukipaikkojen hakemisto", "Uutisarkisto"]),
        ("/sv/sok/", ["Register A–Ö över alla sidor", "Katalog över digistöd", "Nyhetsarkiv"]),
    ):
        no_js_page.goto(search_url + path)
        expect(no_js_page.locator("form[role=search]")).to_be_hidden()
        expect(no_js_page.locator("[data-search-fallback]")).to_contain_text("JavaScript")
        for text in texts:
            no_js_page.goto(search_url + path)
            link = no_js_page.locator("[data-search-fallback]").get_by_role("link", name=text)
            link.click()
            expect(no_js_page.locator("h1")).to_be_visible()
            assert no_js_page.url != search_url + path


def test_every_bundle_of_a_language_is_searched(page: Page, search_url: str, search_site: Path) -> None:
    # The search page merges its language's bundles: a page indexed into any of them is found.
    for folder, search_path in ((search_site, "/haku/"), (search_site / "sv", "/sv/sok/")):
        for bundle in sorted(folder.glob("pagefind*/")):
            fragment = sorted(bundle.glob("fragment/*.pf_fragment"))[0]
            record = json.loads(gzip.decompress(fragment.read_bytes())[len(b"pagefind_dcd") :])
            search(page, f"{search_url}{search_path}", f'"{record["meta"]["title"]}"')
            expect(page.locator(RESULTS).first).to_be_visible()
            assert record["url"] in result_urls(page), (bundle.name, record["url"])
