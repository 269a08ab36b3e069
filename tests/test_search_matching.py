"""French and English matching on the database backend (the shared cases of tests/search_cases.py).

scripts/test.sh runs this module on PostgreSQL with the rest of the suite, then once more on
SQLite: the two databases analyse text differently (see search/database.py).
"""

import pytest
from django.db import connection
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from tests.search_cases import (
    MATCHING_CASES,
    NO_MATCH_CASES,
    RANKING_CASES,
    create_case_documents,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def documents():
    return create_case_documents()


def search_keys(documents, language, query):
    """The keys of the case documents the database backend finds, best first."""
    keys = {page.pk: key for key, page in documents.items()}
    with translation.override(language):
        pages = Page.objects.filter(pk__in=keys, locale=Locale.objects.get(language_code=language))
        results = get_search_backend().search(query, pages, operator="and")
        return [keys[page.pk] for page in results[:20]]


def test_the_database_analyses_text_by_language():
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT to_tsvector('careers_fr', %s)::text, to_tsvector('careers_en', %s)::text",
                ["Les congés des ingénieurs", "Nurseries for researchers"],
            )
            assert cursor.fetchone() == (
                "'cong':2 'ingenieur':4 'le':1",
                "'nurseri':1 'research':3",
            )
        else:
            assert connection.vendor == "sqlite"
            cursor.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name LIKE '%indexentry_fts'"
            )
            assert "tokenize = 'porter unicode61 remove_diacritics 2'" in cursor.fetchone()[0]


@pytest.mark.parametrize(("language", "query", "expected"), MATCHING_CASES)
def test_finds_what_people_mean(documents, language, query, expected):
    assert set(search_keys(documents, language, query)) == expected


@pytest.mark.parametrize(("language", "query"), NO_MATCH_CASES)
def test_finds_nothing_from_the_other_language(documents, language, query):
    assert search_keys(documents, language, query) == []


@pytest.mark.parametrize(("language", "query", "first"), RANKING_CASES)
def test_title_ranks_above_body(documents, language, query, first):
    assert search_keys(documents, language, query)[0] == first


@pytest.mark.parametrize(
    "query",
    [
        "bioinformatique",
        "bio-informatique",
        "Bio-Informatique",
        "2026-CDDR-217-00042",
        "2026-cddr-217-00042",
    ],
)
def test_compounds_and_references_match_joined_or_hyphenated(query):
    """Hyphenated words are indexed and searched joined too (core.search_text): PostgreSQL's
    parser once read "-00042" as a negative number, and "bioinformatique" found nothing."""
    from core.search_text import search_terms
    from home.models import HomePage, StandardPage

    home = HomePage.objects.get(locale__language_code="fr")
    page = StandardPage(
        title="Plateforme de bio-informatique",
        slug="search-case-compound",
        intro="Référence 2026-CDDR-217-00042 : analyse de données.",
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    with translation.override("fr"):
        pages = Page.objects.filter(pk=page.pk)
        results = get_search_backend().search(search_terms(query), pages, operator="and")
        assert [found.pk for found in results] == [page.pk]
