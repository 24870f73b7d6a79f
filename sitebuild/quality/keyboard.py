"""Keyboard and no-JavaScript checks in the browser: skip link, Tab order, visible focus, content."""

from playwright.sync_api import Page

# Elements a keyboard user must be able to reach; hidden ones (display:none, no box, or inside a closed
# <details>, which checkVisibility() reports) are left out.
_INTERACTIVE = """() => [...document.querySelectorAll(
    'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
  .filter(el => !el.disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
    && el.checkVisibility())
  .map((el, index, all) => { window.__qaInteractive = all; return el.outerHTML.slice(0, 120); })"""

# Record every element that receives focus, and whether its focus is visible (an outline or a shadow).
_RECORD_FOCUS = """() => {
  window.__qaFocus = [];
  document.addEventListener('focusin', event => {
    const el = event.target;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    window.__qaFocus.push({index: (window.__qaInteractive || []).indexOf(el),
                           html: el.outerHTML.slice(0, 120), visible: outline || style.boxShadow !== 'none'});
  }, true);
}"""


def check_tab_order(page: Page, label: str) -> list[str]:
    """Tab through the loaded page: every interactive element is reached and shows its focus."""
    expected = page.evaluate(_INTERACTIVE)
    page.evaluate(_RECORD_FOCUS)
    for _ in range(len(expected) + 1):
        page.keyboard.press("Tab")
    problems: list[str] = []
    reached: set[int] = set()
    for focused in page.evaluate("() => window.__qaFocus"):
        if focused["index"] in reached:
            break  # focus wrapped around to the start
        if focused["index"] >= 0:
            reached.add(focused["index"])
        if not focused["visible"]:
            problems.append(f"{label}: no visible focus indicator on {focused['html']}")
    for index, element in enumerate(expected):
        if index not in reached:
            problems.append(f"{label}: not reachable with Tab: {element}")
    return problems


def check_skip_link(page: Page, label: str) -> list[str]:
    """The first Tab stop is the skip link, and following it moves focus to the main content."""
    page.keyboard.press("Tab")
    first = page.evaluate("() => document.activeElement.getAttribute('href')")
    if first != "#main":
        return [f"{label}: the first Tab stop is {first!r}, not the skip link to #main"]
    page.keyboard.press("Enter")
    if not page.evaluate("() => document.activeElement === document.querySelector('main')"):
        return [f"{label}: the skip link does not move focus to <main>"]
    return []


def check_without_javascript(page: Page, label: str) -> list[str]:
    """With JavaScript off the page shows its heading, its main text and the main navigation."""
    problems: list[str] = []
    if not page.locator("main h1").first.is_visible():
        problems.append(f"{label}: no visible <h1> in <main> without JavaScript")
    if len(page.locator("main").inner_text().strip()) < 20:
        problems.append(f"{label}: <main> is (nearly) empty without JavaScript")
    nav_links = page.locator("nav a[href]")
    if nav_links.count() == 0:
        problems.append(f"{label}: no navigation links without JavaScript")
    for index in range(nav_links.count()):
        if not nav_links.nth(index).is_visible():
            problems.append(
                f"{label}: navigation link {nav_links.nth(index).get_attribute('href')} hidden without JavaScript"
            )
    return problems
