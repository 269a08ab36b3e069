"""The page frame's header in Chromium: a compact header with a menu button on phones (usable
with the keyboard, with or without JavaScript), the whole menu on one row at 1280px in both
languages (tools included), nothing moving after the first paint, and the error summary
focused on load."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser

AXE = Axe()

PAGES = {
    "fr": ["/fr/", "/fr/offres/", "/fr/bienvenue-en-france/trouver-un-logement/"],
    "en": ["/en/", "/en/offers/", "/en/welcome-to-france/finding-housing/"],
}
# Chromium now and then reports a shift of a few ten-thousandths (0.0005 and 0.0015 seen, on a
# loaded machine, not reproduced on a quiet one): sub-pixel, invisible. A control revealed by
# script, as before, shifted 0.05 to 0.22.
NOTHING_MOVES = 0.005
CLS = """() => new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 1000);
})"""


def layout_shift(page):
    """The loaded page's layout shift, measured again after a reload when it is over the limit:
    a shift the page makes on every load fails. One it makes now and then does not: a browser
    starved of CPU paints a box before it has read all of it, and a box aligned to the right
    then grows leftwards as the rest arrives (0.003 to 0.0075 seen with the CPU throttled four
    to six times, the header's tools or the listing's sort control before it moved left)."""
    shift = page.evaluate(CLS)
    if shift > NOTHING_MOVES:
        page.reload()
        shift = min(shift, page.evaluate(CLS))
    return shift


TOOLS_HEIGHTS = """() => ({
  row: document.querySelector('.site-menu__tools').getBoundingClientRect().height,
  tallest: Math.max(...[...document.querySelectorAll('.site-menu__tools > *')]
    .map(item => item.getBoundingClientRect().height)),
})"""
# Pixels left in the header's search box once its placeholder is drawn in the box's font.
PLACEHOLDER_ROOM = """() => {
  const input = document.querySelector('#site-search'), style = getComputedStyle(input);
  const context = document.createElement('canvas').getContext('2d');
  context.font = style.font;
  return input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    - context.measureText(input.placeholder).width;
}"""


def menu_button_state(page):
    """(role, expanded) of the menu button in Chromium's accessibility tree."""
    session = page.context.new_cdp_session(page)
    for node in session.send("Accessibility.getFullAXTree")["nodes"]:
        if node.get("name", {}).get("value") == "Menu":
            properties = {item["name"]: item["value"].get("value") for item in node["properties"]}
            return node["role"]["value"], properties.get("expanded")
    return None


def first_offer(page, server_url, listing):
    page.goto(server_url + listing)
    return page.locator(".offer-card__title a").first.get_attribute("href")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_on_a_phone_the_content_starts_high_and_nothing_moves(server_url, new_page, language):
    page = new_page(width=375, height=812)
    paths = [*PAGES[language], first_offer(page, server_url, PAGES[language][1])]
    for path in paths:
        page.goto(server_url + path)
        top = page.evaluate("document.querySelector('main').getBoundingClientRect().top")
        assert top <= 200, f"{path}: the content starts at {top}px"
        assert layout_shift(page) <= NOTHING_MOVES, f"{path}: layout shift after the first paint"
        assert page.locator(".main-nav a").first.is_hidden(), "the menu starts folded"
        assert page.evaluate("document.documentElement.scrollWidth") <= 375


@pytest.mark.parametrize("javascript", [True, False])
def test_the_phone_menu_opens_and_closes_with_the_keyboard(server_url, browser, javascript):
    context = browser.new_context(
        viewport={"width": 375, "height": 812}, java_script_enabled=javascript, locale="fr-FR"
    )
    page = context.new_page()
    page.goto(server_url + "/fr/offres/")
    assert menu_button_state(page) == ("DisclosureTriangle", False)
    button = page.locator(".site-menu__button")
    button.focus()
    ring = page.evaluate("getComputedStyle(document.activeElement).boxShadow")
    assert ring and ring != "none", "the focused menu button shows a focus ring"
    page.keyboard.press("Enter")
    nav = page.get_by_role("navigation", name="Menu principal")
    assert nav.get_by_role("link", name="Bienvenue en France").is_visible()
    assert page.get_by_role("navigation", name="Choisir une langue").is_visible()
    assert page.locator(".region-picker summary").is_visible()
    # The text size control needs the script: shown with it, absent without.
    assert page.locator("[data-text-size]").is_visible() is javascript
    # Read as a disclosure button, expanded now (Chromium's accessibility tree).
    assert menu_button_state(page) == ("DisclosureTriangle", True)
    page.keyboard.press("Escape" if javascript else "Enter")
    assert nav.get_by_role("link", name="Bienvenue en France").is_hidden()
    if javascript:
        assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    context.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_at_1280px_the_menu_is_one_row_and_the_button_is_gone(server_url, new_page, language):
    for width, path in [(1280, path) for path in PAGES[language]] + [(1152, PAGES[language][0])]:
        page = new_page(width=width, height=900)
        page.goto(server_url + path)
        rows = page.evaluate(
            "new Set([...document.querySelectorAll('.main-nav li')]"
            ".map(item => Math.round(item.getBoundingClientRect().top))).size"
        )
        assert rows == 1, f"{path}: the menu wraps onto {rows} rows"
        # The tools (text size, languages, region) on one line too: the French ones took two,
        # making the header 44px taller than the English one.
        tools = page.evaluate(TOOLS_HEIGHTS)
        assert tools["row"] <= tools["tallest"] + 1, f"{path}: the tools wrap ({tools})"
        # The search box keeps room for its whole placeholder ("Offres, guides, congés…"):
        # Chromium cut its last character with less than about 10px to spare.
        assert page.evaluate(PLACEHOLDER_ROOM) >= 10, f"{path}: the placeholder is cut"
        assert page.locator(".site-menu__button").is_hidden()
        assert page.locator("[data-text-size]").is_visible()
        assert layout_shift(page) <= NOTHING_MOVES, f"{path}: layout shift after the first paint"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_axe_is_clean_with_the_phone_menu_open(server_url, new_page, language):
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    page = new_page(width=375, height=812)
    page.goto(server_url + PAGES[language][1])
    page.locator(".site-menu__button").click()
    page.screenshot(path=str(folder / f"menu-open-{language}-phone.png"))
    violations = AXE.run(page).response["violations"]
    assert violations == [], [f"{v['id']}: {v['help']}" for v in violations]


@pytest.mark.parametrize(
    ("path", "language"),
    [
        ("/fr/votre-avis-compte/boite-a-idees/", "fr"),
        ("/en/your-opinion-matters/suggestion-box/", "en"),
    ],
)
def test_a_form_sent_back_opens_on_its_error_summary(server_url, new_page, path, language):
    page = new_page(width=375, height=812)
    page.goto(server_url + path)
    page.wait_for_timeout(3100)  # the human check's minimum time
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state("load")
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert page.title().startswith("Erreur\u00a0: " if language == "fr" else "Error: ")
    violations = AXE.run(page).response["violations"]
    assert violations == [], [f"{v['id']}: {v['help']}" for v in violations]
    summary.locator("a").first.click()
    assert page.evaluate("document.activeElement.id") == "id_votre_suggestion"
