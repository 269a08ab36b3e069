"""PostgreSQL: a GIN index on the index entries' whole text (`title || body`).

search/database/postgres.py matches queries against that expression in the index table; the
GIN indexes Wagtail creates cover each column alone, so without this one every search reads
the whole table (150 ms at 10,000 offers).
"""

from django.db import migrations


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS careers_indexentry_text_gin "
            f"ON {table} USING gin ((title || body))"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS careers_indexentry_text_gin")


class Migration(migrations.Migration):
    dependencies = [("site_search", "0001_language_analysis")]

    operations = [migrations.RunPython(forwards, backwards)]
