"""Query text shared by site search, the offer listing, its API and e-mail alerts: cleaning what
visitors type, the words a backend may safely receive, and matching as a subquery.

Infrastructure (docs/architecture.md): it knows Wagtail's search backends, no project app.
"""

import re

from wagtail.search.backends import get_search_backend

MAX_QUERY_LENGTH = 200
# French elided articles and conjunctions ("l’institut", "d’accueil", "jusqu’à"), with either
# apostrophe: the word after them is the one people look for.
ELISION = re.compile(r"\b(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])['’]", re.IGNORECASE)
WORD = re.compile(r"\w+")
# Boolean operators copied from other search engines' syntax (only when typed in capitals).
OPERATORS = {"AND", "OR", "NOT"}


def clean_query(raw):
    """Visitors type anything: drop control characters and keep a bounded length."""
    text = "".join(ch for ch in raw if ch.isprintable() or ch.isspace())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_terms(query):
    """The words of a query, without operators, quotes or symbols any backend could misread.

    Backends parse their input (SQLite's FTS5 syntax, PostgreSQL's tsquery): giving them plain
    words means `"`, `(`, `:`, `*` or `AND` typed by a visitor are searched for, or ignored,
    never interpreted.
    """
    words = WORD.findall(ELISION.sub(" ", query))
    return " ".join(word for word in words if word not in OPERATORS)


def matching(model, query):
    """The primary keys of `model` objects matching `query`, as a subquery.

    The listing filters, counts and sorts in SQL, so it needs the hits as a queryset it can
    combine with its filters, not a list of objects: with the database backends the search
    becomes an `IN (SELECT …)` clause, however many offers match. The backend computes no
    relevance score (the listing sorts by deadline), which keeps SQLite's FTS ranking, whose
    cost grows with the number of hits, off this path.
    """
    terms = search_terms(query)
    if not terms:
        return model.objects.none().values("pk")
    backend = get_search_backend()
    results = backend.search(terms, model.objects.all(), order_by_relevance=False)
    compiler = results.query_compiler
    # The same call the backends' own facet() makes to get the matching queryset.
    return compiler.search(compiler.get_config(backend), None, None).values("pk")
