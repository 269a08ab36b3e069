"""Welcome guides and the region preference in Chromium: axe at phone and desktop widths in
both languages, the checklist by keyboard (kept on the device) and in print, and a region
chosen then cleared."""

import pytest

from .conftest import ARTIFACTS
from .test_offers_browser import check_page, slug

pytestmark = pytest.mark.browser

PATHS = [
    "/fr/bienvenue-en-france/",
    "/en/welcome-to-france/",
    "/fr/bienvenue-en-france/convention-d-accueil-et-visa/",
    "/en/welcome-to-france/hosting-agreement-and-visa/",
    "/en/welcome-to-france/where-do-i-start/?citizenship=non_eu&contract=fixed_term&family=yes",
    "/fr/bienvenue-en-france/par-ou-commencer/",
]


@pytest.mark.parametrize("path", PATHS)
def test_guide_pages_pass_axe_and_fit(server_url, new_page, path):
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for name, width in (("phone", 375), ("desktop", 1280)):
        page = new_page(width=width)
        response = page.goto(server_url + path)
        assert response.status == 200, path
        check_page(page, width)
        page.screenshot(path=str(folder / f"{slug(path)}-{name}.png"), full_page=True)


def test_checklist_by_keyboard_is_kept_on_the_device_and_prints(server_url, new_page):
    url = server_url + "/en/welcome-to-france/hosting-agreement-and-visa/"
    page = new_page(width=1280, locale="en-GB")
    page.goto(url)
    first = page.locator(".checklist input[type=checkbox]").first
    first.focus()
    page.keyboard.press("Space")
    assert first.is_checked()
    page.reload()
    assert page.locator(".checklist input[type=checkbox]").first.is_checked()
    # The label names the box for screen readers.
    label = page.locator(".checklist label").first.inner_text()
    assert page.get_by_role("checkbox", name=label).is_checked()

    page.emulate_media(media="print")
    assert page.locator(".checklist").is_visible()
    assert not page.locator(".main-nav").is_visible()
    assert not page.locator(".region-picker").is_visible()
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / "guide-print.png"), full_page=True)


def test_choosing_a_region_puts_its_offers_first_and_clearing_it_restores(server_url, new_page):
    page = new_page(width=1280, locale="en-GB")
    page.goto(server_url + "/en/offers/")
    national = page.locator(".offer-card__title a").all_inner_texts()

    page.locator(".region-picker summary").click()
    page.get_by_label("Regional delegation").select_option("grand-est")
    page.locator(".region-picker").get_by_role("button", name="Apply").click()
    assert "/en/offers/" in page.url
    assert page.locator(".region-first").is_visible()
    places = page.locator(".offer-card").all_inner_texts()
    assert "Grand Est" in places[0]
    assert page.locator(".region-picker summary").inner_text() == "Region: Grand Est"

    page.goto(server_url + "/en/welcome-to-france/finding-housing/")
    assert page.get_by_role("heading", name="Your regional contacts").is_visible()

    page.goto(server_url + "/en/offers/")
    page.locator(".region-first").get_by_role("link", name="Show the national order").click()
    assert page.locator(".region-first").count() == 0
    assert page.locator(".offer-card__title a").all_inner_texts() == national
