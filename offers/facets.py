"""Facet counts of the offer listing from Elasticsearch, where that is cheaper than the database.

With a text query the database counts each facet with the text match inside it: ten grouped
queries, each running the match again, and a new cache entry for every query typed. The
engine answers the match and every facet in one request, each facet without its own filter
(disjunctive counts, as the database computes them). Without a text query the database's
counts stay: they are cached until an offer changes, so they cost nothing in the steady state.

The listing's results themselves (sorted by deadline, paginated) still come from the database.
"""

import logging
from datetime import timedelta

from django.utils import translation
from wagtail.search.backends import get_search_backend
from wagtail.search.index import FilterField

from core.search_backends import backend_names, set_aside
from core.search_text import search_terms

from .choices import DEADLINE_WINDOWS
from .models import OfferPage

logger = logging.getLogger(__name__)

# Terms buckets per facet: more than any facet has values (cities are the most numerous).
BUCKETS = {"kind": 20, "category": 10, "profile": 10, "field": 100, "region": 50, "city": 500}
# The listing's facets and the OfferPage filter fields they count (see OfferPage.search_fields).
TERM_FACETS = {
    "kind": "kind",
    "category": "category",
    "profile": "profile",
    "field": "research_field_slugs",
    "region": "region_slug",
    "city": "city",
}


def engine_facet_counts(filters, now):
    """The facet counts of `filters` from the engine, or None when the database should count."""
    language = filters.locale.language_code
    name = backend_names(language)[0]
    if not filters.query or name == "default":
        return None
    backend = get_search_backend(name)
    try:
        body = facet_request(filters, backend, now)
        response = backend.es.search(index=backend.get_index_for_model(OfferPage).name, **body)
        return parse_facet_response(response)
    except Exception as error:  # noqa: BLE001 - any engine failure: the database counts
        logger.warning(
            "Search backend %r failed to count facets (%s: %s); counting in the database.",
            name,
            type(error).__name__,
            error,
        )
        set_aside(name)
        return None


def field_name(backend, name):
    return backend.mapping_class(OfferPage).get_field_column_name(FilterField(name))


def facet_request(filters, backend, now):
    """The search body: open offers of the language matching the text, and every facet."""
    with translation.override(filters.locale.language_code):
        matching = backend.search(
            search_terms(filters.query),
            OfferPage.objects.live().filter(locale=filters.locale),
            operator="and",
        ).query_compiler.get_query()
    deadline = field_name(backend, "deadline")
    chosen = filters.selected
    clauses = {
        facet: {"terms": {field_name(backend, field): chosen[facet]}}
        for facet, field in TERM_FACETS.items()
        if chosen[facet]
    }
    if chosen["language"]:
        clauses["language"] = {
            "bool": {
                "should": [
                    {"term": {field_name(backend, f"works_in_{LANGUAGES[code]}"): True}}
                    for code in chosen["language"]
                ],
                "minimum_should_match": 1,
            }
        }
    if filters.remote:
        clauses["remote"] = {"term": {field_name(backend, "remote_work"): True}}
    if filters.within:
        limit = (now + timedelta(days=filters.within)).isoformat()
        clauses["within"] = {"range": {deadline: {"lte": limit}}}

    def others(leave_out=None):
        return {"bool": {"filter": [c for name, c in clauses.items() if name != leave_out]}}

    aggs = {"total": {"filter": others()}}
    for facet, field in TERM_FACETS.items():
        aggs[facet] = {
            "filter": others(facet),
            "aggs": {
                "values": {"terms": {"field": field_name(backend, field), "size": BUCKETS[facet]}}
            },
        }
    aggs["language"] = {
        "filter": others("language"),
        "aggs": {
            code: {"filter": {"term": {field_name(backend, f"works_in_{language}"): True}}}
            for code, language in LANGUAGES.items()
        },
    }
    aggs["remote"] = {
        "filter": {
            "bool": {
                "filter": [
                    others("remote"),
                    {"term": {field_name(backend, "remote_work"): True}},
                ]
            }
        }
    }
    aggs["within"] = {
        "filter": others("within"),
        "aggs": {
            str(days): {
                "filter": {"range": {deadline: {"lte": (now + timedelta(days=days)).isoformat()}}}
            }
            for days in DEADLINE_WINDOWS
        },
    }
    return {
        "size": 0,
        "query": {"bool": {"filter": [matching, {"range": {deadline: {"gt": now.isoformat()}}}]}},
        "aggs": aggs,
    }


LANGUAGES = {"fr": "french", "en": "english"}


def parse_facet_response(response):
    """The engine's answer in the shape of OfferFilters' own counts."""
    aggs = response["aggregations"]
    counts = {"total": aggs["total"]["doc_count"]}
    for facet in TERM_FACETS:
        counts[facet] = {
            bucket["key"]: bucket["doc_count"] for bucket in aggs[facet]["values"]["buckets"]
        }
    counts["language"] = {code: aggs["language"][code]["doc_count"] for code in LANGUAGES}
    counts["remote"] = aggs["remote"]["doc_count"]
    counts["within"] = {
        str(days): aggs["within"][str(days)]["doc_count"] for days in DEADLINE_WINDOWS
    }
    return counts
