"""Queries per page are fixed: they do not grow with the amount of content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import StandardPage

from .helpers import page_by_path

pytestmark = pytest.mark.django_db

# Home page, once the site root paths are cached (a warm-up request):
#   1 site for the request          6 the home page's specific row
#   2 active locale (route)         7 homes of every language (switcher fallbacks, menu root)
#   3 the home page (route)         8 home's children in the menu (also the entry-point cards)
#   4 aliases among ancestors       9 footer's legal pages
#   5 view restrictions            10 active locale, looked up again by Wagtail
#                                  11 the page's translations (switcher, hreflang)
HOME_QUERIES = 11
# A standard page: one more route step, its specific row, and the breadcrumbs' ancestors.
STANDARD_PAGE_QUERIES = 13


def count(client, url):
    client.get(url)  # warm the site root path cache
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
    url = "/en/working-at-inserm/"
    assert count(client, url) == STANDARD_PAGE_QUERIES
    add_sections(15)
    assert count(client, url) == STANDARD_PAGE_QUERIES
