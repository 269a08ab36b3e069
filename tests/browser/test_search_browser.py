"""A visitor searches from the header, by keyboard, in both languages; pages pass axe."""

import pytest

from .conftest import ARTIFACTS
from .test_offers_browser import check_page, slug

pytestmark = pytest.mark.browser


def test_search_from_the_header_by_keyboard(server_url, new_page):
    page = new_page(width=1280, locale="en-GB")
    page.goto(server_url + "/en/")
    box = page.locator("header input[name=q]")
    box.focus()
    page.keyboard.type("researchers")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/search/?q=researchers")
    assert page.locator(".result-count").inner_text().endswith("results for “researchers”")
    assert page.locator(".results .result").count() == 10
    assert page.locator(".result__excerpt mark").count() > 0

    # Tab from the search button reaches the first result's link, with a visible focus.
    page.locator(".search-page-form button").focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.closest('.result__title') !== null")
    assert focused
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"

    page.get_by_role("link", name="Next").click()
    assert "page=2" in page.url
    assert page.get_by_text("Page 2 of").is_visible()


@pytest.mark.parametrize(
    "path",
    ["/fr/search/?q=logement", "/en/search/?q=visa", "/fr/search/?q=logemnt", "/en/search/"],
)
def test_search_pages_pass_axe_and_fit(server_url, new_page, path):
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for name, width in (("phone", 375), ("desktop", 1280)):
        page = new_page(width=width)
        page.goto(server_url + path)
        assert page.locator("html").get_attribute("lang") == path[1:3]
        check_page(page, width)
        page.screenshot(path=str(folder / f"search-{slug(path)}-{name}.png"), full_page=True)
