"""The editorial story in Chromium, as the people who run the portal play it.

A regional recruiter writes an offer in French and submits it; a moderator approves it with a
comment; a translator translates it into English in wagtail-localize's editor and publishes it;
visitors then find it in both languages, on its page and in site search. Screenshots of the
admin screens editors use most land in test-artifacts/screenshots/admin-*.png.
"""

import re
import urllib.parse

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import ARTIFACTS, database

pytestmark = pytest.mark.browser

TITLE_FR = "Ingénieur d'études en imagerie du petit animal"
TITLE_EN = "Research engineer in small-animal imaging"
DESCRIPTION_FR = "Vous piloterez la plateforme d'imagerie par résonance magnétique du petit animal."
DESCRIPTION_EN = "You will run the small-animal magnetic resonance imaging platform."
PASSWORD = "inserm-demo"
SHOTS = ARTIFACTS / "screenshots"


@pytest.fixture
def admin_page(server_url, new_page):
    def make(username, width=1280):
        page = new_page(width=width)
        page.goto(server_url + "/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(re.compile(r"/admin/$"))
        return page

    return make


@pytest.fixture
def story_cleanup(django_db_blocker):
    """The story commits its offer (the server is another process): removed afterwards so
    later tests see the demo content as loaded."""
    yield
    from offers.models import OfferPage

    with database(django_db_blocker):
        for offer in OfferPage.objects.filter(reference="2026-IE-SA-0001").order_by("-depth"):
            offer.delete()


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"admin-{name}.png"), full_page=True)


def serious_axe_violations(page, context=None):
    results = Axe().run(page, context=context)
    return [
        f"{violation['id']}: {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def offer_ids(django_db_blocker):
    """The French offer and its English counterpart, read from the committed database (their
    URLs too: they need the site, which is read from the database)."""
    from wagtail.models import Locale

    from offers.models import OfferPage

    with database(django_db_blocker):
        french = OfferPage.objects.get(reference="2026-IE-SA-0001", locale__language_code="fr")
        english = french.get_translation_or_none(Locale.objects.get(language_code="en"))
        for page in (french, english):
            if page is not None:
                page.public_url = page.get_url()
                page.in_workflow = page.workflow_in_progress
        return french, english


def test_recruiter_moderator_translator_then_visitors(
    server_url, admin_page, new_page, django_db_blocker, story_cleanup
):
    # --- The regional recruiter writes the offer in French and submits it ----------------
    recruiter = admin_page("recruteur")
    shot(recruiter, "recruiter-dashboard")
    # Their explorer opens on the offers, the only part of the tree they work in.
    recruiter.get_by_role("button", name="Pages").click()
    recruiter.get_by_role("link", name=re.compile("Offres d.emploi")).first.click()
    recruiter.locator("a[href$='/add_subpage/']").first.click()
    recruiter.wait_for_url(re.compile(r"/admin/pages/add/offers/offerpage/"))
    # Their only region is already chosen, and the only one offered.
    assert recruiter.locator("#id_region option").all_inner_texts() == [
        "---------",
        "Paris IDF Sud",
    ]
    assert recruiter.locator("#id_region").input_value() != ""
    recruiter.fill("#id_title", TITLE_FR)
    recruiter.fill("#id_reference", "2026-IE-SA-0001")
    recruiter.select_option("#id_kind", "fixed-term-engineer")
    recruiter.select_option("#id_category", "engineer")
    recruiter.select_option("#id_research_fields-0-research_field", index=1)
    recruiter.fill("#id_laboratory", "Institut des sciences biologiques (UMR 9198)")
    recruiter.fill("#id_city", "Orsay")
    recruiter.locator(".public-DraftEditor-content").first.click()
    recruiter.keyboard.type(DESCRIPTION_FR)
    recruiter.fill("#id_deadline", "2027-01-15 12:00")
    recruiter.keyboard.press("Escape")
    recruiter.fill("#id_apply_email", "recrutement.idf-sud@example.org")
    recruiter.locator("#id_city").click()  # closes the date picker before the screenshot
    shot(recruiter, "offer-form")
    recruiter.get_by_role("button", name="Plus d'actions").click()
    recruiter.get_by_role("button", name=re.compile("Soumettre à")).click()
    recruiter.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    assert TITLE_FR in recruiter.locator(".messages").inner_text()  # "submitted" message

    french, english = offer_ids(django_db_blocker)
    assert not french.live
    assert french.in_workflow
    public = new_page()
    assert public.goto(server_url + "/fr/offres/").ok
    assert TITLE_FR not in public.content()  # not public before approval

    # --- The moderator approves it with a comment -----------------------------------------
    moderator = admin_page("moderatrice")
    assert TITLE_FR in moderator.content()  # "awaiting your review" on the dashboard
    shot(moderator, "moderator-dashboard")
    moderator.goto(server_url + f"/admin/pages/{french.pk}/edit/")
    moderator.get_by_role("button", name="Plus d'actions").click()
    moderator.get_by_role("button", name="Approuver avec un commentaire et Publier").click()
    moderator.locator("textarea[name=comment]").fill("Relu : l'offre est claire, merci.")
    shot(moderator, "approve-with-comment")
    # The dialog's own button comes last in the document.
    moderator.get_by_role("button", name=re.compile("Approuver")).last.click()
    moderator.locator(".messages").wait_for()
    assert TITLE_FR in moderator.locator(".messages").inner_text()
    french, english = offer_ids(django_db_blocker)
    assert french.live
    assert english is not None and english.alias_of_id == french.pk  # French shown, for now

    # --- The translator translates it into English and publishes ---------------------------
    # The translation status report lists what is missing in English.
    translator = admin_page("translator")
    translator.goto(server_url + "/admin/translation-status/?state=missing")
    row = translator.locator("tr").filter(has_text=TITLE_FR)
    assert serious_axe_violations(translator, context=".nice-padding") == []
    shot(translator, "translation-status")
    row.get_by_role("link", name=re.compile("Translate")).click()
    translator.get_by_role("button", name=re.compile("Submit|Translate", re.I)).last.click()
    translator.wait_for_url(re.compile(rf"/admin/pages/{english.pk}/edit/"))
    for source, target in ((TITLE_FR, TITLE_EN), (DESCRIPTION_FR, DESCRIPTION_EN)):
        segment = translator.locator("li").filter(has_text=source).last
        segment.get_by_role("button", name="Translate").click()
        segment.locator("textarea").fill(target)
        segment.get_by_role("button", name="Save").click()
        segment.get_by_text("Translated manually").wait_for()
    shot(translator, "translation-editor")
    translator.get_by_role("button", name="Publish in English").click()
    translator.locator(".messages").wait_for()
    french, english = offer_ids(django_db_blocker)
    assert english.live and english.alias_of_id is None
    assert english.title == TITLE_EN
    moderator.goto(server_url + "/admin/")
    assert serious_axe_violations(moderator, context="[id*='editorial-week']") == []

    # --- Visitors find it in both languages ------------------------------------------------
    visitor = new_page()
    assert visitor.goto(server_url + french.public_url).ok
    assert visitor.locator("h1").inner_text() == TITLE_FR
    assert visitor.locator("html").get_attribute("lang") == "fr"
    assert visitor.goto(server_url + english.public_url).ok
    assert visitor.locator("h1").inner_text() == TITLE_EN
    assert DESCRIPTION_EN in visitor.content()
    assert visitor.locator("html").get_attribute("lang") == "en"
    searches = (("fr", "imagerie petit animal", TITLE_FR), ("en", "small-animal imaging", TITLE_EN))
    for language, query, title in searches:
        visitor.goto(f"{server_url}/{language}/search/?q={urllib.parse.quote(query)}")
        assert visitor.get_by_role("link", name=title).first.is_visible(), language
