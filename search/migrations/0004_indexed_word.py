"""The vocabulary typo correction chooses from (search.spelling), with a trigram index on
PostgreSQL: pg_trgm is a trusted extension since PostgreSQL 13, so the database's owner may
create it, like `unaccent` (migration 0001). SQLite compares the words in Python."""

import django.db.models.deletion
from django.db import migrations, models


def trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        table = apps.get_model("site_search", "IndexedWord")._meta.db_table
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS careers_indexedword_trgm "
            f"ON {table} USING gin (word gin_trgm_ops)"
        )


def no_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # The extension stays: other database objects may use it.
        schema_editor.execute("DROP INDEX IF EXISTS careers_indexedword_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0003_synonym"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="IndexedWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("word", models.CharField(max_length=40)),
                ("written", models.CharField(max_length=40)),
                ("count", models.PositiveIntegerField()),
                (
                    "locale",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="wagtailcore.locale",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("locale", "word"), name="unique_indexed_word")
                ],
            },
        ),
        migrations.RunPython(trigram_index, no_trigram_index),
    ]
