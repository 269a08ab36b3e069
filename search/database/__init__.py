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

from django.conf import settings
from django.db import connection

# PostgreSQL text search configurations, one per site language (see migration 0001).
TEXT_SEARCH_CONFIGS = {"fr": "careers_fr", "en": "careers_en"}


def text_search_config(language):
    configs = TEXT_SEARCH_CONFIGS
    return configs.get((language or "")[:2], configs[settings.LANGUAGE_CODE[:2]])


def language_of(obj):
    """The language an object is written in: its locale's, or the site's main language."""
    locale = getattr(obj, "locale", None)
    return locale.language_code if locale is not None else settings.LANGUAGE_CODE


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


def ranked_objects(queryset, rows):
    """The objects of `queryset` for rows of (index id as text, total matches), in order."""
    ids = [int(object_id) for object_id, _ in rows]
    objects = queryset.in_bulk(ids)
    ranked = RankedObjects(objects[pk] for pk in ids if pk in objects)
    ranked.total = rows[0][1] if rows else None
    return ranked


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
