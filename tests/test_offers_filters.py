"""The listing's filters one by one, and each facet's counts disjunctive: the count beside a
value is what the listing shows with that value chosen instead (offers/filters.py).

test_offers.py checks the `kind` facet; here the other facets, and the filters it never uses
(`profile`, `language=fr`), each against the database's own count of the same offers.
"""

import re

import pytest

from offers.models import OfferPage

from .helpers import locale

pytestmark = pytest.mark.django_db

LISTING = "/fr/offres/"


def open_offers():
    return OfferPage.objects.open().filter(locale=locale("fr"))


def result_count(response):
    return int(re.search(r'id="results-title"[^>]*>\s*(\d+)', response.content.decode()).group(1))


def facet(response, name):
    options = next(f for f in response.context["facets"] if f.name == name).options
    return {option.value: option for option in options}


def two_values(column):
    """Two values of `column` that open offers have, the most common first."""
    values = list(
        open_offers()
        .order_by()
        .exclude(**{column: ""})
        .values_list(column, flat=True)
        .distinct()
        .order_by(column)[:50]
    )
    counted = sorted(values, key=lambda v: -open_offers().filter(**{column: v}).count())
    assert len(counted) >= 2, column
    return counted[0], counted[1]


def test_the_region_facet_counts_every_region_while_one_is_chosen(client):
    """Mutation caught: the region facet made conjunctive (its counts under its own filter)."""
    chosen, other = two_values("region__slug")
    response = client.get(LISTING, {"region": chosen})
    assert result_count(response) == open_offers().filter(region__slug=chosen).count()
    counts = facet(response, "region")
    assert counts[chosen].selected and not counts[other].selected
    # The other region's count is what choosing it instead would show, not 0.
    assert counts[other].count == open_offers().filter(region__slug=other).count() > 0
    # Each offer has one region: the counts add up to every open offer.
    assert sum(option.count for option in counts.values()) == open_offers().count()


def test_two_regions_chosen_show_the_offers_of_either(client):
    """Mutation caught: values of one facet combined with AND instead of OR."""
    first, second = two_values("region__slug")
    response = client.get(LISTING, {"region": [first, second]})
    either = open_offers().filter(region__slug__in=[first, second]).count()
    assert result_count(response) == either > open_offers().filter(region__slug=first).count()


def test_the_research_field_facet_counts_every_field_while_one_is_chosen(client):
    """Mutation caught: the research-field facet made conjunctive."""
    chosen, other = two_values("research_fields__research_field__slug")
    response = client.get(LISTING, {"field": chosen})
    with_field = open_offers().filter(research_fields__research_field__slug=chosen).distinct()
    assert result_count(response) == with_field.count()
    counts = facet(response, "field")
    assert counts[chosen].selected
    for slug in (chosen, other):
        expected = (
            open_offers().filter(research_fields__research_field__slug=slug).distinct().count()
        )
        assert counts[slug].count == expected > 0, slug
    # And the other facets are counted under the field filter.
    regions = facet(response, "region")
    assert sum(option.count for option in regions.values()) == with_field.count()


def test_two_research_fields_chosen_show_the_offers_of_either(client):
    first, second = two_values("research_fields__research_field__slug")
    response = client.get(LISTING, {"field": [first, second]})
    either = (
        open_offers()
        .filter(research_fields__research_field__slug__in=[first, second])
        .distinct()
        .count()
    )
    assert result_count(response) == either


def test_the_profile_filter(client):
    """Mutation caught: the `profile` condition left out of the listing's query."""
    chosen, other = two_values("profile")
    expected = open_offers().filter(profile=chosen).count()
    response = client.get(LISTING, {"profile": chosen})
    assert result_count(response) == expected < open_offers().count()
    offers = response.context["offers"].object_list
    assert offers and all(offer.profile == chosen for offer in offers)
    counts = facet(response, "profile")
    assert counts[other].count == open_offers().filter(profile=other).count()
    # The API reads the same filter.
    data = client.get(LISTING + "api/", {"profile": chosen}).json()
    assert data["count"] == expected and data["filters"]["profile"] == [chosen]


def test_the_french_working_language_filter(client):
    """Mutation caught: `language=fr` ignored or read as English."""
    in_french = open_offers().filter(works_in_french=True)
    in_english = open_offers().filter(works_in_english=True)
    assert in_french.count() != in_english.count(), "the demo content tells them apart"
    assert in_french.count() < open_offers().count()
    response = client.get(LISTING, {"language": "fr"})
    assert result_count(response) == in_french.count()
    assert all(offer.works_in_french for offer in response.context["offers"].object_list)
    counts = facet(response, "language")
    # Disjunctive: English's count is unchanged by choosing French.
    assert (counts["fr"].count, counts["en"].count) == (in_french.count(), in_english.count())
    assert counts["fr"].selected and not counts["en"].selected
    both = client.get(LISTING, {"language": ["fr", "en"]})
    either = open_offers().filter(works_in_french=True) | open_offers().filter(
        works_in_english=True
    )
    assert result_count(both) == either.count()


def test_facet_counts_are_read_from_the_cache_by_the_next_visitor():
    """Mutations caught: the counts never read from the cache, or stored under another key or
    as nothing: every listing would count again (nine grouped queries)."""
    from django.core.cache import cache
    from django.db import connection
    from django.http import QueryDict
    from django.test.utils import CaptureQueriesContext

    from offers.filters import OfferFilters

    cache.clear()
    params = QueryDict("kind=postdoc&region=grand-est")

    def counted():
        filters = OfferFilters(params, locale("fr"))
        with CaptureQueriesContext(connection) as queries:
            counts = filters.facet_counts()
        return counts, len(queries)

    first, counting = counted()
    again, reading = counted()
    assert again == first and first["total"] > 0
    assert reading == 1 < counting  # the next deadline only


# --- Reading the query string, the facets, the URLs (OfferFilters asked directly) ---------


def filters_for(pairs, language="fr", region=None):
    """The listing's filters for a query string given as (name, value) pairs."""
    from urllib.parse import urlencode

    from django.http import QueryDict

    from offers.filters import OfferFilters

    return OfferFilters(QueryDict(urlencode(pairs)), locale(language), region)


def test_each_value_is_checked_kept_once_and_the_others_reported():
    """Mutations caught: a value read without its check, kept twice, or dropped silently."""
    region = sorted(filters_for([]).regions.names)[0]
    filters = filters_for(
        [
            ("q", "  visa\x01  logement "),
            ("kind", "postdoc"),
            ("kind", "postdoc"),
            ("kind", "nope"),
            ("category", "researcher"),
            ("profile", "R1"),
            ("field", "nope"),
            ("region", region),
            ("region", "atlantis"),
            ("city", "  Lyon\x1f "),
            ("city", "   "),
            ("language", "fr"),
            ("language", "de"),
            ("remote", "1"),
            ("within", "30"),
            ("sort", "newest"),
        ]
    )
    assert filters.query == "visa logement"
    assert filters.selected == {
        "kind": ["postdoc"],
        "category": ["researcher"],
        "profile": ["R1"],
        "field": [],
        "region": [region],
        "city": ["Lyon"],
        "language": ["fr"],
    }
    assert filters.ignored == ["nope", "nope", "atlantis", "   ", "de"]
    assert (filters.remote, filters.within, filters.sort) == (True, 30, "newest")
    assert filters.is_filtered


def test_the_values_read_are_bounded():
    """Mutations caught: the limits on values per filter, a city's length and a reported
    value's length changed or dropped."""
    filters = filters_for(
        [("kind", f"kind-{n}") for n in range(25)] + [("city", "C" * 150), ("category", "x" * 80)]
    )
    assert filters.ignored == [f"kind-{n}" for n in range(20)] + ["x" * 50]
    assert filters.selected["city"] == ["C" * 100]


def test_single_values_outside_their_choices_are_reported_and_the_default_kept():
    """Mutations caught: `remote`, `within` and `sort` read without their check, a refused
    one not reported (or reported whole), the default sort without a text query."""
    long_sort = "s" * 80
    filters = filters_for([("remote", "yes"), ("within", "45"), ("sort", long_sort)])
    assert filters.ignored == ["yes", "45", "s" * 50]
    assert (filters.remote, filters.within, filters.sort) == (False, None, "deadline")
    assert not filters.is_filtered
    empty = filters_for([("remote", ""), ("within", ""), ("sort", "")])
    assert empty.ignored == []
    assert (empty.remote, empty.within, empty.sort) == (False, None, "deadline")
    # Best match is the default with a text query, and means nothing without one.
    assert filters_for([("q", "visa")]).sort == "relevance"
    assert filters_for([("q", " "), ("sort", "relevance")]).sort == "deadline"
    assert filters_for([("q", "visa"), ("sort", "deadline")]).sort == "deadline"
    for days in (7, 30, 90):
        assert filters_for([("within", str(days))]).within == days


def test_the_parameters_come_in_one_order_with_the_sort_only_when_chosen():
    """Mutations caught: the shareable URL's order, a filter or the sort left out of it, the
    sort written when it is the default."""
    filters = filters_for(
        [
            ("sort", "newest"),
            ("within", "7"),
            ("remote", "1"),
            ("language", "en"),
            ("city", "Lyon"),
            ("kind", "phd"),
            ("kind", "postdoc"),
            ("q", "visa"),
        ]
    )
    assert filters.params() == [
        ("q", "visa"),
        ("kind", "phd"),
        ("kind", "postdoc"),
        ("city", "Lyon"),
        ("language", "en"),
        ("remote", "1"),
        ("within", "7"),
        ("sort", "newest"),
    ]
    assert filters.params(include_sort=False) == filters.params()[:-1]
    assert filters.querystring(page=2, empty="") == (
        "?q=visa&kind=phd&kind=postdoc&city=Lyon&language=en&remote=1&within=7&sort=newest&page=2"
    )
    assert filters_for([("q", "visa"), ("sort", "relevance")]).params() == [("q", "visa")]
    assert filters_for([]).params() == [] and filters_for([]).querystring() == ""


def test_each_active_filter_has_its_label_and_the_address_without_it():
    """Mutations caught: a label or a removal link wrong, the sort listed as a filter."""
    from django.utils import translation

    filters = filters_for(
        [
            ("q", "visa"),
            ("kind", "postdoc"),
            ("city", "Lyon"),
            ("language", "fr"),
            ("remote", "1"),
            ("within", "30"),
            ("sort", "newest"),
        ],
        language="en",
    )
    with translation.override("en"):
        active = [(str(item["label"]), item["url"]) for item in filters.active_filters()]
    rest = "kind=postdoc&city=Lyon&language=fr&remote=1&within=30&sort=newest"
    assert active == [
        ("Text: “visa”", "?" + rest),
        ("Postdoctoral researcher", "?q=visa&city=Lyon&language=fr&remote=1&within=30&sort=newest"),
        ("Lyon", "?q=visa&kind=postdoc&language=fr&remote=1&within=30&sort=newest"),
        ("French", "?q=visa&kind=postdoc&city=Lyon&remote=1&within=30&sort=newest"),
        (
            "Remote work possible",
            "?q=visa&kind=postdoc&city=Lyon&language=fr&within=30&sort=newest",
        ),
        (
            "Deadline within 30 days",
            "?q=visa&kind=postdoc&city=Lyon&language=fr&remote=1&sort=newest",
        ),
    ]
    # The last filter removed: the listing's own address.
    assert filters_for([("q", "visa")]).active_filters()[0]["url"] == "?"
    assert filters_for([]).active_filters() == []


def test_the_facets_list_every_choice_with_its_count_and_whether_it_is_chosen():
    """Mutations caught: a facet's name, label, order, choices, counts or chosen values wrong,
    a chosen city without offers not offered to unchoose, `within` not a single choice."""
    from django.utils import translation

    from offers.choices import Category, Kind, Profile

    filters = filters_for(
        [("kind", "postdoc"), ("language", "en"), ("remote", "1"), ("within", "90")],
        language="en",
    )
    with translation.override("en"):
        facets = {facet.name: facet for facet in filters.facets()}
        labels = {name: str(facet.label) for name, facet in facets.items()}
        options = {
            name: [(o.value, str(o.label), o.count, o.selected) for o in facet.options]
            for name, facet in facets.items()
        }
    counts = filters.facet_counts()
    assert list(facets) == [
        "kind", "category", "profile", "field", "region", "city", "language", "remote", "within"
    ]  # fmt: skip
    assert labels == {
        "kind": "Kind of offer",
        "category": "Staff category",
        "profile": "Researcher profile",
        "field": "Research field",
        "region": "Region",
        "city": "City",
        "language": "Working language",
        "remote": "Remote work",
        "within": "Deadline",
    }
    for name, choices in (
        ("kind", Kind.choices),
        ("category", Category.choices),
        ("profile", Profile.choices),
    ):
        with translation.override("en"):
            expected = [
                (value, str(label), counts[name].get(value, 0), value == "postdoc")
                for value, label in choices
            ]
        assert options[name] == expected, name
    assert any(option[2] for option in options["kind"])
    for name, taxonomy in (("field", filters.fields), ("region", filters.regions)):
        assert options[name] == [
            (slug, label, counts[name].get(slug, 0), False)
            for slug, label in taxonomy.sorted_items()
        ]
        assert any(option[2] for option in options[name])
    assert options["city"] == [(name, name, n, False) for name, n in sorted(counts["city"].items())]
    assert len(options["city"]) > 2
    assert options["language"] == [
        ("fr", "French", counts["language"]["fr"], False),
        ("en", "English", counts["language"]["en"], True),
    ]
    assert options["remote"] == [("1", "Remote work possible", counts["remote"], True)]
    assert options["within"] == [
        (str(days), f"Within {days} days", counts["within"][str(days)], days == 90)
        for days in (7, 30, 90)
    ]
    assert [facet.single for facet in facets.values()] == [False] * 8 + [True]
    # Only values with offers are shown, and the chosen ones.
    visible = [o.value for o in facets["kind"].visible_options]
    assert visible == [value for value, _label, n, chosen in options["kind"] if n or chosen]
    assert len(visible) < len(options["kind"])
    # A chosen city without offers is listed, to be unchosen.
    city, _other = two_values("city")
    chosen = filters_for([("city", city), ("city", "Nowhere")])
    cities = next(facet for facet in chosen.facets() if facet.name == "city")
    counted = sorted({**chosen.facet_counts()["city"], "Nowhere": 0}.items())
    assert [(o.value, o.count, o.selected) for o in cities.options] == [
        (name, n, name in (city, "Nowhere")) for name, n in counted
    ]
    assert "Nowhere" in [o.value for o in cities.visible_options]


def test_the_state_the_api_echoes_and_the_base_built_once(django_assert_num_queries):
    """Mutations caught: a value of the API's `filters` echo wrong; the open offers' queryset
    built again for every use."""
    filters = filters_for(
        [("q", "visa"), ("kind", "phd"), ("remote", "1"), ("within", "7"), ("sort", "newest")]
    )
    assert filters.state() == {
        "q": "visa",
        "kind": ["phd"],
        "category": [],
        "profile": [],
        "field": [],
        "region": [],
        "city": [],
        "language": [],
        "remote": True,
        "within": 7,
        "sort": "newest",
    }
    first = filters.base_queryset()
    with django_assert_num_queries(0):
        again = filters.base_queryset()
    assert again is not first and str(again.query) == str(first.query)


def test_taxonomies_name_items_in_the_visitors_language_or_else_in_french():
    """Mutations caught: the French fallback of an untranslated item, the visitor's language
    preferred, an item named from the id an offer points to."""
    from offers.filters import Taxonomy
    from offers.models import ResearchField

    fr, en = locale("fr"), locale("en")
    untranslated = ResearchField.objects.create(name="Sismologie", slug="sismologie", locale=fr)
    names = Taxonomy(ResearchField, en).names
    french = {item.slug: item.name for item in ResearchField.objects.filter(locale=fr)}
    english = {item.slug: item.name for item in ResearchField.objects.filter(locale=en)}
    assert english and set(english) < set(french)
    assert names == {**french, **english}
    assert names["sismologie"] == "Sismologie"
    assert Taxonomy(ResearchField, fr).names == french
    # Offers point to the French item: named in the visitor's language.
    translated = next(slug for slug in english if english[slug] != french[slug])
    source = ResearchField.objects.get(locale=fr, slug=translated)
    assert Taxonomy(ResearchField, en).name_of(source.pk) == english[translated]
    assert Taxonomy(ResearchField, en).name_of(untranslated.pk) == "Sismologie"
    assert Taxonomy(ResearchField, en).name_of(-1) == ""


def test_a_changed_offer_gives_the_facet_counts_a_new_version_that_never_expires(monkeypatch):
    """Mutations caught: offers_changed's version (the same one kept, or none) or its
    lifetime. Random values, not a counter: an evicted counter would start again at a number
    counts were stored under."""
    import time

    from django.core.cache import cache

    from offers.filters import FACET_VERSION_KEY, offers_changed

    cache.delete(FACET_VERSION_KEY)
    offers_changed()
    first = cache.get(FACET_VERSION_KEY)
    offers_changed()
    second = cache.get(FACET_VERSION_KEY)
    assert None not in (first, second) and first != second
    start = time.time()
    monkeypatch.setattr(time, "time", lambda: start + 10 * 365 * 86400)
    assert cache.get(FACET_VERSION_KEY) == second


def test_remote_work_and_deadline_windows_filter_and_count_disjunctively():
    """Mutations caught: the remote filter applied only while its own facet is counted, the
    deadline window applied to its own facet's counts, or added to the others with OR."""
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    remote = filters_for([("remote", "1")])
    expected = open_offers().filter(remote_work=True)
    assert remote.facet_counts()["total"] == expected.count() < open_offers().count()
    assert {offer.pk for offer in remote.results()} == set(expected.values_list("pk", flat=True))
    week = filters_for([("kind", "postdoc"), ("within", "7")])
    postdocs = open_offers().filter(kind="postdoc")
    counts = week.facet_counts()
    assert counts["total"] == postdocs.filter(deadline__lte=now + timedelta(days=7)).count() > 0
    assert all(offer.kind == "postdoc" for offer in week.results())
    for days in (7, 30, 90):
        within = postdocs.filter(deadline__lte=now + timedelta(days=days)).count()
        assert counts["within"][str(days)] == within, days
    assert counts["within"]["7"] < counts["within"]["90"]


def test_the_visitors_region_comes_first():
    """Mutation caught: the visitor's region (home.regions) not passed on to the order."""
    from home.models import Region

    slug, _other = two_values("region__slug")
    region = Region.objects.get(locale=locale("fr"), slug=slug)
    filters = filters_for([], region=region)
    assert filters.region_first == region
    regions = [offer.region_id for offer in filters.results()]
    first = regions.count(region.pk)
    assert 0 < first < len(regions) and regions[:first] == [region.pk] * first


@pytest.mark.parametrize("column", ["kind", "category", "city"])
def test_the_kind_category_and_city_facets_count_every_value_while_one_is_chosen(column):
    """Mutations caught: the kind, category or city facet counted under its own filter."""
    chosen, other = two_values(column)
    counts = filters_for([(column, chosen)]).facet_counts()
    assert counts["total"] == open_offers().filter(**{column: chosen}).count()
    assert counts[column][other] == open_offers().filter(**{column: other}).count() > 0


def test_the_remote_work_count_follows_the_other_filters():
    """Mutations caught: the remote-work count without the other filters, or of the offers
    without remote work, or of all of them."""
    postdocs = open_offers().filter(kind="postdoc")
    counts = filters_for([("kind", "postdoc")]).facet_counts()
    assert counts["remote"] == postdocs.filter(remote_work=True).count() > 0
    assert counts["remote"] < postdocs.count()


def test_the_listing_is_kept_no_longer_than_the_next_deadline():
    """Mutation caught: the counts' lifetime (the next deadline, five minutes at most) not
    passed on to the listing's page cache (`fresh_for`)."""
    from django.utils import timezone

    from offers.filters import FACET_CACHE_SECONDS

    filters = filters_for([("kind", "postdoc")])
    filters.facet_counts()
    deadline = open_offers().order_by("deadline").values_list("deadline", flat=True).first()
    expected = min(FACET_CACHE_SECONDS, (deadline - timezone.now()).total_seconds())
    assert filters.fresh_for is not None and abs(filters.fresh_for - expected) <= 2


def test_taxonomy_items_are_listed_by_name_not_by_slug():
    """Mutation caught: the research fields and regions listed in slug order."""
    from offers.filters import Taxonomy
    from offers.models import ResearchField

    items = Taxonomy(ResearchField, locale("en")).sorted_items()
    names = [name for _slug, name in items]
    assert names == sorted(names)
    slugs = [slug for slug, _name in items]
    assert slugs != sorted(slugs), "the demo content tells the two orders apart"


def counted_at(now, pairs=(("kind", "postdoc"),)):
    """(queries, facets_version) of a listing's facet counts at `now`."""
    from unittest import mock

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with mock.patch("django.utils.timezone.now", return_value=now):
        filters = filters_for(list(pairs))
        with CaptureQueriesContext(connection) as queries:
            filters.facet_counts()
        return len(queries), filters.facets_version


def test_counts_are_shared_across_sorts_and_kept_under_a_version_that_never_expires(
    monkeypatch,
):
    """Mutations caught: the sort in the counts' key (each order counted again), the version
    given the cache's default lifetime (once evicted it starts again, and counts kept under
    its old numbers come back)."""
    import time

    from django.core.cache import cache
    from django.utils import timezone

    from offers.filters import FACET_VERSION_KEY

    cache.clear()
    now = timezone.now()
    counting, _version = counted_at(now)
    reading, _version = counted_at(now, [("kind", "postdoc"), ("sort", "newest")])
    assert reading == 1 < counting
    version = cache.get(FACET_VERSION_KEY)
    start = time.time()
    monkeypatch.setattr(time, "time", lambda: start + 10 * 365 * 86400)
    assert cache.get(FACET_VERSION_KEY) == version


def test_the_facets_fragment_changes_with_each_five_minute_window_and_near_a_deadline(
    monkeypatch,
):
    """Mutations caught: the facets' HTML shared across the five-minute windows (its "within
    N days" counts move with time), read from the cache or shared when the next deadline is
    due within the second."""
    from datetime import timedelta

    from django.core.cache import cache

    from offers.filters import FACET_CACHE_SECONDS

    deadline = open_offers().order_by("deadline").values_list("deadline", flat=True).first()
    cache.clear()
    # The start of a five-minute window at least ten minutes before the deadline.
    start = int(deadline.timestamp()) // FACET_CACHE_SECONDS * FACET_CACHE_SECONDS
    early = deadline - timedelta(seconds=deadline.timestamp() - start + 2 * FACET_CACHE_SECONDS)
    _queries, first = counted_at(early)
    _queries, same = counted_at(early + timedelta(seconds=FACET_CACHE_SECONDS - 1))
    _queries, later = counted_at(early + timedelta(seconds=FACET_CACHE_SECONDS))
    assert first == same != later
    cache.clear()
    counting, _version = counted_at(deadline - timedelta(seconds=100))
    # One second left: still read from the cache, in its five-minute window.
    near = deadline - timedelta(seconds=1.5)
    reading, version = counted_at(near)
    assert reading == 1 < counting
    assert version.rsplit(":", 1)[1] == str(int(near.timestamp()) // FACET_CACHE_SECONDS)
    # Counts made with one second left are kept for that second (the cache's clock stopped).
    import time

    frozen = time.time()
    monkeypatch.setattr(time, "time", lambda: frozen)
    cache.clear()
    stored, _version = counted_at(near)
    assert counted_at(near + timedelta(seconds=0.2))[0] == 1 < stored
    # Less than a second: counted again, never shared.
    again, due = counted_at(deadline - timedelta(seconds=0.5))
    assert again > 1  # the counts, not one read of the cache
    _queries, later_due = counted_at(deadline - timedelta(seconds=0.4))
    assert due != later_due


def test_counts_are_counted_once_per_listing_and_kept_no_longer_than_their_lifetime(
    monkeypatch,
):
    """Mutations caught: the counts not kept for the rest of the listing's rendering, or kept
    in the cache past their lifetime (the next deadline or five minutes) or forever."""
    import time
    from datetime import timedelta

    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    deadline = open_offers().order_by("deadline").values_list("deadline", flat=True).first()
    cache.clear()
    start = time.time()
    _queries, version = counted_at(deadline - timedelta(seconds=100))
    key = version.rsplit(":", 2)[0]  # the counts' key, then the deadline and the window
    assert cache.get(key) is not None
    monkeypatch.setattr(time, "time", lambda: start + 101)
    assert cache.get(key) is None  # gone with the deadline's 100 s
    filters = filters_for([("kind", "postdoc")])
    counts = filters.facet_counts()
    with CaptureQueriesContext(connection) as queries:
        assert filters.facet_counts() is counts
    assert len(queries) == 0


def test_best_match_orders_the_listing_by_the_backends_ranking():
    """Mutation caught: the listing's Best match (the default with a text query) never asking
    the backend for its ranking, the offers by deadline instead."""
    from django.utils import translation

    from core.search_text import ranked
    from offers.models import OfferPage

    filters = filters_for([("q", "recherche")])
    assert filters.sort == "relevance"
    with translation.override("fr"):
        best = ranked(OfferPage, "recherche", filters.base_queryset(), 200)
        listed = list(filters.results().values_list("pk", flat=True))
    by_deadline = list(
        filters.base_queryset().order_by("deadline", "pk").values_list("pk", flat=True)
    )
    assert len(best) > 2 and listed[: len(best)] == best and best != by_deadline[: len(best)]


@pytest.mark.parametrize("column", ["category", "profile", "region__slug", "city"])
def test_each_filter_narrows_the_ones_before_it(column):
    """Mutations caught: a filter replacing the ones before it (`=`), or added with OR."""
    postdocs = open_offers().filter(kind="postdoc")
    value = postdocs.exclude(**{column: ""}).order_by(column).values_list(column, flat=True)[0]
    both = postdocs.filter(**{column: value}).count()
    name = column.removesuffix("__slug")
    counts = filters_for([("kind", "postdoc"), (name, value)]).facet_counts()
    assert counts["total"] == both < open_offers().filter(**{column: value}).count()
