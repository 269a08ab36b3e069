"""Typo correction's vocabulary and trigrams (search/spelling.py), Elasticsearch's fuzzy retry
(search/engine.py) and the headings indexed as their own field (core/search_text.py)."""

import pytest
from django.db import connection
from modelsearch.query import Fuzzy
from wagtail.blocks import StreamValue
from wagtail.search import index

from core.search_text import HEADINGS_BOOST, HEADINGS_FIELD, stream_headings
from guides.models import WelcomeGuidePage
from home.models import StandardPage
from search import spelling
from search.engine import backend_query

from .helpers import locale

pytestmark = pytest.mark.django_db


def test_trigram_similarity_is_pg_trgms():
    # "  logemnt " and "  logement ": 6 trigrams shared of 11.
    assert spelling.trigram_similarity("logemnt", "logement") == pytest.approx(6 / 11)
    assert spelling.trigram_similarity("logement", "logement") == 1
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT similarity('logemnt', 'logement'), similarity('accomodation', "
                "'accommodation'), similarity('teletravail', 'travail')"
            )
            in_database = cursor.fetchone()
        in_python = [
            spelling.trigram_similarity(*pair)
            for pair in [
                ("logemnt", "logement"),
                ("accomodation", "accommodation"),
                ("teletravail", "travail"),
            ]
        ]
        assert list(in_database) == pytest.approx(in_python)


def test_the_candidates_are_the_words_sharing_trigrams(django_assert_max_num_queries):
    fr = locale("fr")
    spelling.rebuild(fr)
    words = [row[0] for row in spelling.candidates("logemnt", fr)]
    assert "logement" in words
    assert "paludisme" not in words
    # The known words, then the candidates of each unknown word (PostgreSQL), or whether the
    # index kept in memory is still the table's (SQLite).
    with django_assert_max_num_queries(2):
        assert spelling.suggestion("logemnt", fr) == "logement"


def test_postgresql_answers_the_candidates_from_a_trigram_index():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchone() == ("pg_trgm",)
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'careers_indexedword_trgm'"
        )
        assert "gin_trgm_ops" in cursor.fetchone()[0]


def test_elasticsearch_searches_a_correction_with_fuzziness():
    fuzzy = backend_query("logement", "fr", "elasticsearch_fr", fuzzy=True)
    assert isinstance(fuzzy, Fuzzy)
    assert (fuzzy.query_string, fuzzy.operator) == ("logement", "and")
    # The database has no fuzzy match: the correction's words, with their synonyms.
    assert not isinstance(backend_query("logement", "fr", "default", fuzzy=True), Fuzzy)


# --- Headings ------------------------------------------------------------------------------


def test_headings_are_indexed_as_their_own_field_adding_to_the_body():
    fields = {
        field.field_name: field
        for field in StandardPage.get_search_fields()
        if isinstance(field, index.SearchField)
    }
    assert fields[HEADINGS_FIELD].boost == HEADINGS_BOOST
    # Their words are in the body too: the field adds its boost to the body's weight, less
    # than the summary and the title weigh.
    assert 0 < HEADINGS_BOOST < fields["intro"].boost < fields["title"].boost
    assert "body" in fields


def test_stream_headings_reads_heading_blocks_and_step_titles():
    page = StandardPage.objects.live().filter(locale=locale("fr")).first()
    stream = StreamValue(
        page.body.stream_block,
        [
            {"type": "heading", "value": {"text": "Télétravail", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Deux jours par semaine.</p>"},
            {"type": "faq", "value": {"heading": "Questions fréquentes", "items": []}},
        ],
        is_lazy=True,
    )
    assert stream_headings(stream, None, "<p>rich text</p>") == "Télétravail Questions fréquentes"
    guide = WelcomeGuidePage.objects.live().filter(locale=locale("fr")).first()
    step_titles = [step.value["title"] for step in guide.steps]
    assert all(title in guide.search_headings() for title in step_titles)


def test_sqlite_keeps_the_headings_in_their_own_weighted_column():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    guide = WelcomeGuidePage.objects.live().filter(locale=locale("fr")).first()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT fts.headings FROM wagtailsearch_indexentry_fts fts "
            "JOIN wagtailsearch_indexentry entry ON entry.id = fts.rowid "
            "WHERE entry.object_id = %s AND entry.content_type_id = %s",
            [str(guide.pk), guide.content_type_id],
        )
        assert cursor.fetchone()[0].startswith(guide.steps[0].value["title"])
