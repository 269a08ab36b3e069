"""The vocabulary typo correction chooses from (search/spelling.py) is rebuilt by a scheduled
job, `update_search_vocabulary`, never inside a visitor's search."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import spelling
from search.models import IndexedWord

from .helpers import locale

pytestmark = pytest.mark.django_db


def test_the_job_rebuilds_every_languages_vocabulary_from_the_index():
    IndexedWord.objects.all().delete()
    out = io.StringIO()
    call_command("update_search_vocabulary", stdout=out)
    fr, en = locale("fr"), locale("en")
    logement = IndexedWord.objects.get(locale=fr, word="logement")
    assert logement.written == "logement" and logement.count > 1
    assert IndexedWord.objects.filter(locale=fr, word="teletravail").exists()  # folded
    assert IndexedWord.objects.filter(locale=en, word="housing").exists()
    report = out.getvalue()
    assert "fr: " in report and "en: " in report and " words " in report


def test_a_search_never_rebuilds_the_vocabulary(client):
    IndexedWord.objects.filter(locale=locale("fr")).delete()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/search/", {"q": "logemnt"})
    assert response.status_code == 200
    # Without a vocabulary there is nothing to suggest, and the search did not build one.
    assert "Vouliez-vous dire" not in response.content.decode()
    assert not IndexedWord.objects.filter(locale=locale("fr")).exists()
    table = IndexedWord._meta.db_table
    assert not [q["sql"] for q in queries if table in q["sql"] and "SELECT" not in q["sql"][:8]]


def test_a_rebuild_by_another_process_is_read_again():
    fr = locale("fr")
    spelling.rebuild(fr)
    first = spelling.trigram_index(fr)
    assert spelling.trigram_index(fr) is first  # kept while the table is unchanged
    IndexedWord.objects.filter(locale=fr, word="logement").delete()
    spelling.rebuild(fr)  # as the scheduled job does, in its own process
    again = spelling.trigram_index(fr)
    assert again is not first
    assert "logement" in [row[0] for row in again.close_to("logemnt")]
