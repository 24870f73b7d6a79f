"""The event lists in Chromium, in Swedish: instant filters with the keyboard, filter pages without JavaScript."""

from playwright.sync_api import Browser, Page, expect


def test_filters_narrow_the_list_instantly_with_the_keyboard(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/sv/evenemang/")
    expect(page.locator(".uudi-event-list__item:visible")).to_have_count(9)
    audience = page.get_by_label("För vem")
    audience.focus()
    expect(audience).to_be_focused()
    page.keyboard.press("ArrowDown")  # the keyboard changes the choice, and the list follows at once
    expect(page.get_by_role("status")).not_to_have_text("")
    audience.select_option(label="Unga")
    expect(page.get_by_role("status")).to_have_text("Visar 1 evenemang.")
    expect(page.locator(".uudi-event-list__item:visible")).to_have_count(1)
    expect(page.locator("#month-2026-12")).to_be_hidden()
    audience.select_option(value="")
    page.keyboard.press("Tab")
    attendance = page.get_by_label("Sätt att delta")
    expect(attendance).to_be_focused()
    attendance.select_option(label="På plats")
    expect(page.locator(".uudi-event-list__item:visible")).to_have_count(4)  # a hybrid event counts for both
    attendance.select_option(label="På nätet")
    expect(page.locator(".uudi-event-list__item:visible")).to_have_count(6)


def test_filter_pages_work_without_javascript(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/sv/evenemang/")
    expect(page.locator("select")).to_have_count(0)
    page.get_by_role("link", name="På plats", exact=True).click()
    expect(page).to_have_url(f"{site_url}/sv/evenemang/pa-plats/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Kommande evenemang på plats")
    expect(page.locator(".uudi-event-card")).to_have_count(4)
    page.get_by_role("link", name="Tidigare evenemang (3)").click()
    expect(page).to_have_url(f"{site_url}/sv/evenemang/tidigare/")
    page.locator(".uudi-event-card__title a").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nätverksmöte på svenska: digistöd i Västnyland")
    expect(page.get_by_text("Evenemanget har avslutats.")).to_be_visible()
    context.close()
