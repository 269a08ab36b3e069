"""Site search's candidate pages (search/candidates.py): on SQLite the ranking reads the FTS
table alone and keeps the matches of the candidates' index entries, which each process keeps
while the content, the index and the offers' deadlines hold. Whatever is kept, a search finds
what the filtered query finds."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Page

from offers.models import OfferPage
from search import candidates as candidates_module
from search.candidates import Candidates, index_entry_model, searchable_pages
from search.engine import search_page
from search.views import site_search
from tests.factories import make_offer

from .helpers import locale

pytestmark = pytest.mark.django_db

QUERIES = {
    "fr": [
        "recherche",
        "laboratoire",
        "logement",
        "ingénieur biologie Paris",
        "RTT",
        "teletravail",
    ],
    "en": ["researchers", "housing", "remote work", "laboratory", "disability"],
}
no_results_cache = override_settings(SEARCH_RESULTS_CACHE_SECONDS=0)


def ranked(query, language, number, with_candidates):
    pages = searchable_pages(locale(language))
    kept = Candidates(pages, f"test:{language}") if with_candidates else None
    with translation.override(language):  # PostgreSQL parses the query in the active language
        page, _backend = search_page(
            pages.specific(), query, language=language, number=number, per_page=10, candidates=kept
        )
    return [result.pk for result in page.object_list], page.paginator.count


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_candidates_rank_as_the_filtered_query_does(language):
    for query in QUERIES[language]:
        for number in (1, 2, 6):  # page 6: past the exact-word re-ranking of the first 50
            assert ranked(query, language, number, True) == ranked(query, language, number, False)
    assert ranked("recherche" if language == "fr" else "researchers", language, 1, True)[1] > 10


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's ranking reads candidates")
def test_the_ranking_reads_the_fts_table_alone(fr_client):
    fr_client.get("/fr/search/", {"q": "laboratoire"})  # the candidates' entries, built once
    with no_results_cache, CaptureQueriesContext(connection) as queries:
        fr_client.get("/fr/search/", {"q": "recherche"})
    matching = [q["sql"] for q in queries if " MATCH " in q["sql"]]
    assert len(matching) == 1 and " JOIN " not in matching[0]
    assert not [q["sql"] for q in queries if "object_id" in q["sql"]]  # entries not rebuilt


def test_a_page_published_since_is_found_at_once():
    fr = locale("fr")
    with no_results_cache:
        assert site_search("ornithorynque", fr, "fr").results.paginator.count == 0
        offer = make_offer("CANDIDATE-NEW", title_fr="Ornithorynque de recherche publié")
        outcome = site_search("ornithorynque", fr, "fr")
    assert [page.pk for page in outcome.results.object_list] == [offer.pk]


def test_the_entries_are_kept_until_the_index_gains_one():
    pages = searchable_pages(locale("fr"))
    kept = Candidates(pages, "test:fr")
    entries = kept.entries()
    assert Candidates(pages, "test:fr").entries() is entries  # kept in the process
    # The index gains an entry with no publish (e.g. rebuilt by `update_index`, which gives
    # every entry a new id): the entries are built again.
    entry = index_entry_model()
    page = Page.objects.get(url_path="/accueil/")
    entry.objects.create(
        content_type_id=page.content_type_id,
        object_id="999999",
        title="Entrée",
        body="",
        title_norm=1,
    )
    again = kept.entries()
    assert again is not entries and again == entries  # no page of its


def test_an_offer_leaves_the_results_and_their_count_at_its_deadline(monkeypatch):
    fr = locale("fr")
    offer = make_offer(
        "CANDIDATE-CLOSING",
        title_fr="Ornithorynque de recherche bientôt clos",
        deadline=timezone.now() + timedelta(seconds=30),
    )
    with no_results_cache:
        assert site_search("ornithorynque", fr, "fr").results.paginator.count == 1
        # Thirty-one seconds later, with no publish: the database's clock and this process's.
        OfferPage.objects.filter(pk=offer.pk).update(deadline=timezone.now() - timedelta(seconds=1))
        later = candidates_module.time.monotonic() + 31
        monkeypatch.setattr(candidates_module.time, "monotonic", lambda: later)
        outcome = site_search("ornithorynque", fr, "fr")
    assert outcome.results.paginator.count == 0 and not outcome.results.object_list


def test_the_entries_are_kept_no_longer_than_until_the_next_deadline(monkeypatch):
    make_offer("CANDIDATE-SOON", deadline=timezone.now() + timedelta(seconds=30))
    kept = Candidates(searchable_pages(locale("fr")), "test:fr")
    entries = kept.entries()
    now = candidates_module.time.monotonic()
    monkeypatch.setattr(candidates_module.time, "monotonic", lambda: now + 20)
    assert kept.entries() is entries
    monkeypatch.setattr(candidates_module.time, "monotonic", lambda: now + 31)  # under a minute
    assert kept.entries() is not entries
