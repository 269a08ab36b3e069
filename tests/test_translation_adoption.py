"""Every English version is a wagtail-localize translation, whoever wrote it (home.translation)."""

import io

import pytest
from django.core.management import call_command
from wagtail_localize.models import StringSegment, Translation

from home.models import Region
from home.translation import plain_copies
from offers.models import OfferPage

from .editorial import signed_in
from .factories import make_offer
from .helpers import locale

pytestmark = pytest.mark.django_db


def english_offer():
    french = OfferPage.objects.filter(locale=locale("fr")).order_by("pk").first()
    english = OfferPage.objects.get(translation_key=french.translation_key, locale=locale("en"))
    return french, english


def untranslated(translation):
    segments = StringSegment.objects.filter(source=translation.source)
    return segments.annotate_translation(translation.target_locale).filter(translation__isnull=True)


def test_adopt_translations_turns_an_older_databases_copies_into_translations():
    french, english = english_offer()
    region = Region.objects.filter(locale=locale("en")).first()
    # As a database written before: the English versions are plain copies.
    Translation.objects.filter(
        source__object_id__in=[french.translation_key, region.translation_key]
    ).delete()
    assert len(plain_copies(OfferPage, locale("fr"))) == 1
    assert (
        signed_in("translator")
        .get(f"/admin/pages/{english.pk}/edit/")
        .context["form"]
        .fields["apply_url"]
    )  # the ordinary editor, every fact editable

    out = io.StringIO()
    call_command("adopt_translations", stdout=out)
    assert "2 copies made translations" in out.getvalue()
    translation = Translation.objects.get(
        source__object_id=french.translation_key, target_locale=locale("en")
    )
    # The English texts became the translated strings: nothing is left to translate, and
    # publishing the translation keeps the English title.
    assert not untranslated(translation).exists()
    translation.save_target(publish=False)
    assert english.get_latest_revision_as_object().title == english.title
    response = signed_in("translator").get(f"/admin/pages/{english.pk}/edit/")
    assert response.status_code == 200 and "form" not in (response.context or {})

    out = io.StringIO()
    call_command("adopt_translations", stdout=out)
    assert "0 copies made translations" in out.getvalue()


def test_generated_offers_are_translations_with_their_english_texts():
    call_command("generate_offers", count=20, seed=5, verbosity=0)
    assert plain_copies(OfferPage, locale("fr")) == []
    newest = OfferPage.objects.filter(locale=locale("en")).order_by("-pk").first()
    translation = Translation.objects.get(
        source__object_id=newest.translation_key, target_locale=locale("en")
    )
    assert not untranslated(translation).exists()


def test_a_french_fact_changed_by_an_import_reaches_the_english_translation():
    make_offer("2026-TEST-ADOPT", apply_url="https://emploi.example.org/a")
    # A French-only row (no English title): the translation keeps its texts, follows the facts.
    make_offer("2026-TEST-ADOPT", apply_url="https://emploi.example.org/b", title_en="")
    english = OfferPage.objects.get(reference="2026-TEST-ADOPT", locale=locale("en"))
    assert english.apply_url == "https://emploi.example.org/b"
    assert english.title == "Postdoc in calcium imaging of the cortex"
    assert english.live and not english.has_unpublished_changes
