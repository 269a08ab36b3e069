"""A NUL character in the address or a cookie: a clear 400 page, or the cookie ignored, never a
500 (PostgreSQL refuses a NUL in a query; core/nul_characters.py).

Run on PostgreSQL, where the region picker and pages read with such a cookie failed; on SQLite
the answers are the same.
"""

import pytest
from django.test import Client

from home.regions import COOKIE

pytestmark = pytest.mark.django_db

NUL_ADDRESSES = [
    # The region picker, which looks the value up in the database.
    "/region/?region=%00",
    "/region/?region=grand-est%00",
    "/region/?region=grand-est&next=/fr/%00",
    "/fr/region/?region=%00",
    "/en/region/?region=%00",
    # Pages and views that read parameters (the listing's filters, the search, the API).
    "/fr/offres/?region=%00",
    "/en/offers/?kind=phd&q=a%00b",
    "/fr/offres/api/?page=%00",
    "/fr/offres/feed/?q=null%00byte&city=Lyon%00",
    "/fr/search/?q=%00",
    "/en/?%00=1",
    # The path itself.
    "/fr/%00/",
    "/fr/offres/a%00b/",
]


@pytest.mark.parametrize("address", NUL_ADDRESSES)
def test_a_nul_character_in_the_address_is_a_clear_400(address):
    response = Client(raise_request_exception=False).get(address)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Demande illisible" in html and "Request not readable" in html
    assert "caractère ou une valeur non valide" in html
    assert 'href="/fr/"' in html and 'href="/en/"' in html
    assert "{#" not in html and "{%" not in html
    assert response["Cache-Control"] == "no-store"
    assert "Content-Security-Policy" in response
    # The region picker set or cleared nothing.
    assert COOKIE not in response.cookies


@pytest.mark.parametrize("name", [COOKIE, "sessionid"])
@pytest.mark.parametrize("address", ["/fr/", "/fr/offres/", "/en/offers/"])
def test_a_cookie_holding_a_nul_character_is_ignored(name, address):
    # Browsers send what they were given; Django reads "\000" in a quoted value as a NUL.
    client = Client(raise_request_exception=False, HTTP_COOKIE=f'{name}="\\000grand-est00"')
    response = client.get(address)
    assert response.status_code == 200
    # Served as to a visitor without that cookie: no regional (private) page.
    assert "private" not in response.get("Cache-Control", "")


def test_a_cookie_holding_a_nul_character_leaves_the_others():
    # Written as a header: Debian's Python (3.11.2 and 3.13.5, security updates) refuses to set
    # a control character in a cookie. "\000" in a quoted value is a NUL for Django.
    nuls = "\\000" * 32
    client = Client(HTTP_COOKIE=f'{COOKIE}=grand-est; sessionid="{nuls}"')
    response = client.get("/fr/offres/")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]  # the region still applies


def test_the_region_picker_still_works():
    response = Client().get("/region/", {"region": "grand-est", "next": "/fr/offres/"})
    assert response.status_code == 302
    assert response.cookies[COOKIE].value == "grand-est"
