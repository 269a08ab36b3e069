"""Queries per page are fixed: they do not grow with the amount of content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import StandardPage
from offers.filters import offers_changed

from .helpers import page_by_path

pytestmark = pytest.mark.django_db

# Home page, once the site root paths are cached (a warm-up request):
#   1 site for the request          6 the home page's specific row
#   2 active locale (route)         7 homes of every language (switcher fallbacks, menu root)
#   3 the home page (route)         8 home's children in the menu (also the entry-point cards)
#   4 aliases among ancestors       9 footer's legal pages
#   5 view restrictions            10 active locale, looked up again by Wagtail
#                                  11 the page's translations (switcher, hreflang)
# and the offer sections (offers/templatetags/offer_home.py): 12 the offers index, 13 view
# restrictions, 14 the count of open offers, 15 closing soon, 16 latest, 17 competitions with
# a date to come, 18 regions for the search form.
HOME_QUERIES = 18
# A standard page: one more route step, its specific row, and the breadcrumbs' ancestors.
STANDARD_PAGE_QUERIES = 13


def count(client, url, *, cold_facets=False):
    client.get(url)  # warm the site root path cache
    if cold_facets:
        offers_changed()  # as when an offer is published: facet counts are recomputed
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_sections(n):
    home = page_by_path("/accueil/")
    for index in range(n):
        page = StandardPage(
            title=f"Section {index}",
            slug=f"section-{index}",
            show_in_menus=True,
            show_in_footer=True,
            search_description="Résumé",
        )
        home.add_child(instance=page)
        page.save_revision().publish()


def test_home_page_queries(client):
    assert count(client, "/fr/") == HOME_QUERIES
    add_sections(15)
    assert count(client, "/fr/") == HOME_QUERIES


def test_standard_page_queries(client):
    url = "/en/legal-notice/"
    assert count(client, url) == STANDARD_PAGE_QUERIES
    add_sections(15)
    assert count(client, url) == STANDARD_PAGE_QUERIES


# The offer listing, with its facets:
#   12 the page frame, as for a section page (site, locale, route, view restrictions,
#      menu, footer, breadcrumbs, translations for the switcher and hreflang)
#    1 the listing page's locale        1 count of results
#    2 regions and research fields      1 the page of offers
#      in the visitor's language        1 their research fields
#    1 view restrictions (public())     9 facets: kind, category, profile, research field,
#                                         region, city, language, remote work, deadline
#    2 the language switcher's homes and the active locale, looked up again
#    1 the soonest deadline (how long cached counts stay true)
# None of them depends on how many offers exist: grouping and counting happen in SQL.
# Once cached (until an offer changes or a deadline passes), the count and facets go.
LISTING_QUERIES = 31
LISTING_QUERIES_CACHED_FACETS = LISTING_QUERIES - 10
# An offer page: the frame (one route step deeper), its research fields, its region in
# the page's language, the translated field names, the related open offers and the advisor
# for staff moving from abroad.
OFFER_PAGE_QUERIES = 21


# More offers than the demo's 200 (each generated one is a French page, its English
# translation and their wagtail-localize strings): a count that grew with the offers would show.
MORE_OFFERS = 400


def add_offers(n, seed):
    from django.core.management import call_command

    call_command("generate_offers", count=n, seed=seed, verbosity=0)


@pytest.mark.parametrize(
    "params",
    [{}, {"kind": "postdoc", "region": "grand-est"}, {"q": "recherche", "language": "en"}],
)
def test_offer_listing_queries_do_not_grow_with_offers(client, params):
    url = "/fr/offres/?" + "&".join(f"{k}={v}" for k, v in params.items())
    # A text query is ordered by best match: one more query, whatever the number of offers.
    best_match = 1 if "q" in params else 0
    before = count(client, url, cold_facets=True)
    assert count(client, url) == LISTING_QUERIES_CACHED_FACETS + best_match
    add_offers(MORE_OFFERS, seed=99)
    assert count(client, url, cold_facets=True) == before == LISTING_QUERIES + best_match
    assert count(client, url) == LISTING_QUERIES_CACHED_FACETS + best_match


def test_offer_page_queries_do_not_grow_with_offers(client):
    from offers.models import OfferPage

    offer = OfferPage.objects.open().filter(locale__language_code="en").first()
    before = count(client, offer.url)
    add_offers(MORE_OFFERS, seed=98)
    assert count(client, offer.url) == before == OFFER_PAGE_QUERIES
