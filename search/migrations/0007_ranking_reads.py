"""What a ranked search reads, made cheap to read (search/database/).

A word found in most of 10,000 offers has its every match scored; the costs were reading the
candidate pages and, on PostgreSQL, each match's body vector.

- Both databases: an index on the pages' (locale, live, id), so that the candidate pages of a
  language are read from the index alone (PostgreSQL scanned the whole page table, 13 ms; SQLite
  read every page's row).
- PostgreSQL: the entries' vectors stay in their row (storage MAIN): a body vector of about a
  kilobyte went to the TOAST table, and ranking 8,000 matches read it back from there, 25 ms.
  The entry's texts, which only the first results need, leave the row first instead.
- PostgreSQL: the whole-text match is `careers_entry_vector(title, body)`, a function declared
  costly, with a GIN index on it. With the vectors in the row, the planner saw a sequential scan
  of the table as no dearer than the index for a common word, and evaluated `title || body` for
  every entry (60 ms for a word in 5,000 entries instead of 10). Declared PARALLEL UNSAFE: a
  search is a short query that parallel workers only slowed down (30 against 24 ms). It
  replaces migration 0002's index on `(title || body)`.

Existing entries take the new storage when they are written again: `manage.py update_index`.
"""

from django.db import migrations

PAGE_INDEX = "careers_page_search_candidates"
VECTOR_FUNCTION = "careers_entry_vector"
VECTOR_INDEX = "careers_entry_vector_gin"


def entries_table():
    from modelsearch.conf import get_app_config

    return get_app_config().get_model("IndexEntry")._meta.db_table


def forwards(apps, schema_editor):
    pages = apps.get_model("wagtailcore", "Page")._meta.db_table
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {PAGE_INDEX} ON {pages} (locale_id, live, id)"
    )
    if schema_editor.connection.vendor != "postgresql":
        return
    entries = entries_table()
    for statement in [
        # Not inlined (the SET clause), so that the planner keeps its cost.
        f"CREATE OR REPLACE FUNCTION {VECTOR_FUNCTION}(title tsvector, body tsvector) "
        f"RETURNS tsvector AS $$ SELECT title || body $$ LANGUAGE sql IMMUTABLE STRICT "
        f"PARALLEL UNSAFE COST 1000 SET search_path = pg_catalog",
        f"CREATE INDEX IF NOT EXISTS {VECTOR_INDEX} ON {entries} "
        f"USING gin ({VECTOR_FUNCTION}(title, body))",
        "DROP INDEX IF EXISTS careers_indexentry_text_gin",
        f"ALTER TABLE {entries} ALTER COLUMN title SET STORAGE MAIN, "
        f"ALTER COLUMN body SET STORAGE MAIN",
    ]:
        schema_editor.execute(statement)


def backwards(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {PAGE_INDEX}")
    if schema_editor.connection.vendor != "postgresql":
        return
    entries = entries_table()
    for statement in [
        f"ALTER TABLE {entries} ALTER COLUMN title SET STORAGE EXTENDED, "
        f"ALTER COLUMN body SET STORAGE EXTENDED",
        f"CREATE INDEX IF NOT EXISTS careers_indexentry_text_gin "
        f"ON {entries} USING gin ((title || body))",
        f"DROP INDEX IF EXISTS {VECTOR_INDEX}",
        f"DROP FUNCTION IF EXISTS {VECTOR_FUNCTION}(tsvector, tsvector)",
    ]:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0006_indexed_word_names"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
