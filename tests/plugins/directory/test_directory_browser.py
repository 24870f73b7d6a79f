"""Find digital support in Chromium: instant filters kept in the URL, 'open now' in Helsinki time,
the opt-in map, results first on a 360 px phone, printing, and every location reachable without JavaScript."""

import re
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page, expect

from tests.sites import ROOT, load_data

SITE = load_data(ROOT / "data")
LOCATIONS = SITE.records("locations").records
MODELS = SITE.locations
VISIBLE_CARDS = "[data-results] [data-location]:visible"
PHONE = {"width": 360, "height": 740}
FILTERS = {"fi": "Rajaa paikkoja", "sv": "Filtrera ställena"}


def visible_names(page: Page) -> set[str]:
    return set(page.locator(f"{VISIBLE_CARDS} h3").all_inner_texts())


def names(lang: str, keep) -> set[str]:
    return {r["name"][lang] for r in LOCATIONS.values() if keep(r)}


def serves(record: dict, code: str) -> bool:
    return code in MODELS[record["id"]].area(SITE.municipalities)


def open_filters(page: Page, lang: str = "fi") -> None:
    page.locator("summary", has_text=FILTERS[lang]).click()


def test_filter_by_municipality_shows_every_service_that_reaches_it(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/loyda-digitukea/")
    open_filters(page)
    page.get_by_label("Kunta").select_option(label="Espoo")
    expected = names("fi", lambda r: serves(r, "049"))
    assert "Länsi-Uudenmaan kotiin vietävä digituki" in expected
    expect(page.locator(VISIBLE_CARDS)).to_have_count(len(expected))
    assert visible_names(page) == expected
    expect(page.locator("[data-results-count]")).to_have_text(f"Hakuehtoja vastaa {len(expected)} paikkaa.")
    assert "municipality=049" in page.url


def test_filter_by_form_of_support_and_state_survives_a_reload(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/sv/hitta-digistod/")
    open_filters(page, "sv")
    page.get_by_role("group", name="Stödform").get_by_label("Digistöd i hemmet").check()
    expected = names("sv", lambda r: "home-visit" in r["forms"])
    expect(page.locator(VISIBLE_CARDS)).to_have_count(len(expected))
    assert visible_names(page) == expected
    assert urlsplit(page.url).query == "form=home-visit"

    page.reload()
    open_filters(page, "sv")
    expect(page.get_by_role("group", name="Stödform").get_by_label("Digistöd i hemmet")).to_be_checked()
    expect(page.locator(VISIBLE_CARDS)).to_have_count(len(expected))
    page.get_by_role("button", name="Rensa filtren").click()
    expect(page.locator(VISIBLE_CARDS)).to_have_count(len(LOCATIONS))


def test_filters_combine_and_empty_municipality_groups_are_hidden(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/loyda-digitukea/?group=youth&language=en")
    expected = names("fi", lambda r: "youth" in r["target_groups"] and "en" in r["languages"])
    expect(page.locator(VISIBLE_CARDS)).to_have_count(len(expected))
    visible_groups = page.locator("[data-group]:visible").count()
    shown = [r for r in LOCATIONS.values() if r["name"]["fi"] in expected]
    assert visible_groups == len({r["municipality"] if "address" in r else "remote" for r in shown})


def test_municipality_counts_follow_every_filter_but_the_municipality(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/loyda-digitukea/?form=home-visit")
    espoo = page.locator('[data-count-for="049"]')
    expected = sum(1 for r in LOCATIONS.values() if serves(r, "049") and "home-visit" in r["forms"])
    expect(espoo).to_have_text(str(expected))
    open_filters(page)
    page.get_by_label("Kunta").select_option(label="Kauniainen")
    expect(page.locator("[data-results-count]")).to_contain_text(
        str(sum(1 for r in LOCATIONS.values() if serves(r, "235") and "home-visit" in r["forms"]))
    )
    expect(espoo).to_have_text(str(expected))


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
    expect(page.get_by_label("Avoinna nyt", exact=True)).to_be_checked()
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
    button = page.get_by_role("button", name="Näytä kartta")
    expect(button).to_have_attribute("aria-expanded", "false")
    with page.expect_request(re.compile(r"^https://tile\.openstreetmap\.org/")):
        button.click()
    button = page.locator("[data-map-open]")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(button).to_have_text("Piilota kartta")
    assert all(url.startswith(site_url) for url in requests if "leaflet" in url)
    # Overlapping markers are grouped: fewer icons than places, and a group's count adds up.
    places = sum(1 for loc in MODELS.values() if loc.has_place)
    expect(page.locator(".leaflet-marker-icon").first).to_be_visible()
    groups = page.locator(".marker-cluster")
    assert groups.count() >= 1
    singles = page.locator(".leaflet-marker-icon:not(.marker-cluster)").count()
    grouped = sum(int(n) for n in groups.all_inner_texts())
    assert singles + grouped == places
    # A single marker's popup: name, address, forms of support and a link to the page.
    page.locator(".leaflet-marker-icon:not(.marker-cluster)").first.click()
    popup = page.locator(".leaflet-popup-content")
    expect(popup.get_by_role("link", name="Lisää tästä paikasta")).to_have_attribute("href", re.compile("/paikka/"))
    expect(popup.locator("p")).to_have_count(2)
    button.click()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(page.locator("[data-map-canvas]")).to_be_hidden()
    expect(page.locator("#remote-title ~ ul li")).to_have_count(len(MODELS) - places)


def test_without_javascript_every_location_is_reachable(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/loyda-digitukea/")
    expect(page.locator("form[data-module=directory-filter]")).to_be_hidden()
    links = page.locator("[data-results] [data-location] h3 a")
    expect(links).to_have_count(len(LOCATIONS))
    for link in links.all():
        expect(link).to_be_visible()
    page.locator("summary", has_text="Kunnittain").click()
    page.get_by_role("link", name="Kauniainen", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Kauniainen")
    page.get_by_role("link", name="Nettikahvila Kauniainen").click()
    expect(page.get_by_role("table")).to_be_visible()
    expect(page.locator("[data-module=open-now]")).to_be_hidden()
    context.close()


def test_on_a_phone_results_come_first_and_espoo_swedish_home_visits_finds_the_western_service(
    browser: Browser, site_url: str
) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{site_url}/sv/hitta-digistod/")
    first = page.locator(VISIBLE_CARDS).first.bounding_box()
    assert first and first["y"] < 1100, f"first result at {first}"
    open_filters(page, "sv")
    page.get_by_label("Kommun").select_option(label="Esbo")
    page.get_by_role("group", name="Språk").get_by_label("Svenska").check()
    page.get_by_role("group", name="Stödform").get_by_label("Digistöd i hemmet").check()
    expected = names("sv", lambda r: serves(r, "049") and "sv" in r["languages"] and "home-visit" in r["forms"])
    assert "Västra Nylands digistöd i hemmet" in expected
    # While the filters are open the live count stays on screen in the sticky button.
    show = page.locator("[data-show-results]")
    expect(show).to_have_text(f"Visa {len(expected)} träffar")
    expect(show).to_be_in_viewport()
    show.click()
    count = page.locator("[data-results-count]")
    expect(count).to_be_focused()
    expect(count).to_be_in_viewport()
    assert visible_names(page) == expected
    top = page.evaluate(
        "() => document.querySelector('[data-results] [data-location]:not([hidden])').getBoundingClientRect().top"
        " + window.scrollY"
    )
    assert top < 1100, f"first result begins {top} px from the top"
    expect(page.locator("[data-active-filters] button")).to_have_count(3)
    context.close()


def test_municipality_page_without_javascript_has_the_western_home_visits(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(f"{site_url}/sv/hitta-digistod/?municipality=049&language=sv&form=home-visit")
    notice = page.locator("noscript + *, .uudi-notice").filter(has_text="JavaScript")
    expect(notice.first).to_be_visible()
    notice.first.get_by_role("link", name="Välj din kommun").click()
    page.get_by_role("link", name="Esbo", exact=True).click()
    reaching = page.locator("#reaching")
    expect(reaching.get_by_role("heading", level=2)).to_contain_text("Tjänster från annat håll")
    expect(reaching.get_by_role("link", name="Västra Nylands digistöd i hemmet")).to_be_visible()
    context.close()


def test_language_switch_keeps_the_filters(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/loyda-digitukea/?municipality=049&form=home-visit")
    open_filters(page)
    page.get_by_role("group", name="Kieli").get_by_label("Ruotsi").check()
    expect(page).to_have_url(re.compile(r"language=sv"))  # the filter has run (its index loads on first use)
    page.get_by_role("link", name="På svenska").click()
    assert urlsplit(page.url).path == "/sv/hitta-digistod/"
    assert urlsplit(page.url).query == "municipality=049&form=home-visit&language=sv"
    open_filters(page, "sv")
    expect(page.get_by_label("Kommun")).to_have_value("049")
    expect(page.get_by_role("group", name="Stödform").get_by_label("Digistöd i hemmet")).to_be_checked()


def test_no_results_names_the_filters_offers_to_remove_each_and_points_to_everyone(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/loyda-digitukea/?municipality=018&form=chat&language=ar")
    help_box = page.locator("[data-no-results]")
    expect(help_box).to_be_visible()
    assert help_box.get_by_role("link").count() == sum(1 for loc in MODELS.values() if loc.whole_region)
    remove = page.locator("[data-active-filters] button")
    expect(remove).to_have_count(3)
    page.get_by_role("button", name="Poista rajaus: Chat").click()
    expect(page.locator("[data-results-count]")).to_be_focused()
    expect(remove).to_have_count(2)
    assert "form=" not in page.url


def test_tap_targets_are_at_least_24_px(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{site_url}/loyda-digitukea/?form=phone")
    open_filters(page)
    targets = page.locator(
        "form[data-module=directory-filter] input, form[data-module=directory-filter] select, "
        "form[data-module=directory-filter] button, summary, [data-active-filters] button, .uudi-location-card__phone"
    )
    small = []
    for target in targets.all():
        box = target.bounding_box()
        if box and (box["width"] < 24 or box["height"] < 24):
            small.append((target.evaluate("e => e.outerHTML.slice(0, 80)"), box))
    assert targets.count() > 40 and small == []
    context.close()


def test_print_hides_navigation_and_prints_link_addresses(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/loyda-digitukea/espoo/")
    page.emulate_media(media="print")
    expect(page.locator(".uudi-nav")).to_be_hidden()
    expect(page.locator(".uudi-footer")).to_be_hidden()
    after = page.evaluate(
        "() => getComputedStyle(document.querySelector('main .uudi-location-card__title a'), '::after').content"
    )
    assert "/loyda-digitukea/paikka/" in after
    expect(page.locator("main .uudi-location-card").first).to_contain_text("Aukioloajat:")
    page.emulate_media(media="screen")
    expect(page.locator(".uudi-nav")).to_be_visible()
