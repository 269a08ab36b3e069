"""gunicorn.conf.py serves the portal: gunicorn started on a free loopback port with the test
settings and the session's test database (its committed demo content), then stopped."""

import json
import urllib.request

import pytest

from .servers import gunicorn_server

# The mark makes pytest-django set the test database up; gunicorn's workers read its committed
# demo content through their own connections.
pytestmark = pytest.mark.django_db


@pytest.fixture
def gunicorn(tmp_path):
    log_path = tmp_path / "gunicorn.log"
    with gunicorn_server(log_path) as base, log_path.open() as log:
        yield base, log


def get(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def test_serves_healthz_and_a_page(gunicorn):
    base, log = gunicorn
    status, headers, body = get(base + "/healthz")
    assert status == 200
    health = json.loads(body)
    assert health["status"] == "ok"
    assert health["database"]["vendor"] == "postgresql"

    status, headers, body = get(base + "/fr/", **{"X-Request-ID": "gunicorn-test-1"})
    assert status == 200
    assert b'<html lang="fr"' in body
    assert headers["X-Request-ID"] == "gunicorn-test-1"

    # gunicorn's own lines and the app's are JSON lines; the request has its line, and
    # gunicorn writes no access line of its own.
    log.flush()
    log.seek(0)
    lines = [json.loads(line) for line in log.read().splitlines() if line.startswith("{")]
    assert any(line["logger"] == "gunicorn.error" for line in lines)
    [page] = [line for line in lines if line.get("request_id") == "gunicorn-test-1"]
    assert page["path"] == "/fr/" and page["status"] == 200
    assert not [line for line in lines if line["logger"] == "gunicorn.access"]
