"""/healthz: database, cache and search status for load balancers (careers_site/health.py).

Real components where they run here: PostgreSQL, a redis-server started by the test, closed
and silent loopback ports for a Redis or an Elasticsearch that is down or hangs. Only the
database outage is simulated (its cursor raises): a real one is covered by the fault runs of
scripts/load.sh.
"""

import time
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import OperationalError
from django.test import override_settings

from search.config import elasticsearch_backends
from search.engine import set_aside

from .servers import free_port, redis_cache, redis_server, silent_server

pytestmark = pytest.mark.django_db

DATABASE_SEARCH = {"default": {"BACKEND": "search.database"}}


def engines_at(port):
    return {
        **DATABASE_SEARCH,
        **elasticsearch_backends(f"http://127.0.0.1:{port}", index_prefix="ops_healthz_"),
    }


def test_healthy(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["status"] == "ok"
    assert body["database"]["vendor"] == "postgresql"
    assert body["cache"] == {
        "status": "ok",
        "backend": "LocMemCache",
        "latency_ms": body["cache"]["latency_ms"],
    }
    assert body["search"]["status"] == "ok"
    assert list(body["search"]["backends"]) == ["default"]
    for part in ("database", "cache", "search"):
        assert isinstance(body[part]["latency_ms"], float)
        assert body[part]["latency_ms"] >= 0
    assert body["version"] == "0.1.0"


def test_version_from_the_environment(client, monkeypatch):
    monkeypatch.setenv("APP_VERSION", "2026.11.21-abc1234")
    assert client.get("/healthz").json()["version"] == "2026.11.21-abc1234"


def test_headers_no_cache_no_cookie(client):
    response = client.get("/healthz")
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert not response.cookies
    assert "Set-Cookie" not in response
    assert response["X-Request-ID"]


def test_one_query(client, django_assert_num_queries):
    """SELECT 1 only: no session read, no site or page lookup."""
    client.get("/healthz")  # warm-up: Django's per-process caches
    with django_assert_num_queries(1) as captured:
        assert client.get("/healthz").status_code == 200
    assert captured.captured_queries[0]["sql"] == "SELECT 1"


def test_database_down_is_503(client):
    with mock.patch(
        "django.db.backends.utils.CursorWrapper.execute",
        side_effect=OperationalError("connection refused"),
    ):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["database"]["status"] == "error"
    assert body["database"]["error"] == "OperationalError"
    # The other components are still reported, and the database backend of search with it.
    assert body["cache"]["status"] == "ok"
    assert body["search"]["status"] == "error"
    assert body["search"]["backends"]["default"]["status"] == "error"


def test_real_redis_is_ok(client):
    with redis_server() as port, override_settings(CACHES=redis_cache(port)):
        response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["cache"]["status"] == "ok"
    assert body["cache"]["backend"] == "RedisCache"


def test_redis_down_fail_open_is_degraded_not_503(client):
    """django-redis ignores its errors (as production is configured): set() drops the value and
    get() reads None, so the round trip detects the outage although nothing raises."""
    with override_settings(CACHES=redis_cache(free_port())):
        response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["database"]["status"] == "ok"
    assert body["cache"]["status"] == "error"
    assert body["cache"]["error"] == "CacheRoundTripError"


def test_redis_down_raising_is_degraded(client):
    settings = redis_cache(free_port(), IGNORE_EXCEPTIONS=False)
    with override_settings(CACHES=settings, DJANGO_REDIS_IGNORE_EXCEPTIONS=False):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["cache"] == {
        "status": "error",
        "error": "ConnectionError",
        "latency_ms": response.json()["cache"]["latency_ms"],
    }


def test_redis_that_hangs_costs_about_one_second(client):
    """A peer that accepts and never answers, and no socket timeout: the check's deadline."""
    with silent_server() as port:
        settings = redis_cache(port, SOCKET_CONNECT_TIMEOUT=None, SOCKET_TIMEOUT=None)
        with override_settings(CACHES=settings):
            started = time.monotonic()
            response = client.get("/healthz")
            elapsed = time.monotonic() - started
    assert response.status_code == 200
    assert response.json()["cache"]["error"] == "Timeout"
    # A bound on purpose: without the check's deadline (careers_site/health.py TIMEOUT, 1 s)
    # this request would never end. 10 s: ten times the deadline, a margin no load on a
    # 2-core machine reaches, still far from "never".
    assert elapsed < 10


def test_elasticsearch_unreachable_is_degraded(client):
    with override_settings(WAGTAILSEARCH_BACKENDS=engines_at(free_port())):
        response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    search = body["search"]
    assert search["status"] == "degraded"  # the database backend still answers
    assert set(search["backends"]) == {"default", "elasticsearch_fr", "elasticsearch_en"}
    assert search["backends"]["default"]["status"] == "ok"
    for name in ("elasticsearch_fr", "elasticsearch_en"):
        assert search["backends"][name]["status"] == "error"
        # Refused at once; on a loaded machine the check's 1 s deadline can come first (seen
        # on a shared 2-core machine): both say the engine cannot be reached.
        assert search["backends"][name]["error"] in {"ConnectionError", "Timeout"}
    assert body["cache"]["status"] == "ok"


def test_elasticsearch_that_hangs_answers_within_two_seconds(client):
    with silent_server() as port, override_settings(WAGTAILSEARCH_BACKENDS=engines_at(port)):
        started = time.monotonic()
        response = client.get("/healthz")
        elapsed = time.monotonic() - started
    assert response.status_code == 200
    backends = response.json()["search"]["backends"]
    assert backends["elasticsearch_fr"]["status"] == "error"
    assert backends["elasticsearch_fr"]["error"] in {"Timeout", "ConnectionTimeout"}
    # A bound on purpose (the 1 s deadline, not the client's default 10 s per attempt with
    # retries); 8 s is wide enough never to flake on a loaded 2-core machine.
    assert elapsed < 8


def test_an_engine_search_set_aside_is_reported_without_waiting_for_it(client, monkeypatch):
    """While search answers from the database after an engine failure, /healthz says so at
    once instead of probing the hung engine again (one second each time).

    Whether it probed is read from the calls, not from the clock (a timing would flake on a
    loaded machine)."""
    import wagtail.search.backends

    asked = []
    real = wagtail.search.backends.get_search_backend

    def recording(*args, **kwargs):
        asked.append(args[0] if args else kwargs.get("backend", "default"))
        return real(*args, **kwargs)

    monkeypatch.setattr(wagtail.search.backends, "get_search_backend", recording)
    with silent_server() as port, override_settings(WAGTAILSEARCH_BACKENDS=engines_at(port)):
        set_aside("elasticsearch_fr")
        set_aside("elasticsearch_en")
        response = client.get("/healthz")
        not_probed = [name for name in asked if name != "default"]
        cache.clear()  # search retries the engine: so does /healthz
        probed = client.get("/healthz").json()["search"]["backends"]["elasticsearch_fr"]
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    for name in ("elasticsearch_fr", "elasticsearch_en"):
        assert body["search"]["backends"][name]["status"] == "error"
        assert body["search"]["backends"][name]["error"] == "EngineSetAside"
    assert not_probed == []
    assert probed["error"] in {"Timeout", "ConnectionTimeout"}
    assert {"elasticsearch_fr", "elasticsearch_en"} <= set(asked)


def test_error_details_do_not_leak_credentials(client):
    backends = {
        **DATABASE_SEARCH,
        **elasticsearch_backends(f"http://elastic:s3cret@127.0.0.1:{free_port()}"),
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        response = client.get("/healthz")
    assert b"s3cret" not in response.content
    assert b"elastic:" not in response.content
