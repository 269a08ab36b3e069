"""The legal pages in Chromium: the accessibility statement, the legal notice and the privacy
page pass axe and fit a phone and a desktop, in both languages; the statement's sections are
reachable by their headings."""

import pytest

from ..test_seo import SECTIONS
from .conftest import ARTIFACTS
from .test_offers_browser import check_page

pytestmark = pytest.mark.browser

PATHS = {
    "accessibility-fr": "/fr/accessibilite/",
    "accessibility-en": "/en/accessibility/",
    "legal-notice-fr": "/fr/mentions-legales/",
    "legal-notice-en": "/en/legal-notice/",
    "privacy-fr": "/fr/donnees-personnelles/",
    "privacy-en": "/en/privacy/",
}


@pytest.mark.parametrize("name", list(PATHS))
def test_legal_pages_pass_axe_and_fit(server_url, new_page, name):
    path = PATHS[name]
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for size, width in (("phone", 375), ("desktop", 1280)):
        page = new_page(locale="fr-FR" if path.startswith("/fr/") else "en-GB", width=width)
        page.goto(server_url + path)
        assert page.locator("html").get_attribute("lang") == path[1:3]
        assert page.locator("h1").count() == 1
        check_page(page, width)
        page.screenshot(path=str(folder / f"legal-{name}-{size}.png"), full_page=True)


def test_the_statement_reads_as_sections(server_url, new_page):
    page = new_page(locale="en-GB", width=375)
    page.goto(server_url + "/en/accessibility/")
    headings = page.get_by_role("heading", level=2).all_inner_texts()
    assert headings[:6] == SECTIONS
    assert page.locator("strong", has_text="not compliant").is_visible()
    # The contact link leads to the English page, not to the French source it points at.
    page.get_by_role("link", name="Write to us through").click()
    assert page.url.endswith("/en/your-opinion-matters/")


def test_the_privacy_tables_are_cards_on_a_phone_and_tables_on_a_desktop(server_url, new_page):
    """The four-column table of the privacy page cannot fit 375 px; check_page() asserts the
    cards on a phone (tables.check_tables), this test that the same table is a grid again on
    a desktop."""
    page = new_page(locale="en-GB", width=375)
    page.goto(server_url + "/en/privacy/")
    processing = page.locator(".table-wrapper").nth(1)
    assert processing.locator("thead th").count() == 4
    assert processing.locator("tr").first.evaluate("row => getComputedStyle(row).display") == (
        "block"
    )
    page.set_viewport_size({"width": 1280, "height": 900})
    assert processing.locator("thead").is_visible()
    assert processing.locator("tr").first.evaluate("row => getComputedStyle(row).display") == (
        "table-row"
    )
