"""The institutional pages in Chromium: axe, phone and desktop widths, both languages; the
action plan filters and the leave estimator used by keyboard, without JavaScript."""

from datetime import date

import pytest

from .conftest import ARTIFACTS
from .test_offers_browser import check_page, slug

pytestmark = pytest.mark.browser

PATHS = [
    "/fr/hr-excellence-in-research/",
    "/en/hr-excellence-in-research/?theme=4&status=in_progress",
    "/fr/soutien-et-protection/?situation=harassment",
    "/en/support-and-protection/",
    f"/fr/travailler-a-l-inserm/?rate=80&start={date.today().year + 1}-01-01",
    "/en/working-at-inserm/?rate=33",
]


@pytest.mark.parametrize("path", PATHS)
def test_institution_pages_pass_axe_and_fit(server_url, new_page, path):
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for name, width in (("phone", 375), ("desktop", 1280)):
        page = new_page(width=width)
        page.goto(server_url + path)
        assert page.locator("html").get_attribute("lang") == path[1:3]
        check_page(page, width)
        page.screenshot(path=str(folder / f"{slug(path)}-{name}.png"), full_page=True)


def test_action_plan_filters_and_leave_estimator_without_javascript(server_url, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(server_url + "/en/hr-excellence-in-research/")
    page.get_by_label("Theme", exact=True).select_option("3")
    page.get_by_label("Status", exact=True).select_option("done")
    page.get_by_role("button", name="Show", exact=True).click()
    assert "theme=3" in page.url and "status=done" in page.url
    statuses = page.locator(".actions-table .status").all_inner_texts()
    assert statuses and set(statuses) == {"Done"}

    page.goto(server_url + "/en/working-at-inserm/")
    page.get_by_label("Working time").select_option("50")
    start = page.get_by_label("Start date")
    start.focus()
    start.fill(f"{date.today().year + 1}-01-01")
    page.get_by_role("button", name="Estimate").press("Enter")
    assert page.get_by_role("status").filter(has_text="annual leave").is_visible()
    context.close()
