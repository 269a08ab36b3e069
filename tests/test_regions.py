"""The visitor's region: remembered in a cookie, offers of the region first, regional contacts
in guides, cleared on request; pages stay public for visitors who chose no region."""

import pytest

from home.models import Contact, ContactKind, Region
from home.regions import COOKIE
from tests.factories import make_offer

pytestmark = pytest.mark.django_db


def test_choosing_a_region_sets_a_cookie_and_goes_back(client):
    response = client.get("/region/", {"region": "grand-est", "next": "/en/offers/?kind=phd"})
    assert response.status_code == 302
    assert response["Location"] == "/en/offers/?kind=phd"
    cookie = response.cookies[COOKIE]
    assert cookie.value == "grand-est"
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) >= 300 * 24 * 3600
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "params",
    [
        {"region": "atlantis", "next": "/fr/"},
        {"region": "", "next": "/fr/"},
        {"region": "x" * 500, "next": "/fr/"},
    ],
)
def test_an_empty_or_unknown_region_clears_the_choice(client, params):
    client.cookies[COOKIE] = "grand-est"
    response = client.get("/region/", params)
    assert response.status_code == 302
    assert response.cookies[COOKIE].value == ""
    assert response.cookies[COOKIE]["max-age"] == 0


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"]
)
def test_the_way_back_stays_on_the_site(client, next_url):
    response = client.get("/region/", {"region": "grand-est", "next": next_url})
    assert response["Location"] == "/"


def test_pages_stay_cacheable_without_a_region(client):
    response = client.get("/en/offers/")
    assert "private" not in response.get("Cache-Control", "")
    assert "Cookie" not in response.get("Vary", "")
    client.cookies[COOKIE] = "grand-est"
    personal = client.get("/en/offers/")
    assert "private" in personal["Cache-Control"]
    assert "Cookie" in personal["Vary"]


def card_titles(response):
    html = response.content.decode()
    return [
        chunk.split(">", 1)[1].split("</a>", 1)[0]
        for chunk in html.split('class="offer-card__title"><a href="')[1:]
    ]


def test_offers_of_the_region_come_first_and_national_ones_still_follow(client):
    make_offer("REGION-FIRST", region="grand-est", title_en="Postdoc in Strasbourg on regions")
    # Ordered by deadline: with "Best match" (a text query's default) the best matches come
    # first wherever they are, and the region's offers do not jump ahead of them.
    everything = client.get("/en/offers/", {"q": "postdoc", "sort": "deadline"})
    assert everything.status_code == 200
    total = everything.context["offers"].paginator.count
    client.cookies[COOKIE] = "grand-est"
    regional = client.get("/en/offers/", {"q": "postdoc", "sort": "deadline"})
    html = regional.content.decode()
    assert "Offers in Grand Est come first" in html
    assert regional.context["offers"].paginator.count == total  # nothing hidden
    grand_est = Region.objects.get(locale__language_code="fr", slug="grand-est")
    regions = [offer.region_id for offer in regional.context["offers"].object_list]
    first_other = next((i for i, r in enumerate(regions) if r != grand_est.pk), len(regions))
    assert all(r == grand_est.pk for r in regions[:first_other])
    assert first_other > 0
    # Clearing the choice restores the national order.
    client.get("/region/", {"region": "", "next": "/en/offers/"})
    assert 'class="region-first"' not in client.get("/en/offers/").content.decode()


def test_an_explicit_region_filter_wins_over_the_preference(client):
    client.cookies[COOKIE] = "grand-est"
    html = client.get("/en/offers/", {"region": "occitanie-pyrenees"}).content.decode()
    assert 'class="region-first"' not in html


def test_every_region_has_its_hr_contact_in_both_languages():
    for language in ("fr", "en"):
        regional = Contact.objects.filter(
            locale__language_code=language, kind=ContactKind.REGIONAL_HR
        )
        assert regional.count() == Region.objects.filter(locale__language_code="fr").count()


def test_the_picker_is_in_every_page_frame(client):
    html = client.get("/fr/").content.decode()
    assert 'action="/region/"' in html
    assert "Choisir votre région" in html
