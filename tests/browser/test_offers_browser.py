"""A researcher in Chromium: filter the offers, open one, read it in the other language."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import ARTIFACTS
from .tables import check_tables

pytestmark = pytest.mark.browser

AXE = Axe()


def shown_count(page):
    """The offer count as a number, its thousands grouped or not ("1 234 offres", "1,234")."""
    text = page.locator(".offer-results__count").inner_text()
    return int(re.sub(r"\D", "", re.match(r"\d[\d\s,]*", text).group()))


def test_filter_open_an_offer_and_switch_language(server_url, new_page):
    page = new_page(width=1280, locale="fr-FR")
    page.goto(server_url + "/fr/offres/")
    filters = page.locator("[data-filters]")
    assert filters.get_attribute("open") is not None, "filters open beside results on desktop"
    total = shown_count(page)

    page.get_by_role("group", name="Type d’offre").get_by_label("Post-doctorat").check()
    page.get_by_role("button", name="Appliquer les filtres").click()
    assert "kind=postdoc" in page.url
    postdocs = shown_count(page)
    assert 0 < postdocs < total
    kinds = page.locator(".offer-card__kind").all_inner_texts()
    assert kinds and set(kinds) == {"Post-doctorat"}

    # The active filter can be removed from the list of chosen filters.
    assert page.locator(".active-filters").get_by_role("link", name="Post-doctorat").count() == 1

    page.locator(".offer-card__title a").first.click()
    assert page.get_by_role("heading", level=1).is_visible()
    assert page.locator(".key-facts").is_visible()
    assert page.get_by_role("link", name="Candidater en ligne").count() == 1
    french_title = page.get_by_role("heading", level=1).inner_text()

    page.get_by_role("navigation", name="Choisir une langue").get_by_role(
        "link", name="English"
    ).click()
    assert "/en/offers/" in page.url
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() != french_title
    assert page.get_by_role("link", name="Apply online").count() == 1


def test_listing_works_without_javascript_on_a_phone(server_url, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(server_url + "/en/offers/")
    page.locator("[data-filters] > summary").click()
    page.get_by_role("group", name="Working language").get_by_label("English").check()
    page.get_by_role("button", name="Apply filters").click()
    assert "language=en" in page.url
    assert page.locator(".offer-card").count() > 0
    page.get_by_label("Sort by").select_option("newest")
    page.get_by_role("button", name="Sort", exact=True).click()
    assert "sort=newest" in page.url and "language=en" in page.url
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


def offer_paths():
    return ["/fr/offres/", "/en/offers/?kind=postdoc", "/fr/offres/?q=zzzzzz"]


@pytest.mark.parametrize("path", offer_paths())
def test_offer_pages_pass_axe_and_fit(server_url, new_page, path):
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for name, width in (("phone", 375), ("desktop", 1280)):
        page = new_page(width=width)
        page.goto(server_url + path)
        check_page(page, width)
        if "q=" not in path:
            offer_link = page.locator(".offer-card__title a").first
            page.screenshot(path=str(folder / f"{slug(path)}-{name}.png"), full_page=True)
            offer_link.click()
            check_page(page, width)
            page.screenshot(path=str(folder / f"{slug(path)}-offer-{name}.png"), full_page=True)


def check_page(page, width):
    assert page.evaluate("document.documentElement.scrollWidth") <= width, page.url
    check_tables(page, width)
    results = AXE.run(page)
    serious = [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes)"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], f"{page.url} at {width}px"


def slug(path):
    return path.strip("/").replace("/", "_").replace("?", "_").replace("=", "-")
