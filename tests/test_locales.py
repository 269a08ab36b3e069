"""core.locales, the one way the code asks about languages, and the settings the layers share."""

import pytest
from django.core import checks
from django.test import override_settings

from core.locales import in_locale, in_source_language, is_source
from home.models import Region

from .helpers import locale

pytestmark = pytest.mark.django_db


def test_is_source_takes_a_locale_a_code_or_nothing():
    assert is_source(locale("fr")) and is_source("fr") and is_source(None)
    assert not is_source(locale("en")) and not is_source("en")


def test_in_source_language_filters_directly_and_through_a_relation():
    regions = Region.objects.filter(in_source_language())
    assert regions.exists()
    assert {region.locale.language_code for region in regions} == {"fr"}
    through = Region.objects.filter(in_source_language("locale"))
    assert set(through) == set(regions)


def test_in_locale_keeps_order_falls_back_and_asks_once(django_assert_num_queries):
    french = list(Region.objects.filter(locale=locale("fr")).order_by("-name")[:3])
    english = locale("en")
    untranslated = french[1]
    Region.objects.filter(locale=english, translation_key=untranslated.translation_key).delete()

    with django_assert_num_queries(1):
        found = in_locale(french, english.pk)

    assert [item.translation_key for item in found] == [item.translation_key for item in french]
    assert found[1] == untranslated  # no English version: the French one
    assert {found[0].locale_id, found[2].locale_id} == {english.pk}
    with django_assert_num_queries(0):
        assert in_locale([], english.pk) == []


def test_the_page_cache_must_know_the_region_cookie():
    """core's page cache learns the region cookie from a setting; home's check keeps the two
    in step."""
    assert not [error for error in checks.run_checks() if error.id == "home.E001"]
    with override_settings(PAGE_CACHE_PERSONAL_COOKIES=()):
        errors = [error for error in checks.run_checks() if error.id == "home.E001"]
    assert len(errors) == 1 and "region" in errors[0].msg
