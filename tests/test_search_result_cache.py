"""Site search's results kept per query (search/result_cache.py): a search again skips the
ranking, and nothing kept outlives what it shows."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from offers.models import OfferPage
from search import result_cache
from search.models import Synonym
from tests.factories import make_offer
from tests.test_search_view import SEARCH_QUERIES, result_titles

pytestmark = pytest.mark.django_db

INDEX_TABLE = "wagtailsearch_indexentry"
KEPT_QUERIES = 10


def search(client, query, **params):
    return client.get("/fr/search/", {"q": query, **params})


def test_a_search_again_reads_its_ranked_page_from_the_cache(fr_client, django_assert_num_queries):
    first = search(fr_client, "laboratoire")
    # No ranking query: the locale, the page's objects loaded again through the search's own
    # filters (one query, then one per page type: three), the sections' titles, the editors'
    # promotions (two) and the hit counted for the editors' report (two).
    with django_assert_num_queries(KEPT_QUERIES) as queries:
        again = search(fr_client, "laboratoire")
    assert not [q["sql"] for q in queries.captured_queries if INDEX_TABLE in q["sql"]]
    assert result_titles(again) == result_titles(first) and len(result_titles(again)) == 10
    assert "résultats pour « laboratoire »" in again.content.decode()
    # Another page of the same search, or the cache turned off: ranked again.
    with CaptureQueriesContext(connection) as queries:
        search(fr_client, "laboratoire", page="2")
    assert [q for q in queries.captured_queries if INDEX_TABLE in q["sql"]]
    with override_settings(SEARCH_RESULTS_CACHE_SECONDS=0):
        with django_assert_num_queries(SEARCH_QUERIES):
            search(fr_client, "laboratoire")


def test_a_correction_is_kept_with_its_results(fr_client):
    first = search(fr_client, "logemnt").content.decode()
    again = search(fr_client, "logemnt").content.decode()
    assert "Résultats pour « logement »" in first or "logement" in first
    assert again == first


def test_a_page_published_since_is_found_at_once(fr_client):
    assert result_titles(search(fr_client, "ornithorynque")) == []
    offer = make_offer("CACHE-NEW", title_fr="Ornithorynque de recherche publié")
    assert result_titles(search(fr_client, "ornithorynque")) == [offer.title]


def test_a_synonym_saved_since_applies_at_once(fr_client):
    assert result_titles(search(fr_client, "zorglub")) == []
    Synonym.objects.create(language="fr", term="zorglub", alternatives="logement")
    assert result_titles(search(fr_client, "zorglub"))


def test_an_offer_is_never_shown_past_its_deadline(fr_client):
    offer = make_offer("CACHE-CLOSING", title_fr="Ornithorynque de recherche bientôt clos")
    assert result_titles(search(fr_client, "ornithorynque")) == [offer.title]
    # The deadline passes (no publish, no purge): the kept results no longer show the offer.
    OfferPage.objects.filter(pk=offer.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    assert result_titles(search(fr_client, "ornithorynque")) == []


def test_results_are_kept_no_longer_than_until_the_next_deadline():
    make_offer("CACHE-SOON", deadline=timezone.now() + timedelta(seconds=90))
    assert 0 < result_cache.lifetime() <= 90
    with override_settings(SEARCH_RESULTS_CACHE_SECONDS=30):
        assert result_cache.lifetime() <= 30


def test_the_key_is_bounded_whatever_was_typed():
    from search.views import RESULTS_PER_PAGE
    from tests.helpers import locale

    long_query = "é" * 10_000
    name = result_cache.key(long_query, "fr", locale("fr"), 1, RESULTS_PER_PAGE, True)
    assert len(name) < 100
    assert name != result_cache.key("é", "fr", locale("fr"), 1, RESULTS_PER_PAGE, True)


def test_excerpts_are_kept_with_the_results(fr_client, monkeypatch):
    first = search(fr_client, "laboratoire").content.decode()
    assert "<mark>" in first

    def not_again(*args, **kwargs):
        raise AssertionError("excerpt computed again")

    monkeypatch.setattr("search.views.excerpt", not_again)
    again = search(fr_client, "laboratoire").content.decode()
    assert again == first  # the marks kept as HTML, not escaped
