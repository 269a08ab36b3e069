"""The suggestions form in Chromium: axe at both widths in both languages, and sent by a
person using the keyboard only."""

import pytest

from tests.helpers import picture_asked

from .conftest import ARTIFACTS
from .test_offers_browser import check_page, slug

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path", ["/fr/votre-avis-compte/boite-a-idees/", "/en/your-opinion-matters/suggestion-box/"]
)
def test_the_form_passes_axe_and_fits(server_url, new_page, path):
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for name, width in (("phone", 375), ("desktop", 1280)):
        page = new_page(width=width)
        page.goto(server_url + path)
        check_page(page, width)
        page.screenshot(path=str(folder / f"{slug(path)}-{name}.png"), full_page=True)


def test_a_person_sends_a_suggestion_by_keyboard(server_url, new_page):
    page = new_page(width=1280, locale="en-GB")
    page.goto(server_url + "/en/your-opinion-matters/suggestion-box/")
    page.get_by_label("Your suggestion").fill("Longer opening hours for the campus crèche.")
    asked = page.locator("#id_picture_helptext").inner_text()
    name = picture_asked(asked)
    page.get_by_role("radio", name=name).focus()
    page.keyboard.press("Space")
    assert page.get_by_role("radio", name=name).is_checked()
    page.wait_for_timeout(3100)  # a person takes more than three seconds
    page.get_by_role("button", name="Send").press("Enter")
    assert page.get_by_role("status").filter(has_text="Thank you").is_visible()
