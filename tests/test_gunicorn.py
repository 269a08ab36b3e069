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


def config(monkeypatch, **environment):
    """gunicorn.conf.py's settings for an environment (its defaults when `environment` is empty)."""
    import runpy
    from pathlib import Path

    for name in ("WEB_CONCURRENCY", "GUNICORN_THREADS", "GUNICORN_MAX_REQUESTS",
                 "GUNICORN_MAX_REQUESTS_JITTER", "GUNICORN_KEEPALIVE"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(Path(__file__).parent.parent / "gunicorn.conf.py"))


@pytest.mark.django_db(False)
def test_the_defaults_are_the_measured_ones(monkeypatch):
    """docs/deployment.md gives the measures: gthread workers keep the proxy's connections and
    do not idle on I/O; recycling is rare and spread so workers never restart together."""
    import multiprocessing
    import re
    from pathlib import Path

    defaults = config(monkeypatch)
    assert defaults["worker_class"] == "gthread" and defaults["threads"] == 4
    assert defaults["workers"] == multiprocessing.cpu_count() + 1
    assert defaults["max_requests"] >= 100_000
    assert defaults["max_requests_jitter"] >= defaults["max_requests"] // 4
    # gunicorn keeps idle connections longer than the proxy does, so the proxy never sends a
    # request on a connection gunicorn is closing.
    template = (Path(__file__).parent.parent / "loadtest" / "nginx.conf.template").read_text()
    proxy_idle = int(re.search(r"upstream app \{[^}]*keepalive_timeout (\d+)s;", template)[1])
    assert defaults["keepalive"] > proxy_idle
    # One thread: the sync worker.
    assert config(monkeypatch, GUNICORN_THREADS="1")["worker_class"] == "sync"
