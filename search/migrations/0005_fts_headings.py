"""SQLite: a `headings` column in the FTS5 table, weighted between title and body
(search/database/sqlite.py). Wagtail's triggers copy title, body and autocomplete from the
entries table and leave it alone; the backend's index fills it. Rebuild the index afterwards
(`manage.py update_index`) to fill it for existing pages. PostgreSQL needs nothing: the
headings are a weighted part of each entry's body vector."""

from django.db import migrations

TOKENIZER = "porter unicode61 remove_diacritics 2"


def fts_table(schema_editor, columns):
    from modelsearch.conf import get_app_config

    entries = get_app_config().get_model("IndexEntry")._meta.db_table
    fts = f"{entries}_fts"
    for statement in [
        f"DROP TABLE IF EXISTS {fts}",
        f"CREATE VIRTUAL TABLE {fts} USING fts5({', '.join(columns)}, tokenize = '{TOKENIZER}')",
        f"INSERT INTO {fts}(rowid, title, body, autocomplete) "
        f"SELECT id, title, body, autocomplete FROM {entries}",
    ]:
        schema_editor.execute(statement)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        fts_table(schema_editor, ["autocomplete", "body", "title", "headings"])


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        fts_table(schema_editor, ["autocomplete", "body", "title"])


class Migration(migrations.Migration):
    dependencies = [("site_search", "0004_indexed_word")]

    operations = [migrations.RunPython(forwards, backwards)]
