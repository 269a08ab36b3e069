"""What a ranked search reads, as search migration 0007 and offers migration 0008 set it up: the
candidate pages and the closed offers from indexes alone, and on PostgreSQL the entries' vectors
from their row, matched through a function whose GIN index the planner keeps to."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from modelsearch.conf import get_app_config

from tests.factories import make_offer

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")


def entries_table():
    return get_app_config().get_model("IndexEntry")._meta.db_table


def test_the_candidate_pages_are_read_from_an_index():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    index = constraints["careers_page_search_candidates"]
    assert index["index"] and index["columns"] == ["locale_id", "live", "id"]


def test_the_closed_offers_are_read_from_an_index():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "offers_offerpage")
    index = constraints["offers_deadline_page"]
    assert index["index"] and index["columns"] == ["deadline", "page_ptr_id"]


@postgresql_only
def test_the_entries_vectors_stay_in_their_row():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute WHERE attrelid = %s::regclass "
            "AND attname IN ('title', 'body', 'body_text')",
            [entries_table()],
        )
        storage = dict(cursor.fetchall())
    # Vectors: compressed in the row, out of it only as a last resort; texts: out first.
    assert storage == {"title": "m", "body": "m", "body_text": "x"}


@postgresql_only
def test_the_whole_text_match_is_a_costly_function_with_its_gin_index():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT procost, proparallel, provolatile FROM pg_proc "
            "WHERE proname = 'careers_entry_vector'"
        )
        assert cursor.fetchall() == [(1000.0, "u", "i")]
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s", [entries_table()]
        )
        indexes = dict(cursor.fetchall())
    assert "USING gin (careers_entry_vector(title, body))" in indexes["careers_entry_vector_gin"]
    assert "careers_indexentry_text_gin" not in indexes  # migration 0002's, replaced


@postgresql_only
def test_new_entries_go_straight_into_the_vector_index():
    # A pending list of new entries made the planner give up the index (search migration 0008).
    with connection.cursor() as cursor:
        make_offer("VECTOR-PENDING", title_fr="Ornithorynque de recherche en attente")
        cursor.execute("SELECT gin_clean_pending_list('careers_entry_vector_gin'::regclass)")
        assert cursor.fetchone()[0] == 0  # no page of new entries waited outside the index
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'careers_entry_vector_gin'")
        assert cursor.fetchone()[0] == ["fastupdate=off"]


@postgresql_only
def test_a_ranked_search_matches_through_the_function(fr_client):
    with CaptureQueriesContext(connection) as queries:
        fr_client.get("/fr/search/", {"q": "recherche"})
    ranking = [q["sql"] for q in queries if "ts_rank" in q["sql"]]
    assert len(ranking) == 1
    assert "careers_entry_vector(" in ranking[0] and "COUNT(*) OVER ()" in ranking[0]
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {entries_table()}")  # the planner's view of the demo index
        cursor.execute(
            f"EXPLAIN SELECT id FROM {entries_table()} WHERE careers_entry_vector(title, body) "
            f"@@ to_tsquery('careers_fr', 'recherche')"
        )
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "careers_entry_vector_gin" in plan
