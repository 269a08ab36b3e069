"""Site search at /<lang>/search/: results, excerpts, promotions, hits, bad input, fallback."""

import logging
import socket
import threading
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page

from search.config import elasticsearch_backends
from tests.factories import make_offer
from tests.helpers import Outline, page_by_path

pytestmark = pytest.mark.django_db

# Queries counted with the demo site and ten results of three page types: the count must not
# grow with the number of results (section titles, translations and promotions are fetched
# per page of results, the specific rows once per page type, not per result; the page frame
# and the results' texts come from the fragment cache, core/fragment_cache.py, once warm).
SEARCH_QUERIES = 11


def result_titles(response):
    """The titles of the results (promoted results excepted), in order."""
    html = response.content.decode()
    if '<ol class="results"' not in html:
        return []
    results = html.split('<ol class="results"', 1)[1].split("</ol>", 1)[0]
    return [
        chunk.split(">", 1)[1].split("</a>", 1)[0]
        for chunk in results.split('class="result__title"><a href="')[1:]
    ]


def result_links(response):
    html = response.content.decode().split('<ol class="results"', 1)[1]
    return [chunk.split('"', 1)[0] for chunk in html.split('class="result__title"><a href="')[1:]]


def test_the_header_search_box_leads_to_the_search_page(client):
    html = client.get("/en/").content.decode()
    assert 'action="/en/search/"' in html
    assert 'name="q"' in html


def test_finds_pages_without_accents_and_in_plural(fr_client):
    response = fr_client.get("/fr/search/", {"q": "teletravail"})
    assert response.status_code == 200
    assert "Travailler à l’Inserm" in result_titles(response)
    assert "<mark>télétravail</mark>" in response.content.decode().lower()


def test_results_are_in_the_current_language_only(client):
    response = client.get("/en/search/", {"q": "Inserm"})
    titles = result_titles(response)
    assert titles
    english_titles = set(
        Page.objects.filter(locale__language_code="en").values_list("title", flat=True)
    )
    assert set(titles) <= english_titles


def test_offers_show_their_facts_and_deadline_and_closed_offers_leave(fr_client):
    make_offer("SEARCH-OPEN", title_fr="Ornithorynque de recherche ouvert")
    make_offer(
        "SEARCH-CLOSED",
        title_fr="Ornithorynque de recherche fermé",
        deadline=timezone.now() - timedelta(days=1),
    )
    response = fr_client.get("/fr/search/", {"q": "ornithorynque"})
    html = response.content.decode()
    assert result_titles(response) == ["Ornithorynque de recherche ouvert"]
    assert 'class="result__facts"' in html
    assert "Laboratoire de test des offres (U1999)" in html
    assert "<time datetime=" in html
    assert "Offres d’emploi" in html  # the section the offer sits in


def test_an_unpublished_offer_leaves_search(fr_client):
    offer = make_offer("SEARCH-WITHDRAWN", title_fr="Ornithorynque de recherche retiré")
    assert result_titles(fr_client.get("/fr/search/", {"q": "ornithorynque"})) == [offer.title]
    offer.unpublish()
    assert result_titles(fr_client.get("/fr/search/", {"q": "ornithorynque"})) == []


def test_every_page_type_says_what_search_leaves_out(fr_client, monkeypatch):
    """Search asks each page model (exclude_from_search), not the offers alone."""
    from guides.models import WelcomeGuidePage

    guides = set(
        WelcomeGuidePage.objects.filter(locale__language_code="fr").values_list("title", flat=True)
    )
    assert set(result_titles(fr_client.get("/fr/search/", {"q": "logement"}))) & guides
    monkeypatch.setattr(
        WelcomeGuidePage,
        "exclude_from_search",
        classmethod(lambda cls, pages: pages.exclude(id__in=cls.objects.values("pk"))),
    )
    titles = result_titles(fr_client.get("/fr/search/", {"q": "logement"}))
    assert titles
    assert not set(titles) & guides


def test_a_page_type_without_a_result_template_of_its_own_is_shown_plainly(fr_client):
    """The suggestion form is no BasePage: search shows it with its own plain template."""
    html = fr_client.get("/fr/search/", {"q": "boîte à idées"}).content.decode()
    result = html.split('<li class="result">', 1)[1].split("</li>", 1)[0]
    assert 'class="result__section">Votre avis compte</p>' in result
    assert '<a href="/fr/votre-avis-compte/boite-a-idees/">Boîte à idées</a>' in result
    assert "result__facts" not in result


def test_result_count_and_pagination(fr_client):
    first = fr_client.get("/fr/search/", {"q": "recherche"})
    html = first.content.decode()
    assert "résultats pour « recherche »" in html
    assert len(result_titles(first)) == 10
    assert 'rel="next"' in html
    second = fr_client.get("/fr/search/", {"q": "recherche", "page": 2})
    assert not set(result_links(first)) & set(result_links(second))
    assert 'start="11"' in second.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 10_000},
        {"q": '"ingénieur'},
        {"q": "(recherche"},
        {"q": "titre:visa"},
        {"q": "cherch*"},
        {"q": "visa~2"},
        {"q": "visa AND logement"},
        {"q": "AND"},
        {"q": "' OR '1'='1'; DROP TABLE wagtailcore_page; --"},
        {"q": "<script>alert(1)</script>"},
        {"q": "😀 🇫🇷"},
        # Control characters are dropped; a NUL is refused before any view, with a 400 page
        # (tests/test_nul_characters.py).
        {"q": "visa\x01logement\x1f"},
        {"q": "visa", "page": "999"},
        {"q": "visa", "page": "-1"},
        {"q": "visa", "page": "abc"},
        {"q": "visa", "page": "1e9"},
        {"q": "visa", "page": "99999999999999999999"},  # past PostgreSQL's bigint offset
        {"q": "xqzwv", "page": "2"},  # nothing matches: there is no page 2 to fall back from
    ],
)
def test_bad_input_gets_a_normal_page(fr_client, params):
    response = fr_client.get("/fr/search/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert Outline(html).h1_count == 1


def test_query_text_is_escaped(fr_client):
    html = fr_client.get("/fr/search/", {"q": "<b>visa</b>"}).content.decode()
    assert "<b>visa</b>" not in html
    assert "&lt;b&gt;visa&lt;/b&gt;" in html


def test_search_syntax_is_searched_as_words(fr_client):
    plain = result_titles(fr_client.get("/fr/search/", {"q": "logement"}))
    assert plain
    assert result_titles(fr_client.get("/fr/search/", {"q": '("logement":*'})) == plain


def test_no_result_page_helps(fr_client):
    # What was typed, asked for as typed: a typo is otherwise corrected (test_search_relevance).
    html = fr_client.get("/fr/search/", {"q": "logemnt", "original": "1"}).content.decode()
    assert "Aucun résultat pour « logemnt »" in html
    assert 'Vouliez-vous dire <a href="?q=logement">logement</a> ?' in html
    assert 'href="/fr/offres/"' in html
    assert 'href="/fr/bienvenue-en-france/"' in html


def test_promotions_follow_the_visitor_language_and_ignore_accents(client):
    french = page_by_path("/accueil/bienvenue-en-france/")
    english = french.get_translation(Locale.objects.get(language_code="en"))
    html = client.get("/en/search/", {"q": "Visa"}).content.decode()
    promoted = html.split('id="promotions-title"')[1].split("</section>")[0]
    assert f'href="{english.url}"' in promoted
    # Promoted for "télétravail": found for "TELETRAVAIL" too.
    html = client.get("/fr/search/", {"q": "TELETRAVAIL"}).content.decode()
    assert 'id="promotions-title"' in html


def test_external_promotion(client):
    SearchPromotion.objects.create(
        query=Query.get("euraxess"),
        external_link_url="https://euraxess.ec.europa.eu/",
        external_link_text="EURAXESS",
        description="Research jobs across Europe.",
        sort_order=0,
    )
    html = client.get("/en/search/", {"q": "euraxess"}).content.decode()
    assert 'href="https://euraxess.ec.europa.eu/">EURAXESS</a>' in html
    assert "Research jobs across Europe." in html


def test_searches_are_counted_once_per_search(fr_client):
    fr_client.get("/fr/search/", {"q": "Recherche"})
    fr_client.get("/fr/search/", {"q": "recherche", "page": 2})
    fr_client.get("/fr/search/", {"q": "recherche "})
    assert Query.get("recherche").hits == 2


def test_query_count_does_not_grow_with_results(fr_client, django_assert_num_queries):
    # "laboratoire" finds guides, the guides' index and offers: ten results of three types.
    fr_client.get("/fr/search/", {"q": "laboratoire"})  # warm the caches a real site keeps warm
    # Ranked again, not read from the results kept (tests/test_search_result_cache.py).
    with override_settings(SEARCH_RESULTS_CACHE_SECONDS=0):
        with django_assert_num_queries(SEARCH_QUERIES):
            response = fr_client.get("/fr/search/", {"q": "laboratoire"})
    titles = result_titles(response)
    assert len(titles) == 10
    types = Page.objects.filter(title__in=titles).values_list("content_type", flat=True)
    assert len(set(types)) == 3


def search_backends(url, timeout=2):
    return {
        "default": settings.WAGTAILSEARCH_BACKENDS["default"],
        **elasticsearch_backends(url, "test_", timeout=timeout),
    }


def unused_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_engine_falls_back_to_the_database(fr_client, caplog):
    expected = result_titles(fr_client.get("/fr/search/", {"q": "teletravail"}))
    with override_settings(
        WAGTAILSEARCH_BACKENDS=search_backends(f"http://127.0.0.1:{unused_port()}")
    ):
        with caplog.at_level(logging.WARNING, logger="search.engine"):
            response = fr_client.get("/fr/search/", {"q": "teletravail"})
    assert response.status_code == 200
    assert result_titles(response) == expected
    assert "answering from the database" in caplog.text


@pytest.fixture
def silent_server():
    """A socket that accepts connections and never answers: a hung search engine."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted = []

    def accept():
        while True:
            try:
                accepted.append(server.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", accepted
    server.close()
    for connection in accepted:
        connection.close()


def test_slow_engine_costs_one_timeout_then_is_left_alone(fr_client, caplog, silent_server):
    url, connections = silent_server
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends(url, timeout=2)):
        started = time.monotonic()
        first = fr_client.get("/fr/search/", {"q": "teletravail"})
        # A lower bound only: the request cannot end before the timeout, however idle the
        # machine. How long it then takes depends on the machine's load, so "left alone" is
        # counted in connections, not in seconds.
        assert time.monotonic() - started >= 1.9
        asked = len(connections)
        second = fr_client.get("/fr/search/", {"q": "logement"})
    assert first.status_code == second.status_code == 200
    assert "Travailler à l’Inserm" in result_titles(first)
    assert asked >= 1
    assert len(connections) == asked  # the engine is skipped while it is known to be down
    assert "ConnectionTimeout" in caplog.text


def test_publishing_never_fails_when_the_engine_is_down(fr_client):
    page = page_by_path("/accueil/mentions-legales/")
    with override_settings(
        WAGTAILSEARCH_BACKENDS=search_backends(f"http://127.0.0.1:{unused_port()}")
    ):
        page.title = "Mentions légales et ornithorynques"
        page.save_revision().publish()
    # The database index was updated all the same.
    assert "Mentions légales et ornithorynques" in result_titles(
        fr_client.get("/fr/search/", {"q": "ornithorynques"})
    )
