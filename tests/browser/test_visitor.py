"""A visitor in Chromium: language landing and switching, keyboard, text size, axe-core."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser

AXE = Axe()


def test_root_lands_on_french_then_switches_to_the_same_page_in_english(server_url, new_page):
    page = new_page(locale="fr-FR")
    page.goto(server_url + "/")
    assert page.url == server_url + "/fr/"
    page.get_by_role("navigation", name="Menu principal").get_by_role(
        "link", name="Travailler à l’Inserm"
    ).click()
    assert page.url.endswith("/fr/travailler-a-l-inserm/")
    page.get_by_role("navigation", name="Choisir une langue").get_by_role(
        "link", name="English"
    ).click()
    assert page.url == server_url + "/en/working-at-inserm/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Working at Inserm"


def test_english_browser_lands_on_english(server_url, new_page):
    page = new_page(locale="en-GB")
    page.goto(server_url + "/")
    assert page.url == server_url + "/en/"


def test_keyboard_reaches_main_content_with_visible_focus(server_url, new_page):
    page = new_page()
    page.goto(server_url + "/fr/soutien-et-protection/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Aller au contenu principal"
    ring = page.evaluate("getComputedStyle(document.activeElement).boxShadow")
    assert ring and ring != "none", "the focused skip link shows a focus ring"
    assert page.locator(".skip-link").bounding_box()["y"] >= 0, "skip link visible on focus"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab stays inside the main content, not back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_text_size_control_scales_text_without_horizontal_scroll(server_url, new_page):
    page = new_page(width=320)
    page.goto(server_url + "/en/working-at-inserm/")
    base = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.locator(".site-menu__button").click()  # on a phone the control is in the menu
    larger = page.get_by_role("button", name="A+ larger text")
    for _ in range(3):
        larger.click()
    bigger = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert bigger >= base * 1.4
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.reload()  # remembered on this device
    again = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert again == bigger
    page.locator(".site-menu__button").click()
    page.get_by_role("button", name="A- smaller text").click()
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") < bigger


def test_faq_opens_without_javascript(server_url, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server_url + "/fr/")
    question = page.locator("details:has(.faq__answer) summary").first
    answer = page.locator("details .faq__answer").first
    assert not answer.is_visible()
    question.click()
    assert answer.is_visible()
    assert page.locator("[data-text-size]").is_hidden(), "no dead A-/A+ buttons without JS"
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/fr/",
        "/en/",
        "/fr/travailler-a-l-inserm/",
        "/en/working-at-inserm/",
        "/fr/accessibilite/",
        "/en/accessibility/",
        "/fr/page-inexistante/",
        "/en/missing-page/",
        "/fr/search/?q=cong%C3%A9s",
    ],
)
def test_axe_finds_no_serious_or_critical_violation(server_url, new_page, path):
    for width in (375, 1280):
        page = new_page(width=width)
        page.goto(server_url + path)
        results = AXE.run(page)
        serious = [
            f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes)"
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert serious == [], f"{path} at {width}px"


@pytest.mark.parametrize(
    "path", ["/fr/", "/en/", "/fr/travailler-a-l-inserm/", "/en/working-at-inserm/"]
)
def test_screenshots_fit_phone_and_desktop(server_url, new_page, path):
    """Saves screenshots for a person to look at; asserts nothing overflows sideways."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for name, width in (("phone", 375), ("desktop", 1280)):
        page = new_page(width=width)
        page.goto(server_url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.screenshot(
            path=str(folder / f"{path.strip('/').replace('/', '_')}-{name}.png"), full_page=True
        )
