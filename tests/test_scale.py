"""Query counts that do not grow with the number of offers: each page is counted on the demo
(200 offers), then again with MORE_OFFERS more.

The extra offers are generated once for the whole module, inside a transaction rolled back at
its end, and every test here runs in a savepoint within it: generating them (a French page, its
English translation and their wagtail-localize strings each) is the slowest step of the suite,
and it used to be repeated by each test that needed it.
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client

from offers.models import OfferPage

from .test_performance import (
    LISTING_QUERIES,
    LISTING_QUERIES_CACHED_FACETS,
    OFFER_PAGE_QUERIES,
    count,
)
from .test_seo import sitemap_pieces

pytestmark = pytest.mark.django_db

# More offers than the demo's 200: a count that grew with the offers would show.
MORE_OFFERS = 400
LISTINGS = {
    "all": "/fr/offres/",
    "filtered": "/fr/offres/?kind=postdoc&region=grand-est",
    # A text query is ordered by best match: one more query, whatever the number of offers.
    "text": "/fr/offres/?q=recherche&language=en",
}
PAGES = ("/fr/", "/en/", "/sitemap.xml", "/sitemap-pages.xml")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The counts on the demo content: {url: queries}; then MORE_OFFERS more offers, kept
    until the module's last test and rolled back."""
    with django_db_blocker.unblock():
        cache.clear()
        outer = transaction.atomic()
        outer.__enter__()
        try:
            client = Client()
            offer = OfferPage.objects.open().filter(locale__language_code="en").first()
            counts = {url: count(client, url, cold_facets=True) for url in LISTINGS.values()}
            counts.update({url: count(client, url) for url in (*PAGES, offer.url)})
            counts["offer"] = offer.url
            call_command("generate_offers", count=MORE_OFFERS, seed=99, verbosity=0)
            yield counts
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            cache.clear()


@pytest.mark.parametrize("name", LISTINGS)
def test_offer_listing(demo, client, name):
    url = LISTINGS[name]
    best_match = 1 if name == "text" else 0
    assert count(client, url, cold_facets=True) == demo[url] == LISTING_QUERIES + best_match
    assert count(client, url) == LISTING_QUERIES_CACHED_FACETS + best_match


def test_offer_page(demo, client):
    url = demo["offer"]
    assert count(client, url) == demo[url] == OFFER_PAGE_QUERIES


@pytest.mark.parametrize("url", ["/fr/", "/en/"])
def test_home_page(demo, client, url):
    # Closing soon, latest, the live count and the next competition dates all grow with the
    # offers; their queries do not.
    assert count(client, url) <= demo[url]


def test_sitemap(demo, client):
    pieces = sitemap_pieces(client)
    assert len(pieces) > 1
    # A piece holds at most as many page types as the demo's one piece, which holds them all.
    for piece in pieces:
        assert count(client, piece) <= demo["/sitemap-pages.xml"], piece
    assert count(client, "/sitemap.xml") == demo["/sitemap.xml"]
    assert demo["/sitemap-pages.xml"] < 25 and demo["/sitemap.xml"] <= 5
