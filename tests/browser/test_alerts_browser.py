"""Offer alerts in Chromium: from a filtered listing to "check your inbox", on a phone and a
desktop, by a visitor who first mistypes the address; axe finds nothing serious."""

import pytest

from .conftest import ARTIFACTS
from .test_offers_browser import check_page

pytestmark = pytest.mark.browser


def choose_asked_picture(page):
    asked = page.locator("#id_picture_helptext").inner_text()
    name = asked.split(": ", 1)[1].rstrip(".")
    page.get_by_role("radio", name=name).check()


@pytest.mark.parametrize("name, width", [("phone", 375), ("desktop", 1280)])
def test_subscribe_from_a_filtered_listing(server_url, new_page, name, width):
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    page = new_page(width=width, locale="en-GB")
    page.goto(server_url + "/en/offers/?kind=postdoc&language=en")
    page.get_by_role("link", name="E-mail me new offers like these").click()
    assert "/en/alerts/?kind=postdoc&language=en" in page.url
    assert page.get_by_role("heading", level=1).inner_text() == "E-mail alerts for new offers"
    assert page.locator(".alert-search").get_by_text("Postdoc").count() == 1
    check_page(page, width)
    page.screenshot(path=str(folder / f"alerts-subscribe-{name}.png"), full_page=True)

    # A mistyped address: the message is tied to the field, what was typed stays.
    email = page.get_by_label("Your e-mail address")
    email.fill("ada.example.org")
    page.get_by_role("radio", name="Weekly").check()
    choose_asked_picture(page)
    page.wait_for_timeout(3100)  # a person takes more than three seconds
    page.get_by_role("button", name="E-mail me new offers like these").click()
    email = page.get_by_label("Your e-mail address")
    assert "id_email_error" in email.get_attribute("aria-describedby")
    assert page.locator("#id_email_error").inner_text().startswith("Enter a valid e-mail")
    assert email.input_value() == "ada.example.org"
    assert page.get_by_role("radio", name="Weekly").is_checked()
    check_page(page, width)
    page.screenshot(path=str(folder / f"alerts-error-{name}.png"), full_page=True)

    email.fill(f"browser-{name}@example.org")
    choose_asked_picture(page)
    page.get_by_role("button", name="E-mail me new offers like these").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Check your inbox"
    assert page.get_by_role("status").filter(has_text=f"browser-{name}@example.org").is_visible()
    check_page(page, width)
    page.screenshot(path=str(folder / f"alerts-sent-{name}.png"), full_page=True)
