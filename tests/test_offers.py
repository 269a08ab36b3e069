"""The offer listing, offer pages, deadlines and machine-readable outputs, as visitors get them."""

import json
import re
from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from icalendar import Calendar
from wagtail.models import Page

from home.models import HomePage
from offers.models import OfferIndexPage, OfferPage

from .factories import make_offer
from .helpers import Outline, locale

pytestmark = pytest.mark.django_db

LISTING = {"fr": "/fr/offres/", "en": "/en/offers/"}


def open_offers(language="fr"):
    return OfferPage.objects.open().filter(locale=locale(language))


def listed_references(html):
    return re.findall(r'class="offer-card__title"><a href="[^"]*-([a-z0-9-]+)/"', html)


def result_count(html):
    return int(re.search(r'id="results-title"[^>]*>\s*(\d+)', html).group(1))


# --- Listing -----------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "en"])
def test_listing_shows_open_offers_with_count(client, language):
    response = client.get(LISTING[language])
    assert response.status_code == 200
    html = response.content.decode()
    assert result_count(html) == open_offers(language).count() > 150
    assert html.count('class="offer-card"') == 20
    outline = Outline(html)
    assert outline.h1_count == 1 and outline.html_lang == language


def test_listing_hides_closed_offers(client):
    closed = (
        OfferPage.objects.live().filter(locale=locale("fr"), deadline__lte=timezone.now()).first()
    )
    assert closed is not None, "the demo content includes closed offers"
    # The same search finds an open offer by its reference (PostgreSQL once read "-00001" as
    # a negative number and found none: the closed offer's absence proved nothing).
    opened = open_offers().order_by("pk").first()
    response = client.get(LISTING["fr"], {"q": opened.reference})
    assert result_count(response.content.decode()) == 1
    assert [offer.pk for offer in response.context["offers"].object_list] == [opened.pk]
    response = client.get(LISTING["fr"], {"q": closed.reference})
    assert result_count(response.content.decode()) == 0


def test_kind_filter_and_disjunctive_facet_counts(client):
    response = client.get(LISTING["fr"], {"kind": "postdoc"})
    html = response.content.decode()
    postdocs = open_offers().filter(kind="postdoc")
    assert result_count(html) == postdocs.count()
    kind_facet = next(f for f in response.context["facets"] if f.name == "kind")
    # Counts beside each kind ignore the kind filter itself: they add up to every offer.
    assert sum(option.count for option in kind_facet.options) == open_offers().count()
    assert next(o for o in kind_facet.options if o.value == "postdoc").selected
    region_facet = next(f for f in response.context["facets"] if f.name == "region")
    assert sum(option.count for option in region_facet.options) == postdocs.count()


def test_filters_combine_and_apply_in_both_languages(client):
    offer = open_offers().filter(remote_work=True, works_in_english=True).first()
    region_slug = offer.region.slug
    field_slug = offer.research_fields.first().research_field.slug
    params = {
        "region": region_slug,
        "field": field_slug,
        "city": offer.city,
        "language": "en",
        "remote": "1",
        "kind": offer.kind,
    }
    expected = open_offers().filter(
        region__slug=region_slug,
        research_fields__research_field__slug=field_slug,
        city=offer.city,
        works_in_english=True,
        remote_work=True,
        kind=offer.kind,
    )
    fr = client.get(LISTING["fr"], params).content.decode()
    en = client.get(LISTING["en"], params).content.decode()
    assert result_count(fr) == expected.count() == result_count(en) >= 1
    assert offer.title in fr


def test_deadline_window_and_sorts(client):
    soon = open_offers().filter(deadline__lte=timezone.now() + timedelta(days=30)).count()
    response = client.get(LISTING["fr"], {"within": "30"})
    assert result_count(response.content.decode()) == soon
    by_deadline = [o.deadline for o in client.get(LISTING["fr"]).context["offers"].object_list]
    assert by_deadline == sorted(by_deadline)
    newest = client.get(LISTING["fr"], {"sort": "newest"}).context["offers"].object_list
    published = [o.first_published_at for o in newest]
    assert published == sorted(published, reverse=True)


def test_text_search_finds_by_title_word_and_reference(client):
    offer = make_offer("TEST-OFF-QUERY", title_fr="Ingénieur en cryomicroscopie électronique")
    response = client.get(LISTING["fr"], {"q": "cryomicroscopie"})
    assert offer.title in response.content.decode()
    assert result_count(response.content.decode()) == 1
    response = client.get(LISTING["fr"], {"q": "cryomicroscopie", "kind": "phd"})
    html = response.content.decode()
    assert result_count(html) == 0
    assert "Retirer" in html  # the empty state suggests removing a filter
    assert 'href="?q=cryomicroscopie"' in html
    # By reference, hyphens and digits included, in the listing and in site search.
    reference = make_offer("2026-CDDR-999-00042", title_fr="Chercheur en CDD – cryomicroscopie")
    for query in ("2026-CDDR-999-00042", "2026-cddr-999-00042"):
        response = client.get(LISTING["fr"], {"q": query})
        assert result_count(response.content.decode()) == 1
        assert [offer.pk for offer in response.context["offers"].object_list] == [reference.pk]
        results = client.get("/fr/search/", {"q": query}).context["results"]
        assert [page.pk for page in results.object_list] == [reference.pk]


def test_pagination_and_shareable_urls(client):
    first = client.get(LISTING["fr"], {"kind": "postdoc"})
    second = client.get(LISTING["fr"], {"kind": "postdoc", "page": "2"})
    assert second.status_code == 200
    first_refs = {o.reference for o in first.context["offers"].object_list}
    second_refs = {o.reference for o in second.context["offers"].object_list}
    assert first_refs and second_refs and not first_refs & second_refs
    assert "?kind=postdoc&amp;page=2" in first.content.decode()


def test_clear_filters_and_active_filter_links(client):
    html = client.get(LISTING["fr"], {"kind": "phd", "remote": "1"}).content.decode()
    assert 'href="/fr/offres/">Effacer les filtres' in html
    # Each active filter links to the listing without it.
    assert 'href="?remote=1"' in html and 'href="?kind=phd"' in html


def test_language_switcher_keeps_filters(client):
    html = client.get(LISTING["fr"], {"kind": "phd"}).content.decode()
    assert 'href="/en/offers/?kind=phd"' in html


BAD_INPUTS = [
    {"kind": "astronaut"},
    {"region": "atlantis", "field": "alchemy"},
    {"kind": ["postdoc", "postdoc", "phd"]},
    {"page": "abc"},
    {"page": "-1"},
    {"page": "99999"},
    {"q": "x" * 10000},
    {"q": '"unbalanced quote'},
    {"q": "<script>alert(1)</script>"},
    # A NUL character is refused before any view, with a 400 page: tests/test_nul_characters.py.
    {"q": "null\x01byte", "city": "Lyon\x1f"},
    {"within": "forever", "sort": "random", "remote": "maybe"},
    {"q": "AND OR NOT * ( )"},
]


@pytest.mark.parametrize("params", BAD_INPUTS)
def test_bad_input_gives_a_normal_page(client, params):
    for url in (LISTING["fr"], LISTING["fr"] + "feed/", LISTING["fr"] + "api/"):
        response = client.get(url, params)
        assert response.status_code == 200, (url, params)
        body = response.content.decode()
        assert "<script>alert" not in body
        assert "\x01" not in body and "\x1f" not in body


def test_unknown_filters_are_reported(client):
    html = client.get(LISTING["en"], {"kind": "astronaut"}).content.decode()
    assert "were ignored" in html


# --- Offer page -----------------------------------------------------------------------


def test_offer_page_key_facts_and_job_posting(client):
    offer = make_offer("TEST-OFF-PAGE", remote_work=True)
    response = client.get(offer.url)
    html = response.content.decode()
    assert response.status_code == 200
    for text in ("Post-doctorat", "Lyon", "jours restants", "Télétravail", "Anglais"):
        assert text in html, text
    assert 'href="https://emploi.example.org/offre/1"' in html
    assert 'src="/static/img/hr-excellence.svg"' in html
    assert '<meta name="robots" content="noindex">' not in html
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )
    for key in (
        "title",
        "description",
        "datePosted",
        "validThrough",
        "hiringOrganization",
        "jobLocation",
        "employmentType",
        "identifier",
        "baseSalary",
    ):
        assert data[key], key
    assert data["@type"] == "JobPosting"
    assert data["jobLocation"]["address"]["addressLocality"] == "Lyon"
    assert data["identifier"]["value"] == "TEST-OFF-PAGE"


def test_offer_page_in_english_with_switcher(client):
    offer = make_offer("TEST-OFF-EN")
    english = offer.get_translation(locale("en"))
    html = client.get(english.url).content.decode()
    assert "Postdoc in calcium imaging of the cortex" in html
    assert "days left" in html and "Auvergne" in html
    assert f'href="{offer.url}"' in html  # the switcher leads to the French offer


def test_closed_offer_page(client):
    offer = make_offer("TEST-OFF-CLOSED", deadline=timezone.now() - timedelta(hours=1))
    response = client.get(offer.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Candidatures closes" in html
    assert '<meta name="robots" content="noindex">' in html
    assert "emploi.example.org/offre/1" not in html  # no apply button
    assert "application/ld+json" not in html


def test_an_offer_leaves_everything_the_moment_its_deadline_passes(client):
    offer = make_offer("TEST-OFF-EXPIRY", title_fr="Offre éphémère de zoologie marine")
    english = offer.get_translation(locale("en"))

    def everywhere():
        return {
            "listing": offer.url in client.get(LISTING["fr"], {"q": "éphémère"}).content.decode(),
            "feed": "TEST-OFF-EXPIRY" in client.get(LISTING["fr"] + "feed/").content.decode(),
            "api": "TEST-OFF-EXPIRY"
            in client.get(LISTING["fr"] + "api/", {"q": "éphémère"}).content.decode(),
            "search": offer.url in client.get("/fr/search/", {"q": "éphémère"}).content.decode(),
            # The demo's pages fit in the sitemap index's first piece.
            "sitemap": english.full_url in client.get("/sitemap-pages.xml").content.decode(),
        }

    assert all(everywhere().values()), everywhere()
    # No cron: the deadline passes, nothing is saved, and the offer is gone.
    OfferPage.objects.filter(translation_key=offer.translation_key).update(
        deadline=timezone.now() - timedelta(seconds=1)
    )
    assert not any(everywhere().values()), everywhere()


def test_competition_shows_its_calendar(client):
    year = timezone.localdate().year + 1
    offer = make_offer(
        "TEST-OFF-CR",
        kind="competition-cr",
        duration_months=None,
        registration_opens=timezone.datetime(year, 2, 15).date(),
        deadline=timezone.make_aware(timezone.datetime(year, 5, 12, 13, 0)),
        auditions_start=timezone.datetime(year, 6, 10).date(),
        auditions_end=timezone.datetime(year, 7, 5).date(),
        results_date=timezone.datetime(year, 8, 28).date(),
    )
    html = client.get(offer.url).content.decode()
    for text in ("Calendrier du concours", "Ouverture des inscriptions", "Auditions", "Résultats"):
        assert text in html, text
    calendar = Calendar.from_ical(client.get(LISTING["fr"] + "calendar/").content)
    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert sum(offer.title in summary for summary in summaries) == 4


def test_related_offers_are_open_and_exclude_the_offer(client):
    offer = make_offer("TEST-OFF-RELATED")
    related = offer.related_offers()
    assert related and all(o.is_open and o.pk != offer.pk for o in related)
    assert all(o.locale_id == offer.locale_id for o in related)


# --- Feeds and API ------------------------------------------------------------------


def test_atom_feed_follows_the_filters(client):
    response = client.get(LISTING["en"] + "feed/", {"kind": "phd"})
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    entries = root.findall("{http://www.w3.org/2005/Atom}entry")
    phds = open_offers("en").filter(kind="phd")
    assert len(entries) == min(phds.count(), 50) > 0
    titles = {e.find("{http://www.w3.org/2005/Atom}title").text for e in entries}
    assert titles <= set(phds.values_list("title", flat=True))


def test_listing_advertises_its_filtered_feed(client):
    html = client.get(LISTING["fr"], {"kind": "phd"}).content.decode()
    assert 'type="application/atom+xml"' in html and "/fr/offres/feed/?kind=phd" in html


def test_json_api(client, monkeypatch):
    # Pages of 5: the demo's English postdocs fill several, so the paging below always runs.
    monkeypatch.setattr("offers.api.API_PAGE_SIZE", 5)
    response = client.get(LISTING["en"] + "api/", {"kind": "postdoc", "language": "en"})
    data = response.json()
    expected = open_offers("en").filter(kind="postdoc", works_in_english=True)
    assert data["count"] == expected.count()
    assert data["language"] == "en"
    first = data["results"][0]
    assert first["kind"]["code"] == "postdoc" and "en" in first["working_languages"]
    assert first["url"].startswith("http") and "/en/offers/" in first["url"]
    assert first["region"] and first["research_fields"]
    assert data["pages"] == -(-data["count"] // 5) > 1 and len(data["results"]) == 5
    assert "page=2" in data["next"] and "kind=postdoc" in data["next"]
    second = client.get(data["next"]).json()
    assert second["page"] == 2 and second["count"] == data["count"]
    first_page = {result["reference"] for result in data["results"]}
    assert not first_page & {result["reference"] for result in second["results"]}


# --- Rules --------------------------------------------------------------------------


def test_offers_live_only_under_an_offers_index():
    assert OfferPage.parent_page_types == ["offers.OfferIndexPage"]
    assert OfferPage in OfferIndexPage.allowed_subpage_models()
    assert OfferPage not in HomePage.allowed_subpage_models()
    assert not OfferPage.can_create_at(Page.objects.get(url_path="/accueil/"))


def test_offer_rules_in_the_editor():
    offer = make_offer("TEST-OFF-RULES")
    offer.apply_url = ""
    offer.apply_email = ""
    offer.kind = "competition-dr"
    offer.salary_min, offer.salary_max = 4000, 3000
    with pytest.raises(ValidationError) as error:
        offer.full_clean()
    for field in ("apply_url", "salary_max", "auditions_start", "results_date"):
        assert field in error.value.message_dict, field


def test_references_are_unique_per_language():
    make_offer("TEST-OFF-UNIQUE")
    other = make_offer("TEST-OFF-OTHER")
    other.reference = "TEST-OFF-UNIQUE"
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            other.full_clean()
        assert error.value.message_dict["reference"] == [
            "Another offer already has this reference."
        ]


def test_facet_counts_follow_a_new_offer_at_once(client):
    def postdoc_count():
        response = client.get(LISTING["fr"])
        kind = next(f for f in response.context["facets"] if f.name == "kind")
        return next(o.count for o in kind.options if o.value == "postdoc")

    before = postdoc_count()
    assert postdoc_count() == before  # served from the cache
    make_offer("TEST-OFF-FACET")  # published: the cached counts are dropped
    assert postdoc_count() == before + 1


class RolledBack(Exception):
    pass


def test_facet_counts_counted_in_a_rolled_back_transaction_are_not_served_after_it(client):
    """Each test runs in a transaction rolled back at its end, and the cache outlives it: the
    counts of a test that published an offer were served to the next one, which then failed
    (test_facet_counts_follow_a_new_offer_at_once after
    test_a_new_card_names_its_research_fields_beside_cached_cards)."""
    from django.db import transaction

    def postdoc_count():
        response = client.get(LISTING["fr"])
        kind = next(f for f in response.context["facets"] if f.name == "kind")
        return next(o.count for o in kind.options if o.value == "postdoc")

    with pytest.raises(RolledBack), transaction.atomic():
        before = postdoc_count()
        make_offer("TEST-OFF-ROLLED-BACK")  # a postdoc
        assert postdoc_count() == before + 1
        raise RolledBack
    with pytest.raises(RolledBack), transaction.atomic():
        assert postdoc_count() == before
        raise RolledBack


def test_facet_counts_are_dropped_again_once_the_change_commits(
    django_capture_on_commit_callbacks,
):
    """A listing counted between the publish and its commit saw the offers as they were."""
    from django.core.cache import cache

    from offers.filters import FACET_VERSION_KEY, offers_changed

    cache.set(FACET_VERSION_KEY, "before", None)
    with django_capture_on_commit_callbacks(execute=True):
        offers_changed()
        published = cache.get(FACET_VERSION_KEY)
        assert published not in (None, "before")
    assert cache.get(FACET_VERSION_KEY) not in (None, "before", published)


def test_an_evicted_facet_version_never_comes_back():
    """A counter evicted from the cache started again at 0: counts stored under 0 minutes
    before were served again."""
    from django.core.cache import cache
    from django.http import QueryDict

    from offers.filters import FACET_VERSION_KEY, OfferFilters

    OfferFilters(QueryDict(""), locale("fr")).facet_counts()
    before = cache.get(FACET_VERSION_KEY)
    cache.delete(FACET_VERSION_KEY)  # evicted
    OfferFilters(QueryDict(""), locale("fr")).facet_counts()
    assert cache.get(FACET_VERSION_KEY) not in (None, before)


def test_the_facets_html_is_shared_until_its_counts_change():
    """The facets' HTML is a shared fragment keyed by OfferFilters.facets_version: the same
    for the same filters, another for other filters, and another once the soonest deadline
    passes (nothing is published then; the counts' own cache expires at that moment)."""
    from unittest import mock

    from django.http import QueryDict

    from offers.filters import OfferFilters

    french = locale("fr")

    def version(query=""):
        return OfferFilters(QueryDict(query), french).facets_version

    before = version()
    assert version() == before
    assert version("kind=postdoc") not in (before, version("kind=engineer"))
    soonest = OfferPage.objects.open().order_by("deadline").first().deadline
    with mock.patch("django.utils.timezone.now", return_value=soonest + timedelta(seconds=1)):
        assert version() != before


# --- Rules of offers/models.py asked directly (mutation check, docs/mutation.md) ------------


def test_an_index_lists_the_open_offers_of_its_language():
    """Mutation caught: the index's language dropped from open_offers()."""
    index = OfferIndexPage.objects.get(locale=locale("en"))
    english = set(OfferPage.objects.open().filter(locale=locale("en")).values_list("pk", flat=True))
    assert english and set(index.open_offers().values_list("pk", flat=True)) == english


def open_offer_far_from_its_deadline(language="fr", rank=0):
    return OfferPage.objects.open().filter(locale=locale(language)).order_by("-deadline")[rank]


def test_related_offers_are_kept_until_the_first_of_them_closes(
    rf, django_assert_num_queries, monkeypatch
):
    """Mutations caught: the related offers' entry not read, read under another name, shared
    by every offer, kept past (or up to the very moment of) the first of their deadlines."""
    from django.core.cache import cache

    cache.clear()
    offer = open_offer_far_from_its_deadline()
    first = offer.current_related_offers(rf.get("/"))
    assert [o.pk for o in first] == [o.pk for o in offer.related_offers()]
    with django_assert_num_queries(0):
        assert offer.current_related_offers(rf.get("/")) == first
    other = open_offer_far_from_its_deadline("en")
    assert [o.pk for o in other.current_related_offers(rf.get("/"))] == [
        o.pk for o in other.related_offers()
    ]
    # The moment the first of them closes, the list is built again, without it.
    closes = min(o.deadline for o in first)
    monkeypatch.setattr(timezone, "now", lambda: closes)
    again = offer.current_related_offers(rf.get("/"))
    assert again and closes not in [o.deadline for o in again]


def test_an_offer_without_related_offers_is_not_asked_again(rf, monkeypatch):
    """Mutations caught: no related offer stored with no expiry, an expiry already past, or
    an error (min() of nothing)."""
    from django.core.cache import cache

    cache.clear()
    asked = []
    monkeypatch.setattr(
        OfferPage, "related_offers", lambda self, limit=3: asked.append(self.pk) or []
    )
    offer = open_offer_far_from_its_deadline()
    assert offer.current_related_offers(rf.get("/")) == []
    assert offer.current_related_offers(rf.get("/")) == []
    assert asked == [offer.pk]


def test_a_new_card_names_its_research_fields_beside_cached_cards(client):
    """{% offer_cards %} names research fields only for the cards it renders: a new offer's
    card (not in the fragment cache) shows its field in the page's language."""
    client.get(LISTING["fr"])  # the other cards are stored
    offer = make_offer("TEST-OFF-FIELDS", deadline=timezone.now() + timedelta(minutes=20))
    html = client.get(LISTING["fr"], {"sort": "deadline"}).content.decode()
    card = html[html.index(offer.url) :][:1500]
    assert "Domaines de recherche" in card and "Neurosciences" in card


def open_offers_in(language):
    return OfferPage.objects.open().filter(locale=locale(language))


def test_related_offers_share_a_field_or_the_region_soonest_first():
    """Mutations caught: the related offers asked to share a field *and* the region, or no
    region, the offer itself not left out, four instead of three."""
    offers = list(open_offers_in("fr").prefetch_related("research_fields"))
    fields = {o.pk: {link.research_field_id for link in o.research_fields.all()} for o in offers}
    soonest = min(offers, key=lambda o: o.deadline)  # would come first among its own
    for offer in (soonest, *offers[:3]):
        expected = [
            o.pk
            for o in sorted(offers, key=lambda o: o.deadline)
            if o.translation_key != offer.translation_key
            and (fields[o.pk] & fields[offer.pk] or o.region_id == offer.region_id)
        ][:3]
        assert [o.pk for o in offer.related_offers()] == expected


def test_an_offer_page_shows_related_offers_and_the_newcomer_contact_in_its_language(client):
    """Mutations caught: the page's related offers or its newcomer contact missing, stored
    under one name for both languages, or asked for a closed offer."""
    from django.core.cache import cache

    cache.clear()
    for language in ("fr", "en"):
        offer = open_offer_far_from_its_deadline(language)
        context = client.get(offer.url).context
        assert [o.pk for o in context["related_offers"]] == [o.pk for o in offer.related_offers()]
        contact = context["newcomer_contact"]
        assert contact is not None and contact.locale_id == offer.locale_id
    closed = OfferPage.objects.live().filter(deadline__lte=timezone.now()).first()
    assert client.get(closed.url).context["related_offers"] == []


def test_an_open_offer_page_is_cached_until_its_deadline_and_its_share_card_not(client):
    """Mutations caught: the page's lifetime (core/page_cache.py) not set to its deadline, set
    for a closed offer, or set over the share card's own."""
    from offers.share_card import share_card_url

    offer = open_offer_far_from_its_deadline()
    left = (offer.deadline - timezone.now()).total_seconds()
    assert left - 60 < client.get(offer.url).fresh_for <= left
    card = client.get(share_card_url(offer, None, full=False))
    assert card.status_code == 200 and card.fresh_for == 0
    closed = OfferPage.objects.live().filter(deadline__lte=timezone.now()).first()
    assert getattr(client.get(closed.url), "fresh_for", None) is None


def test_research_fields_are_named_in_the_pages_language():
    """Mutation caught: the research fields of an English offer named in French."""
    offer = open_offer_far_from_its_deadline("en")
    items = offer.research_field_items()
    assert items and {item.locale_id for item in items} == {offer.locale_id}


def test_an_offer_is_indexed_under_its_research_fields_in_its_language():
    """Mutations caught: an English offer indexed under the French names of its fields (the
    translation look-up dropped, asked for no language, or its condition turned around)."""
    for language in ("fr", "en"):
        offer = open_offer_far_from_its_deadline(language)
        names = offer.indexed_research_fields()
        assert names and names == " ".join(item.name for item in offer.research_field_items())


def test_the_offer_rules_one_by_one():
    """offer_rule_errors (the editor's form and the imports), asked directly without a
    database. Mutations caught: the e-mail not accepted as an application address, the
    rules' messages and edges."""
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from offers.choices import Kind
    from offers.models import offer_rule_errors

    valid = {"apply_email": "rh@example.org", "works_in_english": True}
    with translation.override("en"):
        assert offer_rule_errors(valid) == {}
        assert offer_rule_errors({**valid, "apply_email": "", "apply_url": "https://x.test"}) == {}
        assert offer_rule_errors({**valid, "apply_email": ""}) == {
            "apply_url": "Give an application address, an e-mail, or both."
        }
        assert offer_rule_errors({**valid, "salary_min": 3000, "salary_max": 3000}) == {}
        assert offer_rule_errors({**valid, "salary_min": 3001, "salary_max": 3000}) == {
            "salary_max": "The maximum salary is below the minimum."
        }
        assert offer_rule_errors({**valid, "salary_min": 3001}) == {}
        assert offer_rule_errors({**valid, "works_in_english": False}) == {
            "works_in_french": "Choose at least one working language."
        }
        assert (
            offer_rule_errors({**valid, "works_in_english": False, "works_in_french": True}) == {}
        )

        paris = ZoneInfo("Europe/Paris")
        competition = {
            **valid,
            "kind": Kind.COMPETITION_DR,
            "registration_opens": date(2027, 1, 4),
            # 23:30 in Paris is already the next day in UTC: the rule reads Paris's day.
            "deadline": datetime(2027, 2, 1, 23, 30, tzinfo=paris),
            "auditions_start": date(2027, 2, 1),
            "auditions_end": date(2027, 2, 1),
            "results_date": date(2027, 3, 1),
        }
        assert offer_rule_errors(competition) == {}
        required = "Competitions show their calendar: this date is required."
        for name in ("auditions_start", "results_date"):
            assert offer_rule_errors({**competition, name: None}) == {name: required}
        assert offer_rule_errors({**competition, "auditions_end": None}) == {}
        order = "The competition dates must follow each other in time."
        assert offer_rule_errors({**competition, "auditions_start": date(2027, 1, 31)}) == {
            "auditions_start": order
        }
        assert offer_rule_errors({**competition, "results_date": date(2027, 1, 31)}) == {
            "results_date": order
        }
        assert offer_rule_errors({**competition, "auditions_end": date(2027, 1, 31)}) == {
            "auditions_end": order
        }
        assert offer_rule_errors({**competition, "registration_opens": date(2027, 2, 2)}) == {
            "deadline": order
        }
        # A missing date is skipped over: the next one is compared with the one before it.
        assert offer_rule_errors(
            {**competition, "auditions_end": None, "results_date": date(2027, 1, 31)}
        ) == {"results_date": order}
