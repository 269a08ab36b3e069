"""Query text shared by site search, the offer listing, its API and e-mail alerts: cleaning what
visitors type, the words a backend may safely receive, and matching as a subquery.

Infrastructure (docs/architecture.md): it knows Wagtail's search backends, no project app.
"""

import re

from django.utils.translation import get_language
from wagtail.blocks import StreamValue
from wagtail.search.backends import get_search_backend

MAX_QUERY_LENGTH = 200
# French elided articles and conjunctions ("l’institut", "d’accueil", "jusqu’à"), with either
# apostrophe: the word after them is the one people look for.
ELISION = re.compile(r"\b(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])['’]", re.IGNORECASE)
WORD = re.compile(r"\w+")
# Words joined by hyphens: compounds ("bio-informatique", "ATIP-Avenir") and references or codes
# ("2026-CDDR-217-00001"). Each is also written as one word, in the index and in queries, so
# "bioinformatique" finds "bio-informatique" and the other way round, and a reference is one
# token for every backend (PostgreSQL's parser reads "-00001" as a negative number otherwise).
COMPOUND = re.compile(r"\w+(?:[-‐‑]\w+)+")
HYPHENS = re.compile(r"[-‐‑]")
# Boolean operators copied from other search engines' syntax (only when typed in capitals).
OPERATORS = {"AND", "OR", "NOT"}


# Headings of a page's StreamField bodies are indexed again as their own field: their words,
# already in the body, count that much more (a page with a section titled "Télétravail" is
# about remote work, an offer that mentions it once is not), below the title (2) and the
# summary (1.5). Each backend adds the field's weight to the body's: PostgreSQL a weight class
# of its own in the body vector, SQLite a BM25 column, Elasticsearch a boosted copy. Measured
# on the relevance benchmark (search/relevance_queries.yaml): a long page's many headings (HR
# Excellence) outranked the page a topic belongs to as soon as they weighed more, success@1
# on PostgreSQL 0.930 -> 0.868 at 1.75, 0.886 at 1.25, 0.921 at 0.5, 0.930 at 0.25; on SQLite
# (column weight, body 1) 0.947 -> 0.930 at 2, 0.939 at 0.5, 0.947 at 0.25.
HEADINGS_FIELD = "search_headings"
HEADINGS_BOOST = 0.25
# Blocks that are headings, and the children of structured blocks that head them (an FAQ's or
# key figures' heading, a guide step's title).
HEADING_BLOCKS = {"heading": "text"}
HEADING_CHILDREN = ("heading", "title")


def stream_headings(*streams):
    """The headings of StreamField values, as one text for the index."""
    texts = []
    for stream in streams:
        if not isinstance(stream, StreamValue):  # a page type whose body is rich text
            continue
        for block in stream:
            value = block.value
            if block.block_type in HEADING_BLOCKS:
                texts.append(value.get(HEADING_BLOCKS[block.block_type]) or "")
            elif hasattr(value, "get"):  # a StructValue
                texts += [str(value.get(name) or "") for name in HEADING_CHILDREN]
    return " ".join(text for text in texts if text)


# Who may add variants of a query (a higher layer registers itself: search.apps adds the
# editors' synonyms): functions (terms, language) -> [terms, variant, …].
QUERY_VARIANTS = []


def backend_query(terms, language):
    """The database backend's query for `terms`: all the words, or any variant of them."""
    from modelsearch.query import Or, PlainText

    variants = [terms]
    for variants_of in QUERY_VARIANTS:  # every source adds its own, each variant once
        variants += [v for v in variants_of(terms, language) if v not in variants]
    if len(variants) == 1:
        return PlainText(terms, operator="and")
    return Or([PlainText(variant, operator="and") for variant in variants])


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
    text = COMPOUND.sub(lambda match: HYPHENS.sub("", match.group()), ELISION.sub(" ", query))
    words = WORD.findall(text)
    return " ".join(word for word in words if word not in OPERATORS)


def joined_compounds(text):
    """The hyphenated words of `text` written as one word, for the index: "bio-informatique
    2026-CDDR-217-00001" -> "bioinformatique 2026CDDR21700001" ("" when there are none)."""
    return " ".join(HYPHENS.sub("", match) for match in COMPOUND.findall(text))


def index_text(text):
    """Text as the database backends index it: as written, plus its compounds as one word."""
    joined = joined_compounds(text)
    return f"{text} {joined}" if joined else text


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
    query = backend_query(terms, get_language())
    results = backend.search(query, model.objects.all(), order_by_relevance=False)
    compiler = results.query_compiler
    # The same call the backends' own facet() makes to get the matching queryset.
    return compiler.search(compiler.get_config(backend), None, None).values("pk")


def ranked(model, query, queryset, limit):
    """The primary keys of the best `limit` objects of `queryset` matching `query`, best first:
    the backend's own ranking (the offer listing's "Best match" order)."""
    terms = search_terms(query)
    if not terms:
        return []
    query = backend_query(terms, get_language())
    results = get_search_backend().search(query, queryset.only("pk"))
    return [obj.pk for obj in results[:limit]]
