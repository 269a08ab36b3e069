"""Text matching shared by the site search and the offer listing."""

from wagtail.search.backends import get_search_backend

MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """Visitors type anything: drop control characters and keep a bounded length."""
    text = "".join(ch for ch in raw if ch.isprintable() or ch.isspace())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def matching(model, query):
    """The primary keys of `model` objects matching `query`, as a subquery.

    The listing filters, counts and sorts in SQL, so it needs the hits as a queryset it can
    combine with its filters, not a list of objects: with the database backends the search
    becomes an `IN (SELECT …)` clause, however many offers match. The backend computes no
    relevance score (the listing sorts by deadline), which keeps SQLite's FTS ranking, whose
    cost grows with the number of hits, off this path.
    """
    backend = get_search_backend()
    results = backend.search(query, model.objects.all(), order_by_relevance=False)
    compiler = results.query_compiler
    # The same call the backends' own facet() makes to get the matching queryset.
    return compiler.search(compiler.get_config(backend), None, None).values("pk")
