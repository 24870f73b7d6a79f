"""Find digital support in Chromium: instant filters kept in the URL, 'open now' in Helsinki time,
the opt-in map, and every location reachable without JavaScript."""

import re
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page, expect

from tests.sites import ROOT, load_data

LOCATIONS = load_data(ROOT / "data").records("locations").records
VISIBLE_CARDS = "[data-results] [data-location]:visible"


def visible_names(page: Page) -> set[str]:
    return set(page.locator(f"{VISIBLE_CARDS} h3").all_inner_texts())


def names(lang: str, keep) -> set[str]:
    return {r["name"][lang] for r in LOCATIONS.values() if keep(r)}


def test_filter_by_municipality_shows_exactly_its_locations(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/loyda-digitukea/")
    page.get_by_label("Kunta").select_option(label="Espoo")
    expected = names("fi", lambda r: r["municipality"] == "049")
    expect(page.locator(VISIBLE_CARDS)).to_have_count(len(expected))
    assert visible_names(page) == expected
    expect(page.locator("[data-results-count]")).to_have_text(f"Hakuehtoja vastaa {len(expected)} paikkaa.")
    assert "municipality=049" in page.url


def test_filter_by_form_of_support_and_state_survives_a_reload(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/sv/hitta-digistod/")
    page.get_by_role("group", name="Stödform").get_by_label("Digistöd i hemmet").check()
    expected = names("sv", lambda r: "home-visit" in r["forms"])
    expect(page.locator(VISIBLE_CARDS)).to_have_count(len(expected))
    assert visible_names(page) == expected
    assert urlsplit(page.url).query == "form=home-visit"

    page.reload()
    expect(page.get_by_role("group", name="Stödform").get_by_label("Digistöd i hemmet")).to_be_checked()
    expect(page.locator(VISIBLE_CARDS)).to_have_count(len(expected))
    page.get_by_role("button", name="Rensa filtren").click()
    expect(page.locator(VISIBLE_CARDS)).to_have_count(len(LOCATIONS))


def test_filters_combine_and_empty_municipality_groups_are_hidden(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/loyda-digitukea/?group=youth&language=en")
    expected = names("fi", lambda r: "youth" in r["target_groups"] and "en" in r["languages"])
    expect(page.locator(VISIBLE_CARDS)).to_have_count(len(expected))
    visible_groups = page.locator("[data-group]:visible").count()
    assert visible_groups == len({r["municipality"] for r in LOCATIONS.values() if r["name"]["fi"] in expected})


def test_open_now_uses_helsinki_time_and_exceptions(page: Page, site_url: str) -> None:
    # Monday 30.11.2026 11:00 in Helsinki (09:00 UTC): Oodi is open 10-14.
    page.clock.set_fixed_time("2026-11-30T09:00:00Z")
    page.goto(f"{site_url}/loyda-digitukea/paikka/helsinki-oodi/")
    expect(page.locator("[data-module=open-now]")).to_have_text("Avoinna nyt, klo 14.00 asti")
    # Thursday 24.12.2026 16:00: normally open 15-18, closed for Christmas.
    page.clock.set_fixed_time("2026-12-24T14:00:00Z")
    page.reload()
    expect(page.locator("[data-module=open-now]")).to_have_text("Suljettu nyt")
    # Past exceptions are hidden: after New Year only the summer period is left.
    page.clock.set_fixed_time("2027-01-10T10:00:00Z")
    page.reload()
    expect(page.locator(".uudi-exceptions li:visible")).to_have_count(1)


def test_open_now_filter(page: Page, site_url: str) -> None:
    page.clock.set_fixed_time("2026-12-01T10:30:00Z")  # Tuesday 12:30 in Helsinki
    page.goto(f"{site_url}/loyda-digitukea/?open=now")
    expect(page.get_by_label("Avoinna nyt")).to_be_checked()
    cards = page.locator(VISIBLE_CARDS)
    expect(cards.first).to_be_visible()
    for card in cards.all():
        assert card.get_attribute("data-hours")
    assert cards.count() < len(LOCATIONS)


def test_map_loads_leaflet_and_tiles_only_when_asked(page: Page, site_url: str) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.route(re.compile(r"^https://tile\.openstreetmap\.org/.*"), lambda route: route.fulfill(status=204))
    page.goto(f"{site_url}/loyda-digitukea/kartta/")
    page.wait_for_load_state("networkidle")
    assert not [url for url in requests if not url.startswith(site_url)], "no third-party request by default"
    assert not [url for url in requests if "leaflet" in url]
    # Tiles load after the markers; wait for the first tile request instead of racing it.
    with page.expect_request(re.compile(r"^https://tile\.openstreetmap\.org/")):
        page.get_by_role("button", name="Näytä kartta").click()
    expect(page.locator(".leaflet-marker-icon")).to_have_count(len(LOCATIONS))
    assert all(url.startswith(site_url) for url in requests if "leaflet" in url)


def test_without_javascript_every_location_is_reachable(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/loyda-digitukea/")
    expect(page.locator("form[data-module=directory-filter]")).to_be_hidden()
    links = page.locator("[data-results] [data-location] a")
    expect(links).to_have_count(len(LOCATIONS))
    for link in links.all():
        expect(link).to_be_visible()
    page.get_by_role("link", name="Kauniainen", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Kauniainen")
    page.get_by_role("link", name="Nettikahvila Kauniainen").click()
    expect(page.get_by_role("table")).to_be_visible()
    expect(page.locator("[data-module=open-now]")).to_be_hidden()
    context.close()
