"""PostgreSQL: each object indexed with its language's text search configuration."""

import copy
from collections import defaultdict

from django.contrib.postgres.search import SearchVectorField
from django.db import connections
from django.db.models import F, Func, IntegerField
from django.db.models.functions import Cast
from django.utils import translation
from modelsearch.backends.database.postgres import postgres
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from . import (
    RERANK_WINDOW,
    CandidatesBackendMixin,
    CandidatesCompilerMixin,
    CountingResultsMixin,
    indexed_value,
    language_of,
    ranked_objects,
    reranked,
    text_search_config,
    type_boost_expression,
)

# The index entry's vectors, as Wagtail ranks them: the title (scaled by its length norm) and
# the body.
ENTRY_VECTORS = [(F("title"), F("title_norm")), (F("body"), 1.0)]


class PostgresObjectIndexer(postgres.ObjectIndexer):
    prepare_value = indexed_value(postgres.ObjectIndexer.prepare_value)


# Wagtail's index class builds its indexers by this module-level name.
postgres.ObjectIndexer = PostgresObjectIndexer


class PostgresIndex(postgres.PostgresIndex):
    def add_items(self, model, objs):
        # Wagtail's indexer reads the configuration from the backend: index each language's
        # objects through a copy of the backend set to that language.
        groups = defaultdict(list)
        for obj in objs:
            groups[text_search_config(language_of(obj))].append(obj)
        for config, group in groups.items():
            postgres.PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class PostgresSearchQueryCompiler(CandidatesCompilerMixin, postgres.PostgresSearchQueryCompiler):
    # The candidates' entries are not read here: the semi-join on the pages (an index-only
    # scan, migration 0007) costs about what reading 8,000 matches into Python would.

    def get_config(self, backend):
        return text_search_config(translation.get_language())

    def search(self, config, start, stop, score_field=None, backend=None):
        """Match in the index table, then fetch only the objects asked for.

        Wagtail's compiler filters the objects through their reverse relation to the index:
        the planner, which cannot estimate a text match, joins every candidate object to every
        match on `object_id = id::text` (0.8 s for three words at 10,000 offers). Here the
        matches come from the index table alone (a GIN index on the entry's whole text,
        EntryVector), restricted to the candidates with a semi-join.
        """
        pk_type = self.queryset.model._meta.pk.get_internal_type()
        if (
            self.fields
            or score_field is not None
            or isinstance(self.query, MatchAll | Not | Fuzzy)
            or pk_type not in {"AutoField", "BigAutoField", "IntegerField"}
        ):
            return super().search(config, start, stop, score_field=score_field, backend=backend)

        entries = (
            postgres.IndexEntry.objects.filter(
                content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
            )
            .annotate(_vector_=EntryVector("title", "body"))
            .filter(_vector_=self.build_tsquery(self.query, config=config))
        )
        # Compared as integers, so that each match is looked up in the objects' primary key
        # index (a text comparison would scan the objects once per match).
        entries = entries.annotate(object_pk=Cast("object_id", IntegerField()))
        if not self.order_by_relevance or stop is None:
            # Counts, facets and unranked searches: the candidates whose id is among the matches.
            queryset = self.queryset.filter(pk__in=entries.values("object_pk"))
            if not queryset.query.order_by:
                queryset = queryset.order_by("-pk")  # stable pages, as Wagtail does
            return queryset[start:stop]

        scored = (
            entries.filter(object_pk__in=self.queryset.values("pk"))
            .annotate(
                _rank_=self._build_rank_expression(ENTRY_VECTORS, config) * type_boost_expression()
            )
            .values_list("id", "object_id", "_rank_")
        )
        if start >= RERANK_WINDOW:
            rows = ranked_rows(scored, start, stop - start)
            return ranked_objects(self.queryset, [(pk, total) for pk, total, *_ in rows])
        # The first matches are re-ranked by the exact words (search.database).
        rows = ranked_rows(scored, 0, max(stop, RERANK_WINDOW))
        return ranked_objects(self.queryset, reranked(rows, self.query, start, stop))


class EntryVector(Func):
    """An index entry's whole text, `title || body`, through migration 0007's function: its
    GIN index answers the match, and its declared cost keeps the planner on that index."""

    function = "careers_entry_vector"
    output_field = SearchVectorField()


def ranked_rows(scored, offset, limit):
    """(object id, number of matches, rank, title text, body text) of `limit` matches from
    `offset`, best first; `scored`: a values_list of (entry id, object id, rank).

    The number of matches comes with the page (a window function), so the results need no
    count query. Ranks are computed below the window (the OFFSET 0 keeps the subquery apart):
    above it, each match's vectors were carried through the window and spilled it to disk. The
    texts are joined to the page's rows alone (only the re-ranking reads them).
    """
    sql, params = scored.query.sql_with_params()
    table = postgres.IndexEntry._meta.db_table
    with connections[scored.db].cursor() as cursor:
        cursor.execute(
            f"SELECT ranked.object_id, ranked.total, ranked.rank, entry.title_text, "
            f"entry.body_text FROM (SELECT id, object_id, rank, COUNT(*) OVER () AS total "
            f"FROM ({sql} OFFSET 0) scored (id, object_id, rank) "
            f"ORDER BY rank DESC, id DESC LIMIT %s OFFSET %s) ranked "
            f"JOIN {table} entry ON entry.id = ranked.id "
            f"ORDER BY ranked.rank DESC, ranked.id DESC",
            (*params, limit, offset),
        )
        return cursor.fetchall()


class PostgresSearchResults(CountingResultsMixin, postgres.PostgresSearchResults):
    pass


class PostgresSearchBackend(CandidatesBackendMixin, postgres.PostgresSearchBackend):
    index_class = PostgresIndex
    query_compiler_class = PostgresSearchQueryCompiler
    results_class = PostgresSearchResults

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend
