"""SQLite: relevance ranked in one pass over the FTS matches, title weighted above body."""

from django.db.models import FloatField, Func, TextField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.index import SearchField
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from . import (
    RERANK_WINDOW,
    CountingResultsMixin,
    indexed_value,
    ranked_objects,
    reranked,
    type_boost_expression,
)

# How much more a word in the title counts than the same word in the body (BM25 column weight).
TITLE_WEIGHT = 4.0
# Fields boosted this much go to the title column (Page.search_fields boost the title by 2).
TITLE_BOOST = 2


class SQLiteObjectIndexer(sqlite.ObjectIndexer):
    """The FTS table has two weighted columns: the title column receives the title and the
    fields boosted as much (an offer's reference), the body column the others."""

    prepare_value = indexed_value(sqlite.ObjectIndexer.prepare_value)

    def _texts(self, boosted):
        texts = []
        for field in self.search_fields:
            for current_field, value in self.prepare_field(self.obj, field):
                if isinstance(current_field, SearchField) and (
                    (
                        (current_field.boost or 0) >= TITLE_BOOST
                        or current_field.field_name == "title"
                    )
                    == boosted
                ):
                    texts.append(value)
        return " ".join(texts)

    @property
    def title(self):
        return self._texts(True)

    @property
    def body(self):
        return self._texts(False)


# Wagtail's index class builds its indexers by this module-level name.
sqlite.ObjectIndexer = SQLiteObjectIndexer


class SQLiteSearchQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None):
        """Rank by relevance without re-running the match for every candidate.

        Wagtail's SQLite compiler attaches the score to each page with a correlated subquery
        that repeats the FTS MATCH per row: quadratic, 55 s for a term found in 10,000 pages.
        Here the matches are read once, restricted to the candidate pages, sorted by BM25 and
        sliced; only the requested page of objects is then loaded.
        """
        query = normalize(self.query)
        # Counts, facets and unranked searches need no ranking: Wagtail's `pk IN (matches)`.
        unranked = not self.order_by_relevance or stop is None or score_field is not None
        if unranked or isinstance(query, (MatchAll, Not)):
            return super().search(config, start, stop, score_field=score_field)

        candidates = self.queryset.annotate(object_id=Cast("pk", TextField())).values("object_id")
        ranked = (
            sqlite.SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(
                    self.fields or self.FTS_TABLE_FIELDS,
                    self.build_search_query(query, config=config),
                )
            )
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(
                    self.queryset.model
                ),
                index_entry__object_id__in=candidates,
            )
            # BM25 is negative, lower first: the page type's boost multiplies it.
            .annotate(score=WeightedBM25() * type_boost_expression("index_entry__content_type_id"))
            .order_by("score", "-index_entry__object_id")
        )
        # FTS5 refuses bm25() beside a window function, so SQLite counts the matches apart.
        if start >= RERANK_WINDOW:
            pks = ranked.values_list("index_entry__object_id", flat=True)[start:stop]
            return ranked_objects(self.queryset, [(pk, None) for pk in pks])
        # The first matches are re-ranked by the exact words (search.database).
        window = ranked.values_list(
            "index_entry__object_id", "score", "index_entry__title", "index_entry__body"
        )[: max(stop, RERANK_WINDOW)]
        rows = [(pk, None, -score, title, body) for pk, score, title, body in window]
        return ranked_objects(self.queryset, reranked(rows, self.query, start, stop))


class WeightedBM25(Func):
    """FTS5's BM25 with the title column weighted above the body (lower scores rank first).

    The FTS table's columns are (autocomplete, body, title); Wagtail's own expression weighs
    them alike.
    """

    template = f"bm25({sqlite.SQLiteFTSIndexEntry._meta.db_table}, 0.0, 1.0, {TITLE_WEIGHT})"
    output_field = FloatField()


class SQLiteSearchResults(CountingResultsMixin, sqlite.SQLiteSearchResults):
    pass


class SQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = SQLiteSearchQueryCompiler
    results_class = SQLiteSearchResults
