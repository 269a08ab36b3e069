"""A database outage, for real: gunicorn reaches PostgreSQL through a TCP proxy that the tests
cut, as a restart or a fail-over cuts every connection and refuses new ones for a moment.

Pages read during a short outage are retried and served; a longer one gets the 503 page,
never a 500; a form sent meanwhile is not replayed (core/database_outage.py).
"""

import http.cookiejar
import re
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.db import connection

from .servers import TcpProxy, gunicorn_server

# The mark makes pytest-django set the test database up; gunicorn reads its committed demo.
pytestmark = pytest.mark.django_db


@pytest.fixture
def proxy():
    settings = connection.settings_dict
    proxy = TcpProxy((settings["HOST"] or "127.0.0.1", int(settings["PORT"] or 5432)))
    yield proxy
    proxy.close()


@pytest.fixture
def site(proxy, tmp_path):
    """One worker, with production's persistent, health-checked connections, through the proxy."""
    settings = connection.settings_dict
    url = f"postgres://{settings['USER'] or 'postgres'}@127.0.0.1:{proxy.port}/{settings['NAME']}"
    environment = {
        "DATABASE_URL": url,
        "CONN_MAX_AGE": "60",
        "CONN_HEALTH_CHECKS": "True",
        "WEB_CONCURRENCY": "1",
    }
    with gunicorn_server(tmp_path / "gunicorn.log", **environment) as base:
        yield base


def fetch(url, data=None, opener=None):
    """(status, headers, body, seconds) of a GET, or a POST with `data`."""
    request = urllib.request.Request(url, data=data)
    started = time.monotonic()
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=15) as response:
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    return status, headers, body.decode(), time.monotonic() - started


def test_a_page_read_during_a_short_outage_is_served(site, proxy):
    assert fetch(site + "/fr/offres/")[0] == 200  # the worker holds a connection
    proxy.cut_for(0.4)
    status, _headers, body, seconds = fetch(site + "/fr/offres/")
    assert status == 200, body[:300]
    assert "Offres d’emploi" in body
    # Retried, not answered at once: the first retry waits 0.2 s (a lower bound never flakes:
    # load only makes it slower). No upper bound: fetch()'s 15 s timeout is one.
    assert seconds >= 0.2


def test_a_longer_outage_gets_the_503_page_then_the_site_comes_back(site, proxy, tmp_path):
    assert fetch(site + "/en/")[0] == 200
    # A visitor opened the questionnaire before the outage (its form holds a CSRF token).
    visitor = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    questionnaire = site + "/fr/votre-avis-compte/questionnaire-auto-evaluation/"
    status, _headers, body, _seconds = fetch(questionnaire, opener=visitor)
    assert status == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
    proxy.cut()
    status, headers, body, seconds = fetch(site + "/en/")
    assert status == 503
    assert headers["Retry-After"] == "5" and "no-store" in headers["Cache-Control"]
    assert '<html lang="fr">' in body and '<div lang="en">' in body
    assert "Service briefly unavailable" in body
    # The reads were retried for 1.7 s before the 503 (a lower bound: load only adds to it).
    assert seconds > 1.5
    # A form sent meanwhile is not replayed: the 503 at once, asking to send it again.
    form = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "comments": "Bravo"}).encode()
    status, _headers, body, seconds = fetch(questionnaire, data=form, opener=visitor)
    assert status == 503 and "envoyez-le de nouveau" in body
    # Not retried: read from the server's log rather than a clock (a timing would flake).
    log = (tmp_path / "gunicorn.log").read_text()
    assert "the GET is tried again" in log and "the POST is tried again" not in log
    proxy.restore()
    status, _headers, body, _seconds = fetch(site + "/en/")
    assert status == 200 and "Careers at Inserm" in body
