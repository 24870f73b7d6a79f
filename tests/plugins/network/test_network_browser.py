"""The municipality filter on the members list, with and without JavaScript."""

from playwright.sync_api import Browser, Page, expect


def test_filter_narrows_the_list_instantly_with_javascript(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/verkosto/jasenet/")
    select = page.get_by_label("Näytä jäsenet kunnassa")
    select.select_option(label="Pukkila")
    expect(page.get_by_role("status")).to_have_text("Näytetään 4 jäsentä.")
    visible = page.locator(".uudi-member-card:visible")
    expect(visible).to_have_count(4)
    for card in visible.all():
        expect(card).to_be_visible()
    expect(page.locator('#type-municipality [data-member-count="municipality"]')).to_have_text("1")
    expect(page.locator("#type-parish")).to_be_hidden()
    select.select_option(value="")
    expect(page.locator(".uudi-member-card:visible")).to_have_count(70)


def test_filter_works_without_javascript(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/sv/natverket/medlemmar/")
    expect(page.locator("select")).to_have_count(0)
    page.get_by_role("link", name="Borgå", exact=True).click()
    expect(page).to_have_url(f"{site_url}/sv/natverket/medlemmar/kommun/borga/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Medlemmar – Borgå")
    expect(page.locator(".uudi-member-card")).to_have_count(7)
    context.close()


def test_member_page_fits_an_old_phone(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in ("/sv/natverket/medlemmar/digiapu-oy/", "/verkosto/jasenet/", "/verkosto/kumppanit/"):
        page.goto(site_url + path)
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, path
    context.close()
