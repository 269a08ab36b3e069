"""Queries per page are fixed: they do not grow with the amount of content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import StandardPage
from offers.filters import offers_changed

from .helpers import page_by_path

pytestmark = pytest.mark.django_db

# Home page, once the site root paths are cached and the fragment cache is warm
# (core/fragment_cache.py: homes, menu, footer, language versions, breadcrumbs, the offer
# sections of offers/templatetags/offer_home.py, and "no view restriction anywhere", all kept
# until something is published, the offer sections also until the next offer closes): the
# page chooser of the home page's body, and one more query for its content. The request's
# Wagtail site and the home page Wagtail routes from come from the cache too
# (SiteLookupMiddleware, home/routing_middleware.py: they cost three queries before).
HOME_QUERIES = 2
# A standard page: the route from the cached home page (one query for the whole path,
# home/routing.py), the page's specific row.
STANDARD_PAGE_QUERIES = 2


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
#    2 the page frame, as for a standard page (route, specific row)
#    1 the listing page's locale        1 count of results
#    2 regions and research fields      1 the page of offers
#      in the visitor's language        9 facets: kind, category, profile, research field,
#                                         region, city, language, remote work, deadline
#    1 the soonest deadline (how long cached counts stay true)
# (The offers' research fields, one query, only when a card is not in the fragment cache.)
# None of them depends on how many offers exist: grouping and counting happen in SQL.
# Once cached (until an offer changes or a deadline passes), the count and facets go.
LISTING_QUERIES = 17
LISTING_QUERIES_CACHED_FACETS = LISTING_QUERIES - 10
# An offer page: the route and its specific row. Its facts and texts (research fields, region
# in the page's language), its JSON-LD, related open offers and the advisor for staff moving
# from abroad come from the fragment cache (core/fragment_cache.py) once warm.
OFFER_PAGE_QUERIES = 2


# These budgets hold whatever the number of offers: tests/test_scale.py counts each page again
# with 400 more.


# --- The page frame's cache (core/fragment_cache.py) ------------------------------------------
# Menu, footer, breadcrumbs and language versions are kept across requests under the site's
# content generation: what an editor publishes shows on the next request, drafts never do.


def header_and_footer(client, url):
    html = client.get(url).content.decode()
    return html[html.index("<header") : html.index("</header>")], html[html.index("<footer") :]


def test_a_published_title_shows_in_the_menu_and_footer_at_once(client):
    header, footer = header_and_footer(client, "/fr/offres/")  # cached from here on
    section = page_by_path("/accueil/offres/").specific
    legal = page_by_path("/accueil/mentions-legales/").specific
    assert section.title in header and legal.title in footer
    for page, title in ((section, "Postes ouverts"), (legal, "Notre cadre légal")):
        page.title = title
        page.save_revision().publish()
    header, footer = header_and_footer(client, "/fr/offres/")
    assert "Postes ouverts" in header and "Notre cadre légal" in footer
    # The English frame shows the English pages, untouched by the French publish.
    header, footer = header_and_footer(client, "/en/offers/")
    assert "Postes ouverts" not in header and "Notre cadre légal" not in footer


def test_a_draft_or_an_unpublished_page_never_shows_in_the_menu(client):
    header, _footer = header_and_footer(client, "/fr/")
    section = page_by_path("/accueil/offres/").specific
    section.title = "Titre en brouillon"
    section.save_revision()  # a draft: visitors keep the published title
    header, _footer = header_and_footer(client, "/fr/")
    assert "Titre en brouillon" not in header and 'href="/fr/offres/"' in header
    section.unpublish()
    header, _footer = header_and_footer(client, "/fr/")
    assert 'href="/fr/offres/"' not in header


def test_a_new_view_restriction_applies_at_once(client):
    from wagtail.models import PageViewRestriction

    url = "/fr/mentions-legales/"
    assert client.get(url).status_code == 200  # "no restriction anywhere" is now cached
    PageViewRestriction.objects.create(
        page=page_by_path("/accueil/mentions-legales/"),
        restriction_type=PageViewRestriction.LOGIN,
    )
    assert client.get(url).status_code == 302  # to the sign-in page
    assert url not in {page.url for page in StandardPage.objects.live().public()}


def test_wagtail_routes_are_kept(client):
    """home/routing.py finds a page in one query; routable pages keep their sub-routes."""
    from offers.models import OfferPage

    offer = OfferPage.objects.open().filter(locale__language_code="fr").first()
    assert client.get("/fr/offres/feed/").status_code == 200
    assert client.get(offer.url + "calendar/").status_code == 200
    assert client.get(offer.url + "nothing-here/").status_code == 404
    assert client.get("/fr/offres/nothing-here/deeper/").status_code == 404
    assert client.get("/fr/bienvenue-en-france/").status_code == 200
    url = offer.url
    offer.unpublish()
    assert client.get(url).status_code == 404


def test_shared_fragments_are_never_shared_with_a_personal_request(rf):
    """A preview (a draft under the live page's id), a session (an editor, a page's password),
    the region cookie or a POST always render afresh (home/templatetags/fragment_tags.py)."""
    from home.templatetags.fragment_tags import shareable

    assert shareable(rf.get("/fr/"))
    preview = rf.get("/fr/")
    preview.is_preview = True
    assert not shareable(preview)
    assert not shareable(rf.get("/fr/", HTTP_COOKIE="sessionid=abc"))
    assert not shareable(rf.get("/fr/", HTTP_COOKIE="region=bretagne"))
    assert not shareable(rf.post("/fr/"))


def test_an_offer_shows_its_new_text_and_related_offers_follow_deadlines(client):
    from datetime import timedelta
    from unittest import mock

    from offers.models import OfferPage

    offer = OfferPage.objects.open().filter(locale__language_code="fr").first()
    related = client.get(offer.url).context["related_offers"]
    assert related
    offer.description = "<p>Une description toute neuve.</p>"
    offer.save_revision().publish()
    response = client.get(offer.url)
    assert "Une description toute neuve." in response.content.decode()
    # The first related offer closes: nothing is published, yet it leaves the list.
    later = related[0].deadline + timedelta(seconds=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        related_later = client.get(offer.url).context["related_offers"]
    assert related[0].pk not in {page.pk for page in related_later}


def test_the_site_is_found_once_then_from_the_cache(rf, django_assert_num_queries):
    """core.fragment_cache.SiteLookupMiddleware: no site query per request; a Site saved is
    found again."""
    from django.core.cache import cache
    from wagtail.models import Site

    from core.fragment_cache import SITES_KEY, SiteLookupMiddleware

    middleware = SiteLookupMiddleware(lambda request: Site.find_for_request(request))
    cache.delete(SITES_KEY)
    site = middleware(rf.get("/fr/"))
    assert site == Site.objects.get(is_default_site=True)
    with django_assert_num_queries(0):
        assert middleware(rf.get("/en/")) == site
    site.site_name = "Carrières"
    site.save()
    assert middleware(rf.get("/fr/")).site_name == "Carrières"


# A 404, warm: the route that found nothing (one query from the cached home page) and
# Wagtail's redirect lookup for the address (two with a query string: with and without it).
# Its HTML comes from the fragment cache.
NOT_FOUND_QUERIES = 2


def test_a_404_is_rendered_once_per_language_and_names_no_address(client):
    """careers_site.views.page_not_found: every missing address of a language gets the same
    page, kept in the fragment cache; the region picker leads home, not back to the 404."""
    first = client.get("/fr/nulle-part/")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/fr/offres/autre/chose/")
    assert first.status_code == second.status_code == 404
    assert first.content == second.content
    assert len(queries) == NOT_FOUND_QUERIES
    third = client.get("/fr/encore/ailleurs/?q=<b>x</b>")
    assert third.status_code == 404 and third.content == first.content
    html = first.content.decode()
    assert "nulle-part" not in html and 'name="next" value="/fr/"' in html
    assert 'lang="fr"' in html and "Page introuvable" in html
    english = client.get("/en/nowhere/").content.decode()
    assert "Page not found" in english and 'name="next" value="/en/"' in english


def test_a_404_with_a_region_is_rendered_for_that_visitor(client):
    client.get("/fr/nulle-part/")  # the shared one is stored
    client.cookies["region"] = "grand-est"
    html = client.get("/fr/ailleurs/").content.decode()
    assert "Oublier ma région" in html


def test_pages_are_routed_from_the_home_page_as_published(client):
    """home.routing_middleware: the home page Wagtail routes from is the cached one, renewed
    when a page is published, and a page moved or added under it is found at once."""
    home = page_by_path("/accueil/")
    assert client.get("/fr/").context["page"].title == home.title
    home.title = "Accueil renouvelé"
    home.save_revision().publish()
    assert client.get("/fr/").context["page"].title == "Accueil renouvelé"
    add_sections(1)
    assert client.get("/fr/section-0/").status_code == 200
    assert client.get("/fr/section-1/").status_code == 404
