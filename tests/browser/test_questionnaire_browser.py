"""The questionnaire in Chromium: axe at both widths in both languages, and part of one axis
answered and sent with the keyboard only."""

import pytest

from tests.helpers import picture_asked

from .conftest import ARTIFACTS
from .test_offers_browser import check_page, slug

pytestmark = pytest.mark.browser

PATHS = [
    "/fr/votre-avis-compte/questionnaire-auto-evaluation/",
    "/en/your-opinion-matters/self-assessment-questionnaire/",
]


@pytest.mark.parametrize("path", PATHS)
def test_the_questionnaire_passes_axe_and_fits(server_url, new_page, path):
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for name, width in (("phone", 375), ("desktop", 1280)):
        page = new_page(width=width)
        page.goto(server_url + path)
        check_page(page, width)
        page.screenshot(path=str(folder / f"{slug(path)}-{name}.png"), full_page=True)


def test_part_of_the_questionnaire_answered_by_keyboard(server_url, new_page):
    page = new_page(width=1280, locale="en-GB")
    page.goto(server_url + PATHS[1])
    # The first statement: "Agree", chosen with the arrow keys inside its radio group.
    first = page.locator("input[name=rating_1]").first
    first.focus()
    page.keyboard.press("Space")
    for _ in range(4):
        page.keyboard.press("ArrowRight")
    assert page.get_by_role("radio", name="Agree", exact=True).first.is_checked()
    page.locator("#id_comment_2").focus()
    page.keyboard.type("Shared platforms helped our team.")
    asked = page.locator("#id_picture_helptext").inner_text()
    name = picture_asked(asked)
    page.get_by_role("radio", name=name).focus()
    page.keyboard.press("Space")
    page.wait_for_timeout(3100)  # a person takes more than three seconds
    page.get_by_role("button", name="Send my answers").press("Enter")
    assert page.get_by_role("status").filter(has_text="recorded, anonymously").is_visible()
