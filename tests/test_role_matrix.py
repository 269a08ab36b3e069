"""The README's roles table, made executable: every role × every sensitive action, through
the admin's real URLs, each action judged by its effect (the page still live, the fact
unchanged…) as well as by the answer, so a view that answers 200 and does nothing, or 302 and
does it anyway, is judged right.

Add a row here when the roles table changes; the README's table and this one say the same.
"""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, TestCase
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import OverridableSegment, StringSegment, Translation

from guides.models import WelcomeGuidePage
from home.models import Action, Contact, SuggestionFormPage
from offers.models import OfferIndexPage, OfferPage

from .editorial import offer_form
from .helpers import locale

pytestmark = pytest.mark.django_db

ANONYMOUS = "anonymous"
EDITOR, RECRUITER, MODERATOR = "editrice", "recruteur", "moderatrice"
TRANSLATOR, ADMINISTRATOR = "translator", "administratrice"
ROLES = [ANONYMOUS, EDITOR, RECRUITER, MODERATOR, TRANSLATOR, ADMINISTRATOR]
NOBODY = set()
EDITORS_AND_UP = {EDITOR, MODERATOR, ADMINISTRATOR}
PUBLISHERS = {MODERATOR, ADMINISTRATOR}


def client_for(role):
    client = Client()
    if role != ANONYMOUS:
        client.force_login(get_user_model().objects.get(username=role))
    return client


# --- The content acted on ---------------------------------------------------------------


def offer(region_slug, language="fr"):
    french = (
        OfferPage.objects.filter(locale=locale("fr"), region__slug=region_slug)
        .order_by("pk")
        .first()
    )
    return (
        french
        if language == "fr"
        else OfferPage.objects.get(translation_key=french.translation_key, locale=locale(language))
    )


def english_guide():
    french = WelcomeGuidePage.objects.filter(locale=locale("fr")).order_by("path").last()
    return WelcomeGuidePage.objects.get(translation_key=french.translation_key, locale=locale("en"))


def english_home():
    return Page.objects.get(depth=2, locale=locale("en"))


def french_form():
    return SuggestionFormPage.objects.get(locale=locale("fr"))


def contact(language):
    french = Contact.objects.filter(locale=locale("fr"), region=None).order_by("pk").first()
    return Contact.objects.get(translation_key=french.translation_key, locale=locale(language))


def action(language):
    """An HRS4R action in progress (the facts the tests change are then meaningful)."""
    in_progress = Action.objects.filter(locale=locale("fr"), status="in_progress")
    french = in_progress.order_by("position").first()
    return Action.objects.get(translation_key=french.translation_key, locale=locale(language))


def translation_of(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )


def reloaded(page):
    return type(page).objects.filter(pk=page.pk).first()


# --- The actions: each returns True when the role could do it ----------------------------


def shown(response):
    """A view the role may open: 200 (refusals are a redirect to the dashboard or 403)."""
    return response.status_code == 200


def create_french_offer(client):
    index = OfferIndexPage.objects.get(locale=locale("fr"))
    return shown(client.get(f"/admin/pages/add/offers/offerpage/{index.pk}/"))


def create_english_page(client):
    return shown(client.get(f"/admin/pages/add/home/standardpage/{english_home().pk}/"))


def edit_own_region_offer(client):
    return shown(client.get(f"/admin/pages/{offer('paris-idf-sud').pk}/edit/"))


def edit_other_region_offer(client):
    return shown(client.get(f"/admin/pages/{offer('grand-est').pk}/edit/"))


def edit_english_offer(client):
    return shown(client.get(f"/admin/pages/{offer('grand-est', 'en').pk}/edit/"))


def publish_french_offer(client):
    page = offer("grand-est")
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        offer_form(
            "Titre publié par le test",
            region_slug="grand-est",
            offer=page,
            **{"action-publish": "action-publish"},
        ),
    )
    return reloaded(page).title == "Titre publié par le test"


def _publish_translation(client, page):
    before = page.last_published_at
    # wagtail-localize publishes a translation when its transaction commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})
    return reloaded(page).last_published_at != before


def publish_translation_of_live_page(client):
    return _publish_translation(client, english_guide())


def publish_translation_of_unpublished_page(client):
    page = english_guide()
    Page.objects.get(translation_key=page.translation_key, locale=locale("fr")).unpublish()
    return _publish_translation(client, page)


def unpublish_english_page(client):
    page = english_guide()
    client.post(f"/admin/pages/{page.pk}/unpublish/", {})
    return not reloaded(page).live


def unpublish_english_home_in_bulk(client):
    page = english_home()
    client.post(f"/admin/bulk/wagtailcore/page/unpublish/?id={page.pk}", {})
    return not reloaded(page).live


def delete_english_page(client):
    page = english_guide()
    client.post(f"/admin/pages/{page.pk}/delete/", {})
    return reloaded(page) is None


def delete_english_page_in_bulk(client):
    page = english_guide()
    client.post(f"/admin/bulk/wagtailcore/page/delete/?id={page.pk}", {})
    return reloaded(page) is None


def move_french_page(client):
    return shown(client.get(f"/admin/pages/{offer('paris-idf-sud').pk}/move/"))


def move_english_page(client):
    return shown(client.get(f"/admin/pages/{english_guide().pk}/move/"))


def copy_french_offer(client):
    return shown(client.get(f"/admin/pages/{offer('paris-idf-sud').pk}/copy/"))


def copy_english_page(client):
    return shown(client.get(f"/admin/pages/{english_guide().pk}/copy/"))


def translate_french_page(client):
    return shown(client.get(f"/admin/localize/submit/page/{offer('grand-est').pk}/"))


def translate_english_page_into_french(client):
    """English is never a source: it would make a French page nobody moderated."""
    page = english_guide()
    Page.objects.filter(translation_key=page.translation_key, locale=locale("fr")).delete()
    client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale("fr").pk]})
    return Page.objects.filter(translation_key=page.translation_key, locale=locale("fr")).exists()


def update_and_publish_translations(client):
    """wagtail-localize's "Update translations" with "Publish immediately" publishes every
    translation of the French page."""
    page = english_guide()
    source = translation_of(page).source
    before = page.last_published_at
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    return reloaded(page).last_published_at != before


def restore_revision_of_english_offer(client):
    page = offer("grand-est", "en")
    revision = page.save_revision()
    return shown(client.get(f"/admin/pages/{page.pk}/revisions/{revision.pk}/revert/"))


def change_english_application_link(client):
    """The phishing path: an English offer's application link changed from the editor."""
    page = offer("grand-est", "en")
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        offer_form(
            page.title,
            region_slug="grand-est",
            offer=offer("grand-est"),
            slug=page.slug,
            apply_url="https://phishing.example.net/apply",
            **{"action-publish": "action-publish"},
        ),
    )
    page = reloaded(page)
    draft = page.get_latest_revision_as_object()
    return "phishing" in page.apply_url or "phishing" in draft.apply_url


def stop_english_translation(client):
    translation = translation_of(offer("grand-est", "en"))
    client.post(f"/admin/localize/translate/{translation.pk}/disable/", {})
    translation.refresh_from_db()
    return not translation.enabled


def read_form_answers(client):
    return shown(client.get(f"/admin/forms/submissions/{french_form().pk}/"))


def export_form_answers(client):
    response = client.get(f"/admin/forms/submissions/{french_form().pk}/?export=csv")
    return response.status_code == 200 and "csv" in response.get("Content-Type", "")


def create_french_contact(client):
    return shown(client.get("/admin/snippets/home/contact/add/"))


def create_english_contact(client):
    """English snippets come from translation only: their facts then follow the French."""
    return shown(client.get("/admin/snippets/home/contact/add/?locale=en"))


def edit_french_contact(client):
    return shown(client.get(f"/admin/snippets/home/contact/edit/{contact('fr').pk}/"))


def edit_english_contact(client):
    return shown(client.get(f"/admin/snippets/home/contact/edit/{contact('en').pk}/"))


def delete_english_contact(client):
    item = contact("en")
    client.post(f"/admin/snippets/home/contact/delete/{item.pk}/", {})
    return Contact.objects.filter(pk=item.pk).exists() is False


def translate_english_contact_into_french(client):
    """Finding 3: a translator's own English contact, translated into French, went live."""
    item = contact("en")
    Contact.objects.filter(pk=contact("fr").pk).delete()
    client.post(
        f"/admin/localize/submit/snippet/home/contact/{item.pk}/", {"locales": [locale("fr").pk]}
    )
    return Contact.objects.filter(
        translation_key=item.translation_key, locale=locale("fr")
    ).exists()


def create_french_action(client):
    return shown(client.get("/admin/snippets/home/action/add/"))


def create_english_action(client):
    return shown(client.get("/admin/snippets/home/action/add/?locale=en"))


def _action_form(item, **changes):
    data = {
        name: getattr(item, name) or ""
        for name in (
            "number",
            "theme",
            "status",
            "done_in",
            "due_year",
            "due_half",
            "owners",
            "text",
            "group",
            "note",
        )
    }
    data.update(changes)
    return data


def edit_french_action(client):
    """HR's update: the French action's status, in one field."""
    item = action("fr")
    client.post(
        f"/admin/snippets/home/action/edit/{item.pk}/",
        _action_form(item, status="done", done_in="2026"),
    )
    return reloaded(item).status == "done"


def edit_english_action(client):
    """Opens the translation editor (wagtail-localize's, for a translation)."""
    return shown(client.get(f"/admin/snippets/home/action/edit/{action('en').pk}/"))


def translate_english_action_wording(client):
    """The wording, translated in the translation editor and published."""
    item = action("en")
    translation = translation_of(item)
    segment = StringSegment.objects.get(source=translation.source, context__path="text")
    client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        urlencode({"value": "Reworded by the test"}),
        content_type="application/x-www-form-urlencoded",
    )
    client.post(f"/admin/snippets/home/action/edit/{item.pk}/", {"action": "publish"})
    return reloaded(item).text == "Reworded by the test"


def change_english_action_facts(client):
    """An English action's status, dates and owners follow the French: neither the editor's
    form nor a publication from the translation editor changes them."""
    item = action("en")
    url = f"/admin/snippets/home/action/edit/{item.pk}/"
    client.post(
        url,
        _action_form(
            item, status="dropped", done_in="2020", due_year=2030, due_half=2, owners="Nobody"
        ),
    )
    client.post(url, {"action": "publish"})
    after = reloaded(item)
    return (after.status, after.done_in, after.due_year, after.due_half, after.owners) != (
        item.status,
        item.done_in,
        item.due_year,
        item.due_half,
        item.owners,
    )


# action: the roles that may do it (the README's roles table)
MATRIX = {
    create_french_offer: {EDITOR, RECRUITER, MODERATOR, ADMINISTRATOR},
    create_english_page: PUBLISHERS,
    edit_own_region_offer: {EDITOR, RECRUITER, MODERATOR, ADMINISTRATOR},
    edit_other_region_offer: EDITORS_AND_UP,
    edit_english_offer: {MODERATOR, TRANSLATOR, ADMINISTRATOR},
    publish_french_offer: PUBLISHERS,
    publish_translation_of_live_page: {MODERATOR, TRANSLATOR, ADMINISTRATOR},
    publish_translation_of_unpublished_page: PUBLISHERS,
    unpublish_english_page: PUBLISHERS,
    unpublish_english_home_in_bulk: PUBLISHERS,
    delete_english_page: PUBLISHERS,
    delete_english_page_in_bulk: PUBLISHERS,
    move_french_page: PUBLISHERS,
    move_english_page: PUBLISHERS,
    copy_french_offer: {EDITOR, RECRUITER, MODERATOR, ADMINISTRATOR},
    copy_english_page: PUBLISHERS,
    translate_french_page: {EDITOR, MODERATOR, TRANSLATOR, ADMINISTRATOR},
    translate_english_page_into_french: NOBODY,
    update_and_publish_translations: {MODERATOR, TRANSLATOR, ADMINISTRATOR},
    restore_revision_of_english_offer: PUBLISHERS,
    change_english_application_link: NOBODY,
    stop_english_translation: PUBLISHERS,
    read_form_answers: {ADMINISTRATOR},
    export_form_answers: {ADMINISTRATOR},
    create_french_contact: EDITORS_AND_UP,
    create_english_contact: NOBODY,
    edit_french_contact: EDITORS_AND_UP,
    edit_english_contact: {MODERATOR, TRANSLATOR, ADMINISTRATOR},
    delete_english_contact: PUBLISHERS,
    translate_english_contact_into_french: NOBODY,
    create_french_action: EDITORS_AND_UP,
    create_english_action: NOBODY,
    edit_french_action: EDITORS_AND_UP,
    edit_english_action: {MODERATOR, TRANSLATOR, ADMINISTRATOR},
    translate_english_action_wording: {MODERATOR, TRANSLATOR, ADMINISTRATOR},
    change_english_action_facts: NOBODY,
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", MATRIX, ids=lambda action: action.__name__)
def test_role_may_do_exactly_what_the_roles_table_says(action, role):
    allowed = action(client_for(role))
    expected = role in MATRIX[action]
    assert allowed == expected, (
        f"{role} {'could' if allowed else 'could not'} {action.__name__.replace('_', ' ')}"
    )


def test_no_synchronised_fact_can_be_overridden_in_the_translation_editor():
    """Finding 2: the English suggestion form's recipients were an override away; no fact of
    any translated page or snippet is overridable now (wagtail-localize offers none)."""
    from home.translation import translatable_models

    form = SuggestionFormPage.objects.get(locale=locale("en"))
    assert translation_of(form).enabled
    facts = {
        field.field_name
        for model in translatable_models()
        for field in getattr(model, "override_translatable_fields", [])
    }
    assert {"to_address", "apply_url", "apply_email", "email", "phone"} <= facts
    assert not OverridableSegment.objects.filter(context__path__in=facts).exists()


def test_every_english_page_and_snippet_is_a_translation_of_its_french_source():
    """Finding 1: offers written by the importer, the generator and the demo loader had English
    pages that were plain copies, open to the ordinary editor."""
    from home.translation import plain_copies, translatable_models

    assert {
        model.__name__: len(plain_copies(model, locale("fr"))) for model in translatable_models()
    } == {model.__name__: 0 for model in translatable_models()}


@pytest.mark.parametrize("snippet", [contact, action], ids=["contact", "action"])
@pytest.mark.parametrize(
    ("role", "editable", "not_editable"),
    [(TRANSLATOR, "en", "fr"), (EDITOR, "fr", "en")],
)
def test_snippet_listings_link_only_the_rows_the_role_may_change(
    snippet, role, editable, not_editable
):
    """The listing asks the same policy as the editor: no link to a row it would refuse."""
    url = f"/admin/snippets/home/{snippet.__name__}/"
    client = client_for(role)
    html = client.get(url, {"locale": editable}).content.decode()
    assert f"{url}edit/{snippet(editable).pk}/" in html
    html = client.get(url, {"locale": not_editable}).content.decode()
    assert f"{url}edit/{snippet(not_editable).pk}/" not in html
