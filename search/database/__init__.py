"""Wagtail's database search backend, taught French and English.

Visitors type without accents, in the plural, in either language; the index must meet them:

- PostgreSQL: each object is indexed with the text search configuration of its own language
  (`careers_fr`, `careers_en`: `unaccent` then the Snowball stemmer, created by this app's
  migration 0001), and queries are parsed with the active language's configuration.
- SQLite: the FTS5 table is tokenized with `porter unicode61 remove_diacritics 2` (same
  migration): accents and case are folded and plural endings stripped, in both languages.

On both, a search reads the index table first and loads only the page of objects it shows:
Wagtail's own queries join every candidate object to the index (PostgreSQL: a nested loop on a
text cast, 0.8 s at 10,000 offers) or rank each candidate with a subquery (SQLite: quadratic).

Settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.database"}}.
"""

import functools
import re
import unicodedata
from collections import defaultdict

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Case, FloatField, Value, When
from modelsearch.conf import get_app_config
from modelsearch.query import And, Or, PlainText

from core.search_text import WORD, index_text

# PostgreSQL text search configurations, one per site language (see migration 0001).
TEXT_SEARCH_CONFIGS = {"fr": "careers_fr", "en": "careers_en"}


def text_search_config(language):
    configs = TEXT_SEARCH_CONFIGS
    return configs.get((language or "")[:2], configs[settings.LANGUAGE_CODE[:2]])


def language_of(obj):
    """The language an object is written in: its locale's, or the site's main language."""
    locale = getattr(obj, "locale", None)
    return locale.language_code if locale is not None else settings.LANGUAGE_CODE


def index_entry_model():
    """Wagtail's index entries, whichever database's model is in use."""
    return get_app_config().get_model("IndexEntry")


class CandidatesBackendMixin:
    """search() takes `candidates` (search.candidates.Candidates: the queryset's pages, with
    their index entries) on to the query compiler (CandidatesCompilerMixin)."""

    def search(
        self,
        query,
        model_or_queryset,
        fields=None,
        operator=None,
        order_by_relevance=True,
        candidates=None,
    ):
        return self._search(
            self.query_compiler_class,
            query,
            model_or_queryset,
            fields=fields,
            operator=operator,
            order_by_relevance=order_by_relevance,
            candidates=candidates,
        )


class CandidatesCompilerMixin:
    """`candidates`: the queryset's pages as search.candidates.Candidates, or None. A compiler
    may rank the matches of their index entries instead of filtering each match through the
    queryset; the objects shown are still loaded through the queryset."""

    def __init__(self, *args, candidates=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.candidates = candidates


class RankedObjects(list):
    """A page of ranked objects, with the `count()` Wagtail asks of querysets, and the total
    number of matches when the ranking query counted them (`total`, else None)."""

    total = None

    def count(self):
        return len(self)


class CountingResultsMixin:
    """Search results that keep the number of matches their ranking query counted.

    `matches_total` is set once the results are fetched (None when the query did not count,
    e.g. unranked searches): search.engine then needs no separate count query.
    """

    matches_total = None

    def _do_search(self):
        objects = self.get_queryset()
        self.matches_total = getattr(objects, "total", None)
        return list(objects)


def ranked_objects(queryset, rows, total=None):
    """The objects of `queryset` for rows of (index id as text, total matches), in order;
    `total` when the number of matches is known even without rows (past the last page)."""
    ids = [int(object_id) for object_id, _ in rows]
    objects = queryset.in_bulk(ids) if ids else {}
    ranked = RankedObjects(objects[pk] for pk in ids if pk in objects)
    ranked.total = rows[0][1] if rows else total
    return ranked


# --- Ranking -----------------------------------------------------------------------------------
#
# A page's score is its text score (the backends' BM25 or ts_rank, where a word in the title, the
# summary or a heading counts more than in the body: the models' SearchField boosts) times:
# - its page type's `search_boost` (a class attribute any indexed model may declare, 1 when it
#   declares none): information pages declare more than offers, so that a topical query ("RTT",
#   "handicap") finds the page that explains it above the hundreds of offers that mention it;
# - an exact-word factor for the first RERANK_WINDOW matches: both backends match stems
#   ("integrity" and "integration" are both "integr"), so a page with the very words typed, in
#   its title above all, moves up among them.

RERANK_WINDOW = 50
EXACT_TITLE_BONUS = 0.6
EXACT_BODY_BONUS = 0.3
MIN_EXACT_WORD = 3


@functools.cache
def boosted_models():
    """{model: boost} of the indexed models whose `search_boost` is not 1 (models do not change
    while the process runs; looking through every model took a few ms per search)."""
    return {
        model: boost
        for model in apps.get_models()
        if (boost := getattr(model, "search_boost", None)) is not None
        and boost != 1
        and hasattr(model, "get_search_fields")
    }


def type_boosts():
    """{content type id: boost} of the indexed models whose `search_boost` is not 1."""
    content_types = ContentType.objects
    return {
        content_types.get_for_model(model, for_concrete_model=False).pk: boost
        for model, boost in boosted_models().items()
    }


def type_boost_expression(field="content_type_id"):
    """A SQL factor: each index entry's page type boost (1.0 for types that declare none).

    One test per boost, of the types that share it (one WHEN per type made the planner's work
    and each match's evaluation grow with the number of page types)."""
    types = defaultdict(list)
    for content_type, boost in sorted(type_boosts().items()):
        types[float(boost)].append(content_type)
    whens = [
        When(**{f"{field}__in": content_types}, then=Value(boost))
        for boost, content_types in sorted(types.items())
    ]
    if not whens:
        return Value(1.0, output_field=FloatField())
    return Case(*whens, default=Value(1.0), output_field=FloatField())


def query_alternatives(query):
    """The word sets of a query's plain-text parts (a synonym expansion has several), folded."""
    if isinstance(query, PlainText):
        words = {ascii_fold(word) for word in WORD.findall(query.query_string)}
        return [{word for word in words if len(word) >= MIN_EXACT_WORD}]
    if isinstance(query, And | Or):
        return [words for sub in query.subqueries for words in query_alternatives(sub)]
    return []


def ascii_fold(text):
    """fold() for long texts, at C speed: accents dropped with every other non-ASCII letter
    (the words compared are Latin)."""
    return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()


def word_patterns(alternatives):
    """A regular expression per alternative finding its words whole (as WORD splits them)."""
    return [
        (re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words))) + r")\b"), len(words))
        for words in alternatives
        if words
    ]


def exact_factor(patterns, title, body):
    """1 + a bonus for the typed words found as they are (not only by stem) in the title, then
    in the body; the best of the query's alternatives (`patterns`: word_patterns())."""
    if not patterns:
        return 1.0
    title = ascii_fold(title or "")
    body = ascii_fold(body or "")
    best = 1.0
    for pattern, count in patterns:
        in_title = len(set(pattern.findall(title))) / count
        in_body = len(set(pattern.findall(body))) / count
        best = max(best, 1 + EXACT_TITLE_BONUS * in_title + EXACT_BODY_BONUS * in_body)
    return best


def reranked(rows, query, start, stop):
    """rows: (object id, total, score, title, body) best first, score higher is better; the
    rows from `start` to `stop` as (object id, total) after the exact-word factor."""
    patterns = word_patterns(query_alternatives(query))
    window = sorted(rows, key=lambda row: -row[2] * exact_factor(patterns, row[3], row[4]))
    return [(row[0], row[1]) for row in window[start:stop]]


# --- Indexing --------------------------------------------------------------------------------


def indexed_value(prepare_value):
    """Wrap an indexer's prepare_value: compounds also indexed as one word (core.search_text)."""

    def prepare(self, value):
        return index_text(prepare_value(self, value))

    return prepare


def SearchBackend(params):
    """Wagtail loads `<module>.SearchBackend(params)`: pick the class for the database in use."""
    # Each vendor's module imports Wagtail's models for that vendor only.
    if connection.vendor == "postgresql":
        from .postgres import PostgresSearchBackend

        return PostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from .sqlite import SQLiteSearchBackend

        return SQLiteSearchBackend(params)
    raise NotImplementedError(f"No search backend for the {connection.vendor} database.")
