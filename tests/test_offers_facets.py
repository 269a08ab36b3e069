"""The offer listing's facet counts from Elasticsearch: the exact request, the reading of the
answer, and the database taking over when the engine cannot answer."""

import logging
from datetime import UTC, datetime

import pytest
from django.conf import settings
from django.core.cache import cache
from django.http import QueryDict
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from offers.facets import facet_request, parse_facet_response
from offers.filters import OfferFilters
from search.config import elasticsearch_backends
from tests.factories import make_offer
from tests.helpers import locale

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
DOWN = "http://127.0.0.1:9"  # the discard port: nothing listens, the connection is refused


@pytest.fixture
def engine():
    backends = {
        "default": settings.WAGTAILSEARCH_BACKENDS["default"],
        **elasticsearch_backends(DOWN, "test_"),
    }
    cache.clear()
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield get_search_backend("elasticsearch_fr")
    cache.clear()


def filters(query_string):
    return OfferFilters(QueryDict(query_string), locale("fr"))


def test_offer_documents_carry_the_facet_fields(engine):
    offer = make_offer("FACETS-1", research_fields=["neurosciences"])
    mapping = engine.mapping_class(type(offer))
    properties = mapping.get_mapping()["properties"]
    assert properties["offers_offerpage__region_slug_filter"] == {"type": "keyword"}
    assert properties["offers_offerpage__research_field_slugs_filter"] == {"type": "keyword"}
    document = mapping.get_document(offer)
    assert document["offers_offerpage__region_slug_filter"] == "auvergne-rhone-alpes"
    assert document["offers_offerpage__research_field_slugs_filter"] == ["neurosciences"]


def test_the_request_counts_every_facet_without_its_own_filter(engine):
    state = filters(
        "q=imagerie&kind=postdoc&kind=phd&language=en&remote=1&within=30&region=grand-est"
    )
    body = facet_request(state, engine, NOW)
    matching = body["query"]["bool"]["filter"][0]
    # The text part is Wagtail's own query for the French index (see test_search_elasticsearch).
    assert matching["bool"]["must"]["multi_match"]["query"] == "imagerie"
    assert matching["bool"]["must"]["multi_match"]["operator"] == "and"
    assert body["query"]["bool"]["filter"][1] == {
        "range": {"offers_offerpage__deadline_filter": {"gt": "2026-11-21T12:00:00+00:00"}}
    }
    kind = {"terms": {"offers_offerpage__kind_filter": ["postdoc", "phd"]}}
    region = {"terms": {"offers_offerpage__region_slug_filter": ["grand-est"]}}
    language = {
        "bool": {
            "should": [{"term": {"offers_offerpage__works_in_english_filter": True}}],
            "minimum_should_match": 1,
        }
    }
    remote = {"term": {"offers_offerpage__remote_work_filter": True}}
    within = {"range": {"offers_offerpage__deadline_filter": {"lte": "2026-12-21T12:00:00+00:00"}}}

    def others(*clauses):
        return {"bool": {"filter": list(clauses)}}

    def terms(field, size):
        return {"values": {"terms": {"field": f"offers_offerpage__{field}_filter", "size": size}}}

    def deadline_before(day):
        return {"filter": {"range": {"offers_offerpage__deadline_filter": {"lte": day}}}}

    assert body["size"] == 0
    assert body["aggs"] == {
        "total": {"filter": others(kind, region, language, remote, within)},
        "kind": {"filter": others(region, language, remote, within), "aggs": terms("kind", 20)},
        "category": {
            "filter": others(kind, region, language, remote, within),
            "aggs": terms("category", 10),
        },
        "profile": {
            "filter": others(kind, region, language, remote, within),
            "aggs": terms("profile", 10),
        },
        "field": {
            "filter": others(kind, region, language, remote, within),
            "aggs": terms("research_field_slugs", 100),
        },
        "region": {
            "filter": others(kind, language, remote, within),
            "aggs": terms("region_slug", 50),
        },
        "city": {
            "filter": others(kind, region, language, remote, within),
            "aggs": terms("city", 500),
        },
        "language": {
            "filter": others(kind, region, remote, within),
            "aggs": {
                "fr": {"filter": {"term": {"offers_offerpage__works_in_french_filter": True}}},
                "en": {"filter": {"term": {"offers_offerpage__works_in_english_filter": True}}},
            },
        },
        "remote": {
            "filter": {
                "bool": {
                    "filter": [
                        others(kind, region, language, within),
                        {"term": {"offers_offerpage__remote_work_filter": True}},
                    ]
                }
            }
        },
        "within": {
            "filter": others(kind, region, language, remote),
            "aggs": {
                "7": deadline_before("2026-11-28T12:00:00+00:00"),
                "30": deadline_before("2026-12-21T12:00:00+00:00"),
                "90": deadline_before("2027-02-19T12:00:00+00:00"),
            },
        },
    }


def test_the_answer_reads_as_the_database_counts():
    def buckets(**counts):
        return {"values": {"buckets": [{"key": k, "doc_count": n} for k, n in counts.items()]}}

    response = {
        "hits": {"total": {"value": 12, "relation": "eq"}, "hits": []},
        "aggregations": {
            "total": {"doc_count": 12},
            "kind": {"doc_count": 30, **buckets(postdoc=12, phd=18)},
            "category": {"doc_count": 12, **buckets(researcher=12)},
            "profile": {"doc_count": 12, **buckets(R2=7, R1=5)},
            "field": {"doc_count": 12, **buckets(neurosciences=9, immunologie=4)},
            "region": {"doc_count": 20, **buckets(**{"grand-est": 12, "occitanie": 8})},
            "city": {"doc_count": 12, **buckets(Strasbourg=12)},
            "language": {"doc_count": 15, "fr": {"doc_count": 15}, "en": {"doc_count": 12}},
            "remote": {"doc_count": 3},
            "within": {
                "doc_count": 12,
                "7": {"doc_count": 1},
                "30": {"doc_count": 12},
                "90": {"doc_count": 12},
            },
        },
    }
    assert parse_facet_response(response) == {
        "total": 12,
        "kind": {"postdoc": 12, "phd": 18},
        "category": {"researcher": 12},
        "profile": {"R2": 7, "R1": 5},
        "field": {"neurosciences": 9, "immunologie": 4},
        "region": {"grand-est": 12, "occitanie": 8},
        "city": {"Strasbourg": 12},
        "language": {"fr": 15, "en": 12},
        "remote": 3,
        "within": {"7": 1, "30": 12, "90": 12},
    }


def test_without_an_answer_the_database_counts(engine, caplog):
    with override_settings(
        WAGTAILSEARCH_BACKENDS={"default": settings.WAGTAILSEARCH_BACKENDS["default"]}
    ):
        expected = filters("q=recherche&kind=postdoc").facet_counts()
    cache.clear()
    with caplog.at_level(logging.WARNING, logger="offers.facets"):
        counts = filters("q=recherche&kind=postdoc").facet_counts()
    assert counts == expected
    assert "counting in the database" in caplog.text


def test_without_a_text_query_the_engine_is_not_asked(engine, caplog):
    with caplog.at_level(logging.WARNING):
        counts = filters("kind=postdoc").facet_counts()
    assert counts["total"] > 0
    assert "failed" not in caplog.text


def test_the_listing_answers_when_the_engine_is_down(engine, fr_client):
    response = fr_client.get("/fr/offres/", {"q": "recherche", "kind": "postdoc"})
    assert response.status_code == 200
    assert "Post-doctorat" in response.content.decode()
