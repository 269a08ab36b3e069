"""The checks behind /healthz: database, cache and search, each timed.

Only the database decides whether an instance is healthy: without it no page can be served,
so a load balancer should send traffic elsewhere (503). The cache and the search engine are
optional at run time: with Redis down the cache ignores its errors and every page is built by
Django (slower, still correct); with Elasticsearch down search answers from the database
(search/engine.py). Reporting them as unhealthy would make a load balancer take every instance
out at once for a failure the site survives, so they make the status "degraded", answered 200.

The cache and search checks run in threads with a deadline (TIMEOUT): a component that hangs
(a firewall dropping packets, a stuck server) costs /healthz at most that long. The database is
checked in the request's own thread, on the connection pages use.
"""

import contextlib
import logging
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection

from search.engine import is_set_aside

logger = logging.getLogger(__name__)

TIMEOUT = 1.0  # seconds, for the cache and each search engine
OK, DEGRADED, ERROR = "ok", "degraded", "error"


def _timed(check):
    """Run `check()`; {"status", "latency_ms"} plus its details, or the error's type."""
    started = time.perf_counter()
    try:
        details = check() or {}
        result = {"status": OK, **details}
    except Exception as error:  # noqa: BLE001 - any failure of a component is reported as such
        # The type only: messages can hold host names or credentials (an Elasticsearch URL);
        # the operator finds the message in the log.
        logger.warning("Health check %s failed: %r", check.__name__, error)
        result = {"status": ERROR, "error": type(error).__name__}
    result["latency_ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def _in_thread(check, deadline):
    """Start `check` in a daemon thread; a function returning its result, or a timeout error
    once `deadline` (a perf_counter time) has passed."""
    box = {}
    started = time.perf_counter()

    def run():
        box["result"] = _timed(check)

    # A daemon thread: one stuck on a dead socket never delays a worker's exit, and ends when
    # the client library's own timeout fires.
    thread = threading.Thread(target=run, name=f"healthz-{check.__name__}", daemon=True)
    thread.start()

    def result():
        thread.join(max(0.0, deadline - time.perf_counter()))
        if "result" in box:
            return box["result"]
        logger.warning("Health check %s timed out after %.1f s", check.__name__, TIMEOUT)
        return {
            "status": ERROR,
            "error": "Timeout",
            "latency_ms": round((time.perf_counter() - started) * 1000, 1),
        }

    return result


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"vendor": connection.vendor}


def check_cache():
    """A write and a read of a key of its own: a cache that ignores its errors (django-redis
    with IGNORE_EXCEPTIONS) reads None back instead of raising, which counts as a failure."""
    key = f"healthz:{uuid.uuid4().hex}"
    value = uuid.uuid4().hex
    try:
        cache.set(key, value, timeout=10)
        if cache.get(key) != value:
            raise CacheRoundTripError("the value written was not read back")
    finally:
        # A failed delete changes nothing: the key expires on its own in 10 s.
        with contextlib.suppress(Exception):
            cache.delete(key)
    return {"backend": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]}


class CacheRoundTripError(Exception):
    pass


def engine_names():
    """The search backends other than the database one (Elasticsearch, one per language)."""
    return [name for name in settings.WAGTAILSEARCH_BACKENDS if name != "default"]


class EngineSetAside(Exception):
    """Search already saw this engine fail and answers from the database for a while."""


def engine_check(name):
    def check():
        from wagtail.search.backends import get_search_backend

        # Search set the engine aside after a failure (search/engine.py): report it at once,
        # instead of waiting for a hung engine again on every probe. The engine is probed
        # again when search tries it again.
        if is_set_aside(name):
            raise EngineSetAside("answering from the database until the engine is retried")
        client = get_search_backend(name).es
        # One attempt, a short timeout: an unreachable engine answers no faster on retry.
        info = client.options(request_timeout=TIMEOUT, max_retries=0).info()
        return {"version": info.get("version", {}).get("number")}

    check.__name__ = f"search_{name}"
    return check


def run_checks():
    """(HTTP status, body) of /healthz."""
    deadline = time.perf_counter() + TIMEOUT
    cache_check = _in_thread(check_cache, deadline)
    engines = {name: _in_thread(engine_check(name), deadline) for name in engine_names()}
    database = _timed(check_database)
    cache_result = cache_check()
    search = {
        # The database backend answers whenever the database does.
        "default": {
            "status": database["status"],
            "latency_ms": database["latency_ms"],
            "backend": "database",
        },
        **{name: result() for name, result in engines.items()},
    }
    # An engine down leaves search answering from the database: degraded, not failed.
    if search["default"]["status"] != OK:
        search_status = ERROR
    elif any(item["status"] != OK for item in search.values()):
        search_status = DEGRADED
    else:
        search_status = OK
    if database["status"] != OK:
        status = ERROR
    elif cache_result["status"] != OK or search_status != OK:
        status = DEGRADED
    else:
        status = OK
    body = {
        "status": status,
        "database": database,
        "cache": cache_result,
        "search": {
            "status": search_status,
            "latency_ms": max(item["latency_ms"] for item in search.values()),
            "backends": search,
        },
    }
    return (503 if status == ERROR else 200), body
