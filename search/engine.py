"""Which backend answers a search, and what happens when it cannot.

With ELASTICSEARCH_URL set, each language has its own Elasticsearch backend
(`elasticsearch_<language>`, see search/config.py) and the database backend ("default") is kept
up to date beside it. When the engine is unreachable, slow (its client gives up after about
2 s) or answers with an error, the database answers instead and a warning is logged: a visitor
gets results, never an error page. After a failure the engine is left alone for
ENGINE_RETRY_AFTER seconds, so that a slow engine costs one visitor two seconds, not every
visitor (core/search_backends.py: the offer listing's facet counts share that state).
"""

import logging

from django.core.paginator import Paginator
from modelsearch.query import Fuzzy, PlainText
from wagtail.search.backends import get_search_backend

from core.search_backends import (
    DATABASE,
    ENGINE_RETRY_AFTER,
    backend_names,
    is_set_aside,  # noqa: F401 - careers_site/health.py reads it here
    set_aside,
)
from core.search_text import backend_query as database_query
from core.search_text import search_terms

logger = logging.getLogger(__name__)


# No search has a million pages; a larger number asks for the last page, like any past the end.
MAX_PAGE_NUMBER = 1_000_000


def search_page(queryset, query, *, language, number, per_page, fuzzy=False, candidates=None):
    """One page of `queryset` objects matching `query`, best first, and the backend that answered.

    `fuzzy`: a corrected query (search.spelling), which Elasticsearch also matches with
    fuzziness, forgiving the typos the correction left (words too short to correct).
    `candidates`: `queryset`'s pages as search.candidates.Candidates, which the database
    backend may read instead of filtering each match through `queryset`.

    Invalid or out-of-range page numbers give the first or last page, as Paginator.get_page.
    The page is evaluated here, so that an engine failure surfaces while the fallback can
    still answer.
    """
    terms = search_terms(query)
    if not terms:  # only symbols or operators: nothing to search for
        return evaluated_page(queryset.none(), number, per_page), DATABASE
    for name in backend_names(language):
        try:
            backend = get_search_backend(name)
            searched = backend_query(terms, language, name, fuzzy=fuzzy)
            if name == DATABASE:
                results = backend.search(searched, queryset, candidates=candidates)
            else:
                results = backend.search(searched, queryset)
            return evaluated_page(results, number, per_page), name
        except Exception as error:
            # Any failure of the optional engine (connection refused, timeout, HTTP error,
            # missing index) is answered by the database; a database failure is a real error.
            if name == DATABASE:
                raise
            logger.warning(
                "Search backend %r failed (%s: %s); answering from the database for %d s.",
                name,
                type(error).__name__,
                error,
                ENGINE_RETRY_AFTER,
            )
            set_aside(name)


def backend_query(terms, language, name, *, fuzzy=False):
    """The query a backend receives: all the words; on the database, also each variant from
    the editors' synonyms (search.synonyms, registered in core.search_text.QUERY_VARIANTS;
    Elasticsearch applies them in its analyzer). A `fuzzy` query reaches Elasticsearch as a
    match with `"fuzziness": "AUTO"` (one edit in words of 3 to 5 letters, two beyond); the
    database has no fuzzy match: the correction is its only forgiveness."""
    if name == DATABASE:
        return database_query(terms, language)
    if fuzzy:
        return Fuzzy(terms, operator="and")
    return PlainText(terms, operator="and")


def evaluated_page(results, number, per_page):
    """The requested page, fetched first: the database backend's ranking query also counts
    the matches (search.database), which saves a count query; otherwise the results count."""
    number = page_number(number)
    requested = results[(number - 1) * per_page : number * per_page]
    objects = list(requested)
    total = getattr(requested, "matches_total", None)
    if total is None:
        total = results.count()
    page = paginated(objects, total, number, per_page)
    if page.number != number:  # past the end: the last page (none when nothing matched)
        page.object_list = list(results[page.start_index() - 1 : page.end_index()]) if total else []
    return page


def page_number(number):
    """A requested page number as a number: 1 when it is none, bounded (an offset past
    PostgreSQL's bigint is an error, not an empty page)."""
    try:
        return min(max(1, int(number)), MAX_PAGE_NUMBER)
    except (TypeError, ValueError):
        return 1


def paginated(objects, total, number, per_page):
    """Page `number` of `total` matches, holding `objects` (Paginator.get_page's page: the
    last one when `number` is past the end)."""
    page = Paginator(Matches(total), per_page).get_page(number)
    page.object_list = objects
    return page


class Matches:
    """What Paginator needs of a result set it does not slice: its size."""

    def __init__(self, total):
        self.total = total

    def count(self):
        return self.total

    def __getitem__(self, key):
        return []
