"""The directory with many locations and the members list with many members (issue 15): every page stays
within its weight budget, every record is reachable without JavaScript (municipality pages, page after
page; the members list), and the filter finds locations that are not in the page's first results, in
Finnish and in Swedish."""

import json
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Page, expect

from pelicanconf import DIRECTORY_PAGE_SIZE, LANGUAGE_URLS
from plugins.site_i18n.urls import url_for
from sitebuild.quality.axe import axe_source, report, run_axe
from sitebuild.quality.budgets import KB, budget_for, check_budgets, page_weight
from sitebuild.quality.config import load_budgets, load_page_types
from sitebuild.quality.keyboard import check_tab_order
from sitebuild.quality.serve import serve
from tests.html import page as parse
from tests.sites import build_copy, clone_records, copy_project, load_data, made_up_word

# Enough for several pages per big municipality, a focus page 2, and a directory eight times its first results.
LOCATION_COUNT = 400
MEMBER_COUNT = 400
DIRECTORY = {"fi": "loyda-digitukea/", "sv": "sv/hitta-digistod/"}
PREFIX = {"fi": "", "sv": "sv/"}
CARD_LINKS = "main .uudi-location-card__title a"


@pytest.fixture(scope="module")
def big_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("directory-scale"))
    clone_records(project / "data" / "locations", LOCATION_COUNT, made_up_word)
    clone_records(project / "data" / "members", MEMBER_COUNT, made_up_word)
    previous = os.environ.pop("SITEURL", None)
    try:
        build_copy(project)
    finally:
        if previous is not None:
            os.environ["SITEURL"] = previous
    return project


@pytest.fixture(scope="module")
def big_site(big_project: Path) -> Path:
    return big_project / "output"


@pytest.fixture(scope="module")
def big_url(big_site: Path) -> Iterator[str]:
    with serve(big_site) as url:
        yield url


@pytest.fixture(scope="module")
def models(big_project: Path) -> dict:
    site = load_data(big_project / "data")
    assert len(site.locations) == LOCATION_COUNT
    return {"locations": site.locations, "municipalities": site.municipalities}


def location_href(lang: str, location_id: str) -> str:
    return "/" + PREFIX[lang] + url_for(LANGUAGE_URLS, lang, "LOCATION_URL", location_id)


def card_links(soup: BeautifulSoup) -> list[str]:
    return [a["href"] for a in soup.select(CARD_LINKS)]


def index(site: Path, lang: str) -> dict:
    form = parse(site, DIRECTORY[lang]).select_one("form[data-module=directory-filter]")
    return json.loads((site / form["data-index"].lstrip("/")).read_text(encoding="utf-8"))


def pages_of(site: Path, path: str) -> Iterator[BeautifulSoup]:
    """A list's first page and every page after it, by its "next page" links."""
    while True:
        soup = parse(site, path)
        yield soup
        following = soup.select_one("a[rel=next]")
        if following is None:
            return
        path = following["href"].lstrip("/")


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_location_is_reachable_without_javascript(big_site: Path, models: dict, lang: str) -> None:
    directory = parse(big_site, DIRECTORY[lang])
    first = card_links(directory)
    assert len(first) == DIRECTORY_PAGE_SIZE < LOCATION_COUNT, "the directory shows only its first results"
    status = directory.select_one("[data-more-status]")
    assert not status.has_attr("hidden") and f"{DIRECTORY_PAGE_SIZE}" in status.get_text()
    assert status.select_one("a[href='#by-municipality']")
    reached = set(first)
    paginated = 0
    for link in directory.select("#by-municipality a"):
        count = int(link.find_next_sibling(class_="uudi-jump-list__count").get_text(strip=True).strip("()"))
        on_pages = []
        for number, soup in enumerate(pages_of(big_site, link["href"].lstrip("/")), start=1):
            cards = card_links(soup)
            assert 0 < len(cards) <= DIRECTORY_PAGE_SIZE or count == 0
            if number > 1:
                assert soup.select_one("a[rel=prev]") and soup.select_one(".uudi-pagination__status")
                canonical = soup.select_one("link[rel=canonical]")["href"]
                assert urlsplit(canonical).path.endswith(f"/page/{number}/")
                paginated += 1
            on_pages += cards
        assert len(on_pages) == len(set(on_pages)) == count, link["href"]
        reached |= set(on_pages)
    assert reached == {location_href(lang, i) for i in models["locations"]}
    assert paginated > 0, "the big municipalities have more than one page"


def test_focus_pages_are_paginated_and_complete(big_site: Path, models: dict) -> None:
    listed = [href for soup in pages_of(big_site, "loyda-digitukea/nuoret/") for href in card_links(soup)]
    youth = {location_href("fi", i) for i, loc in models["locations"].items() if "youth" in loc.target_groups}
    assert len(listed) == len(youth) > DIRECTORY_PAGE_SIZE and set(listed) == youth


def test_every_page_is_within_the_budget(big_site: Path) -> None:
    budgets = load_budgets()
    assert list(check_budgets(big_site, load_page_types(), budgets)) == []
    weight, _ = page_weight(big_site, big_site / DIRECTORY["fi"] / "index.html")
    assert weight.total <= budget_for("directory", budgets)
    print(f"\ndirectory at {LOCATION_COUNT} locations: {weight.total / KB:.1f} KB gzip (HTML+CSS+JS)")


@pytest.mark.parametrize(
    ("lang", "municipality_label", "status_text"),
    [("fi", "Vihti", "Hakuehtoja vastaa {count} paikkaa."), ("sv", "Vichtis", "{count} ställen motsvarar filtren.")],
)
def test_filter_finds_locations_that_are_not_in_the_first_results(
    page: Page, big_site: Path, big_url: str, models: dict, lang: str, municipality_label: str, status_text: str
) -> None:
    entries = index(big_site, lang)["locations"]
    assert len(entries) == LOCATION_COUNT
    first = set(card_links(parse(big_site, DIRECTORY[lang])))
    code = next(m.code for m in models["municipalities"].values() if m.name(lang) == municipality_label)
    serving = [e for e in entries if code in e["a"].split()]
    hidden = [e for e in serving if BeautifulSoup(e["c"], "html.parser").a["href"] not in first]
    assert hidden, "some of the municipality's services are not among the first results"
    wanted = BeautifulSoup(hidden[-1]["c"], "html.parser").a.get_text()

    page.goto(big_url + "/" + DIRECTORY[lang])
    page.locator("summary.uudi-filters__toggle").click()
    page.locator("#filter-municipality").select_option(label=municipality_label)
    status = page.locator("[data-results-count]")
    expect(status).to_have_text(status_text.format(count=len(serving)))
    cards = page.locator("[data-results] [data-location]")
    expect(cards).to_have_count(min(len(serving), DIRECTORY_PAGE_SIZE))
    more = page.locator("[data-show-more]")
    while more.is_visible():
        before = cards.count()
        more.click()
        expect(cards.nth(before).locator("a").first).to_be_focused()
    expect(cards).to_have_count(len(serving))
    expect(page.locator("[data-results]").get_by_role("link", name=wanted, exact=True)).to_be_visible()
    expect(page.locator(f'[data-count-for="{code}"]')).to_have_text(str(len(serving)))
    assert f"municipality={code}" in page.url


def test_show_more_without_a_filter_continues_the_first_results(page: Page, big_site: Path, big_url: str) -> None:
    page.goto(big_url + "/" + DIRECTORY["fi"])
    cards = page.locator("[data-results] [data-location]")
    expect(cards).to_have_count(DIRECTORY_PAGE_SIZE)
    page.get_by_role("button", name="Näytä lisää").click()
    expect(cards).to_have_count(2 * DIRECTORY_PAGE_SIZE)
    expect(cards.nth(DIRECTORY_PAGE_SIZE).locator("a").first).to_be_focused()
    expect(page.locator("[data-more-count]")).to_have_text(
        f"Näytetään {2 * DIRECTORY_PAGE_SIZE} / {LOCATION_COUNT} paikkaa."
    )
    shown = page.locator(f"[data-results] {CARD_LINKS.removeprefix('main ')}").evaluate_all(
        "links => links.map((a) => a.getAttribute('href'))"
    )
    expected = [BeautifulSoup(e["c"], "html.parser").a["href"] for e in index(big_site, "fi")["locations"]]
    assert shown == expected[: 2 * DIRECTORY_PAGE_SIZE], "in the order of the directory"


def test_without_javascript_a_later_page_of_a_municipality_opens(browser: Browser, big_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(big_url + "/sv/hitta-digistod/")
    expect(page.get_by_role("button", name="Visa fler")).to_be_hidden()
    page.get_by_role("link", name="Alla ställen kommunvis").click()
    page.locator("#by-municipality").get_by_role("link", name="Helsingfors", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Helsingfors")
    first_page = set(page.locator(CARD_LINKS).all_inner_texts())
    page.get_by_role("link", name="Nästa sida").click()
    expect(page).to_have_url(big_url + "/sv/hitta-digistod/helsingfors/page/2/")
    expect(page.get_by_role("link", name="Föregående sida")).to_be_visible()
    assert set(page.locator(CARD_LINKS).all_inner_texts()).isdisjoint(first_page)
    context.close()


@pytest.mark.parametrize(
    "path", ["/loyda-digitukea/", "/sv/hitta-digistod/helsingfors/page/2/", "/loyda-digitukea/nuoret/page/2/"]
)
def test_first_results_and_later_pages_pass_axe_and_the_keyboard(page: Page, big_url: str, path: str) -> None:
    page.goto(big_url + path)
    assert page.get_by_role("button", name="Näytä lisää").is_visible() == (path == "/loyda-digitukea/")
    if path == "/loyda-digitukea/":
        page.get_by_role("button", name="Näytä lisää").click()
        expect(page.locator("[data-more-count]")).to_contain_text(str(2 * DIRECTORY_PAGE_SIZE))
    violations = run_axe(page, axe_source(), path)
    assert not violations, report(violations)
    page.goto(big_url + path)
    assert check_tab_order(page, path) == []


@pytest.mark.parametrize(("lang", "path"), [("fi", "verkosto/jasenet/"), ("sv", "sv/natverket/medlemmar/")])
def test_members_list_links_every_member_without_javascript(big_site: Path, lang: str, path: str) -> None:
    links = {a["href"] for a in parse(big_site, path).select(".uudi-member-card a")}
    members = load_data(big_site.parent / "data").members
    assert len(members) == MEMBER_COUNT
    assert links == {"/" + PREFIX[lang] + url_for(LANGUAGE_URLS, lang, "MEMBER_URL", i) for i in members}
