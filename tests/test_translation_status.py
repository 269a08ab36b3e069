"""Translation with wagtail-localize, the translation status report, PO files and DeepL."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import polib
import pytest
from django.test import TestCase, override_settings
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from editorial.machine_translation import machine_translator
from editorial.translation_status import (
    State,
    page_rows,
    snippet_rows,
    translatable_snippet_models,
)
from home.models import Action, Contact, ContactKind, Region
from offers.models import OfferPage

from .editorial import signed_in
from .helpers import locale
from .test_editorial_roles import add_offer

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Chercheur en neuro-imagerie": "Researcher in neuroimaging",
    "Institut du Cerveau (U1127)": "Paris Brain Institute (U1127)",
    "Le projet étudie la plasticité synaptique.": "The project studies synaptic plasticity.",
    "Doctorat en neurosciences.": "PhD in neuroscience.",
    "CV et lettre de motivation.": "CV and cover letter.",
}


def state_of(page):
    return next(row.state for row in page_rows(locale("en")) if row.pk == page.pk)


def published_french_offer(title="Chercheur en neuro-imagerie"):
    """Written by the recruiter and published by the moderator, as in real life."""
    add_offer(signed_in("moderatrice"), title=title, **{"action-publish": "action-publish"})
    offer = OfferPage.objects.get(title=title, locale=locale("fr"))
    assert offer.live
    return offer


def translate_to_english(offer):
    """The translator starts the translation, fills in a PO file and publishes."""
    translator = signed_in("translator")
    response = translator.post(
        f"/admin/localize/submit/page/{offer.pk}/", {"locales": [locale("en").pk]}
    )
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=offer.translation_key, target_locale=locale("en")
    )
    po = polib.pofile(translation.export_po().__unicode__())
    for entry in po:
        entry.msgstr = ENGLISH.get(entry.msgid, entry.msgid)
    english = offer.get_translation(locale("en"))
    response = translator.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": _po_upload(po), "next": f"/admin/pages/{english.pk}/edit/"},
    )
    assert response.status_code == 302
    # wagtail-localize publishes on commit; tests run inside a transaction.
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = translator.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302
    english.refresh_from_db()
    return english.specific


def _po_upload(po):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("offer.po", str(po).encode(), content_type="text/x-gettext")


def test_a_new_french_offer_is_missing_in_english_until_translated():
    offer = published_french_offer()
    assert state_of(offer) == State.MISSING  # an alias showing the French, or nothing
    english = translate_to_english(offer)
    assert english.live and english.alias_of_id is None
    assert english.title == "Researcher in neuroimaging"
    assert "synaptic plasticity" in str(english.description)
    assert state_of(offer) == State.UP_TO_DATE


def test_changing_the_french_keeps_the_english_text_and_flags_it_out_of_date():
    offer = published_french_offer()
    english = translate_to_english(offer)

    revision = offer.get_latest_revision_as_object()
    revision.laboratory = "Institut du Cerveau – Paris Brain Institute (U1127)"
    revision.save_revision().publish()

    english.refresh_from_db()
    assert english.laboratory == "Paris Brain Institute (U1127)"  # the translation stays
    assert english.title == "Researcher in neuroimaging"
    assert state_of(offer) == State.OUTDATED

    report = signed_in("translator").get("/admin/translation-status/?state=outdated&kind=pages")
    html = report.content.decode()
    assert offer.title in html
    source = TranslationSource.objects.get(object_id=offer.translation_key)
    assert f"/admin/localize/update/{source.pk}/" in html  # "Update" leads to the sync

    # Syncing brings the new French text to translate: still out of date until translated.
    translator = signed_in("translator")
    translator.post(f"/admin/localize/update/{source.pk}/", {})
    assert state_of(offer) == State.OUTDATED


def test_a_hand_translated_page_is_out_of_date_when_the_french_is_republished():
    offer = OfferPage.objects.filter(locale=locale("fr")).order_by("pk").first()
    assert state_of(offer) == State.UP_TO_DATE
    revision = offer.get_latest_revision_as_object()
    revision.city = revision.city + " "
    revision.save_revision().publish()
    assert state_of(offer) == State.OUTDATED


def test_an_unpublished_english_change_shows_as_draft():
    english = Page.objects.get(url_path="/home/working-at-inserm/").specific
    french = english.get_translation(locale("fr"))
    assert state_of(french) == State.UP_TO_DATE
    english.save_revision()  # a draft, not published
    assert state_of(french) == State.DRAFT


def test_snippets_are_flagged_when_their_french_content_changes():
    contact = Contact.objects.filter(locale=locale("fr"), kind=ContactKind.MEDIATOR).get()
    assert TranslationSource.objects.filter(object_id=contact.translation_key).exists()
    rows = {(type(row.instance), row.instance.pk): row for row in snippet_rows(locale("en"))}
    assert rows[Contact, contact.pk].state == State.UP_TO_DATE
    contact.hours = "Du lundi au vendredi, 9 h – 17 h"
    contact.save()
    rows = {(type(row.instance), row.instance.pk): row for row in snippet_rows(locale("en"))}
    assert rows[Contact, contact.pk].state == State.OUTDATED
    # A region never sent to translation (translated by hand) has no source to compare.
    region = Region.objects.get(slug="grand-est", locale=locale("fr"))
    assert rows[Region, region.pk].state == State.UP_TO_DATE


def test_the_report_lists_every_page_and_snippet_with_counts_and_filters():
    client = signed_in("translator")
    response = client.get("/admin/translation-status/")
    assert response.status_code == 200
    total = sum(count for _, _, count in response.context["counts"])
    pages = Page.objects.filter(locale=locale("fr"), depth__gt=1).count()
    assert total == pages + len(snippet_rows(locale("en")))
    assert response.context["paginator"].count == total
    only_missing = client.get("/admin/translation-status/?state=missing")
    assert all(row["state"] == "missing" for row in only_missing.context["rows"])
    # Unknown filters are ignored, not errors.
    assert client.get("/admin/translation-status/?state=x&kind=y&p=999").status_code == 200


def test_the_report_costs_a_fixed_number_of_queries(django_assert_max_num_queries):
    client = signed_in("translator")
    client.get("/admin/translation-status/")  # warm caches (content types, user)
    with django_assert_max_num_queries(40):
        client.get("/admin/translation-status/")


def test_the_translation_report_is_in_the_reports_menu_for_translators():
    html = signed_in("translator").get("/admin/").content.decode()
    assert "/admin/translation-status/" in html


def test_po_files_are_exported_for_an_external_translator():
    offer = published_french_offer()
    translator = signed_in("translator")
    translator.post(f"/admin/localize/submit/page/{offer.pk}/", {"locales": [locale("en").pk]})
    translation = Translation.objects.get(source__object_id=offer.translation_key)
    response = translator.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert "Le projet étudie la plasticité synaptique." in {entry.msgid for entry in po}


# --- Machine translation -------------------------------------------------------------------


def test_no_machine_translation_without_a_key():
    assert machine_translator("") is None
    assert machine_translator("abc:fx")["CLASS"] == "editorial.deepl.DeepLTranslator"


class FakeDeepL(BaseHTTPRequestHandler):
    """Answers like DeepL's /v2/translate, recording what it was sent."""

    requests = []

    def do_POST(self):
        from urllib.parse import parse_qs

        length = int(self.headers["Content-Length"])
        form = parse_qs(self.rfile.read(length).decode())
        FakeDeepL.requests.append((self.headers["Authorization"], form))
        body = json.dumps({"translations": [{"text": f"[EN] {text}"} for text in form["text"]]})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_deepl():
    server = HTTPServer(("127.0.0.1", 0), FakeDeepL)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeDeepL.requests = []
    yield f"http://127.0.0.1:{server.server_port}/v2/translate"
    server.shutdown()


def test_deepl_translates_a_page_when_a_key_is_set(fake_deepl):
    offer = published_french_offer()
    translator = signed_in("translator")
    translator.post(f"/admin/localize/submit/page/{offer.pk}/", {"locales": [locale("en").pk]})
    translation = Translation.objects.get(source__object_id=offer.translation_key)
    english = offer.get_translation(locale("en"))

    editor_html = translator.get(f"/admin/pages/{english.pk}/edit/").content.decode()
    assert "machine_translate" not in editor_html  # no key: no button

    with override_settings(
        WAGTAILLOCALIZE_MACHINE_TRANSLATOR=machine_translator("key", fake_deepl)
    ):
        editor_html = translator.get(f"/admin/pages/{english.pk}/edit/").content.decode()
        assert "DeepL" in editor_html
        response = translator.post(
            f"/admin/localize/translate/{translation.pk}/machine_translate/",
            {"next": f"/admin/pages/{english.pk}/edit/"},
        )
    assert response.status_code == 302
    authorization, form = FakeDeepL.requests[0]
    assert authorization == "DeepL-Auth-Key key"
    assert form["source_lang"] == ["FR"] and form["target_lang"] == ["EN"]
    assert "Le projet étudie la plasticité synaptique." in form["text"]
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    english.refresh_from_db()
    assert english.title == "[EN] Chercheur en neuro-imagerie"


def test_a_new_snippet_is_missing_until_the_translator_translates_it():
    region = Region.objects.create(
        name="Guyane", slug="guyane", cities="Cayenne", locale=locale("fr")
    )
    rows = {(type(row.instance), row.instance.pk): row for row in snippet_rows(locale("en"))}
    assert rows[Region, region.pk].state == State.MISSING
    translator = signed_in("translator")
    response = translator.post(
        f"/admin/localize/submit/snippet/home/region/{region.pk}/", {"locales": [locale("en").pk]}
    )
    assert response.status_code == 302
    english = Region.objects.get(translation_key=region.translation_key, locale=locale("en"))
    assert english.slug == "guyane"  # synchronised, the same in both languages
    rows = {(type(row.instance), row.instance.pk): row for row in snippet_rows(locale("en"))}
    assert rows[Region, region.pk].state == State.OUTDATED  # its name is not translated yet


# --- HRS4R actions: a snippet like any other ------------------------------------------------


def test_actions_join_the_report_by_themselves():
    assert Action in translatable_snippet_models()
    rows = [row for row in snippet_rows(locale("en")) if isinstance(row.instance, Action)]
    assert len(rows) == 91
    assert {row.state for row in rows} == {State.UP_TO_DATE}
    action = Action.objects.get(locale=locale("fr"), number="3.4")
    action.note = "Calendrier revu en 2026."
    action.save()
    rows = {row.instance.pk: row for row in snippet_rows(locale("en"))}
    assert rows[action.pk].state == State.OUTDATED
    response = signed_in("translator").get("/admin/translation-status/", {"kind": "snippets"})
    assert "HRS4R action" in response.content.decode() or "Action HRS4R" in (
        response.content.decode()
    )


def test_deepl_translates_an_action_like_any_snippet(fake_deepl):
    """No code of the project's own: wagtail-localize's machine translation, for a snippet."""
    action = Action.objects.create(
        locale=locale("fr"),
        number="8.9",
        theme=8,
        status="in_progress",
        due_year=2027,
        owners="RH",
        text="Évaluer le plan d’action.",
    )
    translator = signed_in("translator")
    response = translator.post(
        f"/admin/localize/submit/snippet/home/action/{action.pk}/", {"locales": [locale("en").pk]}
    )
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=action.translation_key, target_locale=locale("en")
    )
    english = action.get_translation(locale("en"))
    with override_settings(
        WAGTAILLOCALIZE_MACHINE_TRANSLATOR=machine_translator("key", fake_deepl)
    ):
        editor_html = translator.get(
            f"/admin/snippets/home/action/edit/{english.pk}/"
        ).content.decode()
        assert "DeepL" in editor_html
        response = translator.post(
            f"/admin/localize/translate/{translation.pk}/machine_translate/",
            {"next": f"/admin/snippets/home/action/edit/{english.pk}/"},
        )
    assert response.status_code == 302
    assert "Évaluer le plan d’action." in FakeDeepL.requests[0][1]["text"]
    translation.save_target(publish=True)
    english.refresh_from_db()
    assert english.text == "[EN] Évaluer le plan d’action."
    assert (english.number, english.status, english.due_year) == ("8.9", "in_progress", 2027)
