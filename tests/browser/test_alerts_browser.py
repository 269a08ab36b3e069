"""Offer alerts in Chromium: from a filtered listing to "check your inbox", on a phone and a
desktop, by a visitor who first mistypes the address; axe finds nothing serious."""

import pytest

from tests.helpers import picture_asked

from .conftest import ARTIFACTS, database
from .test_offers_browser import check_page

pytestmark = pytest.mark.browser


def choose_asked_picture(page):
    asked = page.locator("#id_picture_helptext").inner_text()
    name = picture_asked(asked)
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


@pytest.fixture
def french_alert(django_db_blocker):
    """A confirmed alert and a pending one, written where the server reads them."""
    from django.utils import timezone

    from alerts.links import make_token
    from alerts.models import Alert

    with database(django_db_blocker):
        now = timezone.now()
        active = Alert.objects.create(
            email="lea@example.org",
            language="fr",
            search="kind=postdoc&region=grand-est",
            frequency="weekly",
            confirmed_at=now,
            checked_until=now,
        )
        pending = Alert.objects.create(email="lea@example.org", language="fr", search="kind=phd")
        tokens = {"manage": make_token(active, "manage"), "confirm": make_token(pending, "confirm")}
    yield tokens
    with database(django_db_blocker):
        Alert.objects.filter(email="lea@example.org").delete()


@pytest.mark.parametrize("name, width", [("phone", 375), ("desktop", 1280)])
def test_the_french_pages_pass_axe_and_fit(server_url, new_page, french_alert, name, width):
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    page = new_page(width=width)
    page.goto(server_url + "/fr/offres/?kind=postdoc")
    page.locator("a[href^='/fr/alerts/?']").first.click()
    assert page.locator("html").get_attribute("lang") == "fr"
    assert (
        page.get_by_role("heading", level=1).inner_text()
        == "Alertes par courriel sur les nouvelles offres"
    )
    check_page(page, width)
    page.screenshot(path=str(folder / f"alerts-fr-subscribe-{name}.png"), full_page=True)

    for view in ("confirm", "manage"):
        page.goto(f"{server_url}/fr/alerts/{view}/{french_alert[view]}/")
        assert page.locator("html").get_attribute("lang") == "fr"
        check_page(page, width)
        page.screenshot(path=str(folder / f"alerts-fr-{view}-{name}.png"), full_page=True)
