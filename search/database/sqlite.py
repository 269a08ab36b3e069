"""SQLite: relevance ranked in one pass over the FTS matches, title weighted above body."""

import heapq

from django.db import connections
from django.db.models import FloatField, Func, IntegerField, TextField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.index import SearchField
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from core.search_text import HEADINGS_BOOST, HEADINGS_FIELD

from . import (
    RERANK_WINDOW,
    CandidatesBackendMixin,
    CandidatesCompilerMixin,
    CountingResultsMixin,
    indexed_value,
    ranked_objects,
    reranked,
    type_boost_expression,
)

# How much a word in the title counts, against the same word in the body (BM25 column weights);
# a heading's words are in the body too, and their column adds the headings' boost
# (core.search_text.HEADINGS_BOOST).
TITLE_WEIGHT = 4.0
HEADINGS_WEIGHT = HEADINGS_BOOST
# Fields boosted this much go to the title column (Page.search_fields boost the title by 2).
TITLE_BOOST = 2


class SQLiteObjectIndexer(sqlite.ObjectIndexer):
    """The FTS table has three weighted columns: the title column receives the title and the
    fields boosted as much (an offer's reference), the headings column the headings of the
    page's body (core.search_text.HEADINGS_FIELD), the body column the others."""

    prepare_value = indexed_value(sqlite.ObjectIndexer.prepare_value)

    def _texts(self, column):
        texts = []
        for field in self.search_fields:
            for current_field, value in self.prepare_field(self.obj, field):
                if isinstance(current_field, SearchField) and column_of(current_field) == column:
                    texts.append(value)
        return " ".join(texts)

    @property
    def title(self):
        return self._texts("title")

    @property
    def body(self):
        return self._texts("body")

    @property
    def headings(self):
        return self._texts("headings")


def column_of(field):
    """The FTS column a SearchField's text goes to."""
    if field.field_name == HEADINGS_FIELD:
        return "headings"
    if (field.boost or 0) >= TITLE_BOOST or field.field_name == "title":
        return "title"
    return "body"


# Wagtail's index class builds its indexers by this module-level name.
sqlite.ObjectIndexer = SQLiteObjectIndexer


class SQLiteIndex(sqlite.SQLiteIndex):
    def add_items(self, model, objs):
        """Wagtail's entries (their triggers copy title and body into the FTS table), then
        each entry's headings, a column of the FTS table alone (migration 0005)."""
        objs = list(objs)
        super().add_items(model, objs)
        if not any(field.field_name == HEADINGS_FIELD for field in model.get_search_fields()):
            return
        entries = sqlite.IndexEntry._meta.db_table
        content_type = get_content_type_pk(model)
        rows = [
            (SQLiteObjectIndexer(obj, self.backend).headings, content_type, str(obj.pk))
            for obj in objs
        ]
        with self.write_connection.cursor() as cursor:
            # An entry updated keeps its FTS row, so headings since removed are cleared too.
            cursor.executemany(
                f"UPDATE {entries}_fts SET headings = %s WHERE rowid = "
                f"(SELECT id FROM {entries} WHERE content_type_id = %s AND object_id = %s)",
                rows,
            )


class SQLiteSearchQueryCompiler(CandidatesCompilerMixin, sqlite.SQLiteSearchQueryCompiler):
    FTS_TABLE_FIELDS = ["title", "body", "headings"]

    def search(self, config, start, stop, score_field=None):
        """Rank by relevance without re-running the match for every candidate.

        Wagtail's SQLite compiler attaches the score to each page with a correlated subquery
        that repeats the FTS MATCH per row: quadratic, 55 s for a term found in 10,000 pages.
        Here the matches are read once, restricted to the candidate pages (through the
        candidates' index entries when given, search.candidates: the FTS table alone is read),
        sorted by BM25 and sliced; only the requested page of objects is then loaded.
        """
        query = normalize(self.query)
        # Counts, facets and unranked searches need no ranking: Wagtail's `pk IN (matches)`.
        unranked = not self.order_by_relevance or stop is None or score_field is not None
        if unranked or isinstance(query, (MatchAll, Not)):
            return super().search(config, start, stop, score_field=score_field)

        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config)
        )
        if self.candidates is not None:
            rows, total = self.ranked_candidates(match, max(stop, RERANK_WINDOW))
        else:
            rows = self.ranked_matches(match)
            total = len(rows)
        if start >= RERANK_WINDOW:
            page = [(pk, total) for _, pk, _ in rows[start:stop]]
            return ranked_objects(self.queryset, page, total)
        # The first matches are re-ranked by the exact words (search.database).
        window = rows[: max(stop, RERANK_WINDOW)]
        entries = sqlite.IndexEntry.objects.filter(pk__in=[entry for entry, _, _ in window])
        texts = {entry: texts for entry, *texts in entries.values_list("pk", "title", "body")}
        window = [(pk, total, -score, *texts[entry]) for entry, pk, score in window]
        return ranked_objects(self.queryset, reranked(window, self.query, start, stop), total)

    def ranked_matches(self, match):
        """(entry id, object id, score) of every match among the queryset's objects, best
        first (the lowest score)."""
        candidates = self.queryset.annotate(object_id=Cast("pk", TextField())).values("object_id")
        ranked = (
            sqlite.SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(
                    self.queryset.model
                ),
                index_entry__object_id__in=candidates,
            )
            # BM25 is negative, lower first: the page type's boost multiplies it.
            .annotate(score=WeightedBM25() * type_boost_expression("index_entry__content_type_id"))
            # Ties to the higher object id, as ranked_candidates() orders them.
            .order_by("score", Cast("index_entry__object_id", IntegerField()).desc())
        )
        # FTS5 refuses bm25() beside a window function: every match is read, in order (their
        # number is the count, which a separate COUNT query took a third as long again to give),
        # without its text, which only the first RERANK_WINDOW need.
        return fetch_all(ranked.values_list("index_entry_id", "index_entry__object_id", "score"))

    def ranked_candidates(self, match, best):
        """The `best` first of ranked_matches(), from the FTS table alone: each match is kept
        when its entry is one of the candidates' (search.candidates) and scored with their page
        type's boost; ties go to the higher object id. Also the number of matches kept."""
        entries = self.candidates.entries().get
        scores = sqlite.SQLiteFTSIndexEntry.objects.filter(match).annotate(score=WeightedBM25())
        hits = [
            (score * candidate[1], -candidate[0], entry)
            for entry, score in fetch_all(scores.values_list("index_entry_id", "score"))
            if (candidate := entries(entry)) is not None
        ]
        first = heapq.nsmallest(best, hits)
        return [(entry, -negative_pk, score) for score, negative_pk, entry in first], len(hits)


def fetch_all(queryset):
    """The rows of a values_list queryset as the database gives them: thousands of matches
    went through the ORM's per-row converters (a fifth of a common word's search), which
    change nothing for these columns (ids, object ids as text, scores)."""
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


class WeightedBM25(Func):
    """FTS5's BM25 with the title column weighted above the body, the headings column adding
    to it (lower scores rank first).

    The FTS table's columns are (autocomplete, body, title, headings); Wagtail's own expression
    weighs them alike.
    """

    template = (
        f"bm25({sqlite.SQLiteFTSIndexEntry._meta.db_table}, "
        f"0.0, 1.0, {TITLE_WEIGHT}, {HEADINGS_WEIGHT})"
    )
    output_field = FloatField()


class SQLiteSearchResults(CountingResultsMixin, sqlite.SQLiteSearchResults):
    pass


class SQLiteSearchBackend(CandidatesBackendMixin, sqlite.SQLiteSearchBackend):
    index_class = SQLiteIndex
    query_compiler_class = SQLiteSearchQueryCompiler
    results_class = SQLiteSearchResults
