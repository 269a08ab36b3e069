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
