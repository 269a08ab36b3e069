"""The shared search cases against a real Elasticsearch server (set ELASTICSEARCH_URL).

No Elasticsearch server can be installed on this machine, so this module is skipped here, and
says so; tests/test_search_elasticsearch.py checks what we send without a server. Point
ELASTICSEARCH_URL at an Elasticsearch 8 server (e.g. http://elastic:secret@127.0.0.1:9200) to
check what the analyzers really do with the words people type.

The pages live in the test transaction, rolled back after each test, but Elasticsearch is
outside it: each test writes to indexes under a prefix of its own and deletes them at the end.
"""

import os
import uuid

import pytest
from django.test import override_settings
from modelsearch.query import Fuzzy
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from home.models import StandardPage
from search.config import SEARCH_LANGUAGES, elasticsearch_backends

from ..search_cases import (
    DOCUMENTS,
    MATCHING_CASES,
    NO_MATCH_CASES,
    RANKING_CASES,
    create_case_documents,
)

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"),
        reason="ELASTICSEARCH_URL is not set: no Elasticsearch server can be installed on this "
        "machine",
    ),
    pytest.mark.django_db,
]

DATABASE_ONLY = {"default": {"BACKEND": "search.database"}}
LANGUAGE_OF = {key: language for key, language, _title, _body in DOCUMENTS}


def build_page_index(backend, pages):
    """Create the backend's page index as `update_index` does (settings, then every page
    model's mapping), index `pages` in bulk and make them searchable."""
    index = backend.get_index_for_model(Page)
    index.reset()
    for model in get_indexed_models():
        if backend.get_index_for_model(model).name == index.name:
            index.add_model(model)
    # Every case page goes to every backend: each keeps only the pages of its language.
    backend.add_bulk(StandardPage, pages)
    index.refresh()
    return index


@pytest.fixture
def search_cases():
    """search(language, query) -> the keys of the case pages found, best first."""
    # Published with the database backend only: with ELASTICSEARCH_URL set, the settings'
    # own Elasticsearch backends would otherwise index them under the site's index prefix.
    with override_settings(WAGTAILSEARCH_BACKENDS=DATABASE_ONLY):
        pages = create_case_documents()
    key_of = {page.pk: key for key, page in pages.items()}
    case_pages = Page.objects.filter(pk__in=key_of)
    prefix = f"careers_test_{uuid.uuid4().hex[:12]}_"
    search_backends = {
        **DATABASE_ONLY,
        **elasticsearch_backends(os.environ["ELASTICSEARCH_URL"], prefix),
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends):
        backends = {
            language: get_search_backend(f"elasticsearch_{language}")
            for language in SEARCH_LANGUAGES
        }
        indexes = []
        try:
            for backend in backends.values():
                indexes.append(build_page_index(backend, list(pages.values())))

            def search(language, query):
                results = backends[language].search(query, case_pages, operator="and")
                return [key_of[page.pk] for page in results]

            yield search
        finally:
            for index in indexes:
                index.delete()


def test_words_as_people_type_them_find_their_pages(search_cases):
    failures = []
    for language, query, expected in MATCHING_CASES:
        found = search_cases(language, query)
        if not expected <= set(found):
            failures.append(f"{language} {query!r}: expected {sorted(expected)}, found {found}")
        other_language = [key for key in found if LANGUAGE_OF[key] != language]
        if other_language:
            failures.append(f"{language} {query!r}: found {other_language} (other language)")
    assert failures == []


def test_words_of_the_other_language_find_nothing(search_cases):
    failures = [
        f"{language} {query!r}: found {found}"
        for language, query in NO_MATCH_CASES
        if (found := search_cases(language, query))
    ]
    assert failures == []


def test_a_fuzzy_query_forgives_a_typo_the_correction_left(search_cases):
    # What site search sends the engine for a corrected query (search.engine.backend_query):
    # `"fuzziness": "AUTO"`, one edit in a word of 3 to 5 letters, two beyond.
    assert search_cases("fr", Fuzzy("logemnt", operator="and")) == search_cases("fr", "logement")
    assert "housing" in search_cases("fr", Fuzzy("logemnt", operator="and"))
    assert search_cases("fr", "logemnt") == []


def test_a_title_match_ranks_first(search_cases):
    failures = []
    for language, query, first in RANKING_CASES:
        found = search_cases(language, query)
        if found[:1] != [first]:
            failures.append(f"{language} {query!r}: expected {first} first, found {found}")
    assert failures == []


@pytest.mark.parametrize(
    "query_string",
    [
        "q=recherche",
        "q=imagerie&kind=postdoc&kind=phd",
        "q=recherche&language=en&remote=1&within=90",
    ],
)
def test_the_engine_counts_facets_as_the_database_does(query_string):
    """The demo offers in a French index of their own: the engine's facet counts for a text
    query must equal the database's."""
    from django.http import QueryDict
    from django.utils import timezone

    from offers.facets import engine_facet_counts
    from offers.filters import OfferFilters
    from offers.models import OfferPage

    prefix = f"careers_test_{uuid.uuid4().hex[:12]}_"
    search_backends = {
        **DATABASE_ONLY,
        **elasticsearch_backends(os.environ["ELASTICSEARCH_URL"], prefix),
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends):
        backend = get_search_backend("elasticsearch_fr")
        index = backend.get_index_for_model(Page)
        index.reset()
        for model in get_indexed_models():
            if backend.get_index_for_model(model).name == index.name:
                index.add_model(model)
        offers = list(OfferPage.get_indexed_objects().filter(locale__language_code="fr"))
        try:
            backend.add_bulk(OfferPage, offers)
            index.refresh()
            now = timezone.now()
            filters = OfferFilters(QueryDict(query_string), offers[0].locale)
            assert engine_facet_counts(filters, now) == filters._count_facets(now)
        finally:
            index.delete()


def test_compounds_references_and_synonyms_on_the_engine():
    """What the database backends do for compounds, references and the editors' synonyms, the
    engine does with its analyzers (search/config.py): hyphenated words split and joined at
    index time, the synonyms of the demo list (demo/data/search.yaml) at search time."""
    from core.search_text import search_terms
    from search.engine import backend_query

    with override_settings(WAGTAILSEARCH_BACKENDS=DATABASE_ONLY):
        home = Page.objects.get(depth=2, locale__language_code="fr")
        page = StandardPage(
            title="Plateforme de bio-informatique",
            slug=f"search-case-{uuid.uuid4().hex[:8]}",
            intro="Référence 2026-CDDR-217-00042. Jours de réduction du temps de travail.",
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    prefix = f"careers_test_{uuid.uuid4().hex[:12]}_"
    search_backends = {
        **DATABASE_ONLY,
        **elasticsearch_backends(os.environ["ELASTICSEARCH_URL"], prefix),
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends):
        backend = get_search_backend("elasticsearch_fr")
        index = build_page_index(backend, [page])
        try:
            failures = []
            for typed in ("bioinformatique", "bio-informatique", "2026-CDDR-217-00042", "RTT"):
                query = backend_query(search_terms(typed), "fr", "elasticsearch_fr")
                found = [p.pk for p in backend.search(query, Page.objects.filter(pk=page.pk))]
                if found != [page.pk]:
                    failures.append(typed)
            assert failures == []
        finally:
            index.delete()
