"""Optional error reporting (core/error_reporting.py), sent for real: a small HTTP server
on a loopback port plays the Sentry ingest endpoint and keeps the envelopes it receives."""

import gzip
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from wsgiref.util import setup_testing_defaults

import environ
import pytest
import sentry_sdk
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_started
from django.db import close_old_connections
from django.test import Client

from core.error_reporting import init_error_reporting, scrub

pytestmark = pytest.mark.django_db


@pytest.fixture
def ingest():
    """(port, envelopes received as (path, text))."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            encoding = self.headers.get("Content-Encoding", "")
            if encoding == "gzip":
                body = gzip.decompress(body)
            elif encoding == "br":
                import brotli

                body = brotli.decompress(body)
            received.append((self.path, body.decode("utf-8", "replace")))
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], received
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def reporting(ingest, monkeypatch):
    """Sentry started as the settings start it, then stopped: the rest of the session runs
    without a client."""
    port, received = ingest
    monkeypatch.setenv("SENTRY_DSN", f"http://public@127.0.0.1:{port}/1")
    monkeypatch.setenv("SENTRY_ENVIRONMENT", "ops-test")
    assert init_error_reporting(environ.Env()) is True
    try:
        yield received
    finally:
        sentry_sdk.get_client().close(timeout=2)
        sentry_sdk.get_global_scope().set_client(None)
        assert not sentry_sdk.get_client().is_active()


def wsgi_get(path, query, cookie, remote_addr):
    """A request through Django's WSGI handler, as gunicorn sends it: Sentry's Django
    integration reads the request and the user there (the test client bypasses it)."""
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "HTTP_COOKIE": cookie,
        "REMOTE_ADDR": remote_addr,
        "HTTP_USER_AGENT": "Mozilla/5.0 (test)",
    }
    setup_testing_defaults(environ)
    statuses = []
    # As Django's test client does: the request must not close the test's connection, whose
    # transaction is rolled back after the test.
    request_started.disconnect(close_old_connections)
    try:
        WSGIHandler()(environ, lambda status, headers, exc_info=None: statuses.append(status))
    finally:
        request_started.connect(close_old_connections)
    return int(statuses[0].split()[0])


@pytest.mark.urls("tests.ops_urls")
def test_an_error_reaches_the_service_without_personal_data(reporting, django_user_model, settings):
    client = Client()
    client.force_login(
        django_user_model.objects.create_user("irene.joliot", "irene.joliot@example.com")
    )
    session_key = client.cookies[settings.SESSION_COOKIE_NAME].value
    status = wsgi_get(
        "/ops-test/fail/",
        "token=signed-secret&email=visitor%40example.net",
        f"{settings.SESSION_COOKIE_NAME}={session_key}",
        "203.0.113.7",
    )
    assert status == 500
    sentry_sdk.flush(timeout=5)
    envelopes = [text for path, text in reporting if path == "/api/1/envelope/"]
    assert envelopes, "no envelope reached the ingest endpoint"
    events = [text for text in envelopes if '"type":"event"' in text.replace(" ", "")]
    assert events
    text = "\n".join(envelopes)
    assert "ValueError" in text
    assert "could not build the digest for [email]" in text
    assert '"environment":"ops-test"' in text.replace(" ", "")
    assert '"release":"0.1.0"' in text.replace(" ", "")
    # The integration did read the request: its address is there, without the query string.
    assert '"url":"http://127.0.0.1/ops-test/fail/"' in text.replace(" ", "")
    # The signed-in user's name and address, and the visitor's IP address, are never sent.
    for secret in (
        "example.org",
        "example.net",
        "signed-secret",
        session_key,
        "irene.joliot",
        "example.com",
        "203.0.113.7",
    ):
        assert secret not in text, text[max(0, text.find(secret) - 300) : text.find(secret) + 100]


def test_off_without_a_dsn(monkeypatch):
    monkeypatch.delenv("SENTRY_DSN", raising=False)
    assert init_error_reporting(environ.Env()) is False
    assert not sentry_sdk.get_client().is_active()


def test_scrub_removes_query_strings_and_addresses():
    event = {
        "request": {
            "url": "https://carrieres.example/fr/alerts/?kind=phd&email=a@b.org",
            "query_string": "kind=phd&email=a@b.org",
            "data": {"email": "a@b.org"},
            "cookies": {"sessionid": "x"},
        },
        "breadcrumbs": {
            "values": [
                {"category": "httplib", "data": {"url": "http://es:9200/_search?q=x@y.fr"}},
                {"message": "sent to someone@example.org"},
            ]
        },
        "exception": {"values": [{"type": "ValueError", "value": "bad a.b@c.fr"}]},
    }
    scrubbed = scrub(event)
    assert scrubbed["request"] == {"url": "https://carrieres.example/fr/alerts/"}
    assert scrubbed["breadcrumbs"]["values"][0]["data"]["url"] == "http://es:9200/_search"
    assert scrubbed["breadcrumbs"]["values"][1]["message"] == "sent to [email]"
    assert scrubbed["exception"]["values"][0]["value"] == "bad [email]"
