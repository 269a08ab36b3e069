"""The home page as the front door: offer search, open offers counted live, offers closing
soon and latest, the next competition dates, the paths; a fixed number of queries whatever
the number of offers, and a page the page cache keeps."""

import re
from datetime import datetime, time, timedelta

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.formats import date_format

from offers.models import OfferPage

from .factories import make_offer
from .helpers import main_content

pytestmark = pytest.mark.django_db


def home(client, language="fr"):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    return response, main_content(response.content.decode())


def open_count(language):
    return OfferPage.objects.open().filter(locale__language_code=language).count()


@pytest.mark.parametrize(
    ("language", "listing", "label"),
    [("fr", "/fr/offres/", "Mots-clés"), ("en", "/en/offers/", "Keywords")],
)
def test_the_search_form_lands_on_the_filtered_listing(client, language, listing, label):
    _response, html = home(client, language)
    form = re.search(r'<form class="home-search" method="get" action="([^"]+)"', html)
    assert form and form.group(1) == listing
    assert f'<label for="home-q">{label}</label>' in html
    assert 'name="q"' in html and 'name="kind"' in html and 'name="region"' in html
    assert '<option value="postdoc">' in html
    assert '<option value="grand-est">' in html
    # What the form sends is what the listing reads.
    filtered = client.get(listing, {"q": "", "kind": "postdoc", "region": "grand-est"})
    assert filtered.status_code == 200
    assert "ignored_message" not in filtered.context


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_open_offers_are_counted_live(client, language):
    count = open_count(language)
    _response, html = home(client, language)
    assert re.search(rf"\b{count}\b", html.split("home-search__count", 1)[1][:200])
    make_offer("2026-HOME-0001")
    cache.clear()
    _response, html = home(client, language)
    assert re.search(rf"\b{count + 1}\b", html.split("home-search__count", 1)[1][:200])


def test_no_figure_is_typed_for_the_open_positions(client):
    """The demo's key figures no longer hold a typed count of open positions."""
    _response, html = home(client)
    assert "postes ouverts recensés" not in html
    _response, html = home(client, "en")
    assert "open positions listed" not in html


def test_closing_soon_and_latest_offers_are_open_offers(client):
    # Sooner than every open offer of the demo, whatever the time of day: halfway to the first
    # of them to close (demo deadlines fall at 23:59 on given days).
    now = timezone.now()
    first = OfferPage.objects.open().order_by("deadline").first().deadline
    soonest = make_offer("2026-HOME-SOON", deadline=now + (first - now) / 2)
    make_offer(
        "2026-HOME-SHUT",
        title_fr="Offre déjà close",
        deadline=timezone.now() - timedelta(days=1),
    )
    _response, html = home(client)
    closing = html.split('id="closing-soon-title"', 1)[1].split("</section>", 1)[0]
    assert soonest.title in closing
    assert "Offre déjà close" not in html
    latest = html.split('id="latest-offers-title"', 1)[1].split("</section>", 1)[0]
    newest = (
        OfferPage.objects.open()
        .filter(locale__language_code="fr")
        .order_by("-first_published_at", "-pk")
        .first()
    )
    assert newest.title in latest


def test_offer_dates_read_1er_on_the_first_of_a_month(client):
    today = timezone.localdate()
    first = (today.replace(day=1) + timedelta(days=62)).replace(day=1)
    deadline = timezone.make_aware(datetime.combine(first, time(23, 59)))
    make_offer("2026-HOME-1ER", title_fr="Offre du premier", deadline=deadline)
    _response, html = home(client)
    latest = html.split('id="latest-offers-title"', 1)[1].split("</section>", 1)[0]
    item = latest.split("Offre du premier", 1)[1].split("</li>", 1)[0]
    with translation.override("fr"):
        month = date_format(first, "F Y")
    assert f">1er {month}</time>" in item


def test_the_next_competition_dates_come_from_the_offers(client):
    today = timezone.localdate()
    make_offer(
        "2026-HOME-CONC",
        kind="competition-dr",
        category="researcher",
        title_fr="Concours DR de démonstration",
        title_en="DR competition for the home page",
        deadline=timezone.now() + timedelta(days=1),
        registration_opens=None,
        auditions_start=today + timedelta(days=3),
        auditions_end=today + timedelta(days=4),
        results_date=today + timedelta(days=5),
    )
    _response, html = home(client, "en")
    stages = html.split('id="competition-stages-title"', 1)[1].split("</section>", 1)[0]
    # The nearest dates of all: the deadline tomorrow, then the auditions.
    assert "Application deadline" in stages
    assert "Auditions" in stages
    assert "DR competition for the home page" in stages or "?kind=competition-dr" in stages
    assert 'href="/en/offers/calendar/"' in stages


def test_the_paths_have_their_illustrations(client):
    _response, html = home(client)
    cards = html.split('id="entry-points-title"', 1)[1].split("</section>", 1)[0]
    assert cards.count('class="card__art"') == cards.count('class="card card--path"') >= 4
    assert 'alt=""' in cards  # decorative: the card's title says where it leads
    assert 'width="96" height="64"' in cards


def test_the_home_page_is_stored_by_the_page_cache(client):
    cache.clear()
    with override_settings(PAGE_CACHE_SECONDS=300):
        first = client.get("/fr/")
        assert first["X-Page-Cache"] == "miss"
        assert not first.cookies
        assert "csrfmiddlewaretoken" not in first.content.decode()
        assert client.get("/fr/")["X-Page-Cache"] == "hit"
    cache.clear()
