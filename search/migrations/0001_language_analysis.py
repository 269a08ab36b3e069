"""Teach the database search index French and English (see search/database.py).

PostgreSQL: two text search configurations, copies of the built-in French and English ones
whose word mappings first strip accents (`unaccent`, a trusted extension since PostgreSQL 13)
then stem. SQLite: rebuild the FTS5 table with the Porter stemmer over a diacritic-folding
tokenizer. Both run again harmlessly; existing index entries should be rebuilt afterwards with
`manage.py update_index` (a new database is indexed as content is created).
"""

from django.db import migrations

LANGUAGES = {"careers_fr": "french", "careers_en": "english"}
SQLITE_TOKENIZER = "porter unicode61 remove_diacritics 2"


def postgres_configurations(schema_editor):
    statements = ["CREATE EXTENSION IF NOT EXISTS unaccent"]
    for name, language in LANGUAGES.items():
        statements += [
            f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}",
            f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{language})",
            # `word`, `hword` and `hword_part` are the tokens with non-ASCII letters.
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR word, hword, hword_part WITH unaccent, {language}_stem",
        ]
    for statement in statements:
        schema_editor.execute(statement)


def sqlite_fts_table(schema_editor, tokenizer):
    from modelsearch.conf import get_app_config

    entries = get_app_config().get_model("IndexEntry")._meta.db_table
    fts = f"{entries}_fts"
    tokenize = f", tokenize = '{tokenizer}'" if tokenizer else ""
    # The insert/update/delete triggers on the entries table refer to the FTS table by name,
    # so they keep working once it is recreated.
    for statement in [
        f"DROP TABLE IF EXISTS {fts}",
        f"CREATE VIRTUAL TABLE {fts} USING fts5(autocomplete, body, title{tokenize})",
        f"INSERT INTO {fts}(rowid, title, body, autocomplete) "
        f"SELECT id, title, body, autocomplete FROM {entries}",
    ]:
        schema_editor.execute(statement)


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        postgres_configurations(schema_editor)
    elif vendor == "sqlite":
        sqlite_fts_table(schema_editor, SQLITE_TOKENIZER)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        for name in LANGUAGES:
            schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
    elif vendor == "sqlite":
        sqlite_fts_table(schema_editor, None)


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(forwards, backwards)]
