"""Structured logs (core/logging.py) and the request log (core/request_log.py)."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

from core.logging import Redact, build_logging
from core.request_log import HEADER

from .servers import database_url

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


def json_formatter():
    """The formatter production uses, built from the same configuration."""
    spec = dict(build_logging("json")["formatters"]["json"])
    return spec.pop("()")(**spec)


def written(records):
    """The records as the console handler writes them: filtered, then formatted as JSON."""
    formatter = json_formatter()
    redact = Redact()
    return [json.loads(formatter.format(record)) for record in records if redact.filter(record)]


def request_lines(caplog):
    return written(r for r in caplog.records if r.name == "careers_site.request")


@pytest.fixture
def request_log(caplog):
    caplog.set_level(logging.DEBUG, logger="careers_site.request")
    return caplog


def test_request_line_is_json_with_the_request_fields(client, request_log):
    response = client.get("/fr/", HTTP_X_REQUEST_ID="edge-42.a_b")
    [line] = request_lines(request_log)
    assert line["level"] == "INFO"
    assert line["logger"] == "careers_site.request"
    assert line["method"] == "GET"
    assert line["path"] == "/fr/"
    assert line["status"] == response.status_code == 200
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] > 0
    assert line["request_id"] == "edge-42.a_b"
    assert line["message"].startswith("GET /fr/ 200 ")
    # ISO 8601 in UTC.
    assert line["time"].endswith("+00:00") and "T" in line["time"]


def test_request_id_is_echoed(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="3f2a9c1e-7b4d-4e0a-9d1f-0c8b2a6e5d43")
    assert response[HEADER] == "3f2a9c1e-7b4d-4e0a-9d1f-0c8b2a6e5d43"


@pytest.mark.parametrize(
    "forged",
    [
        "abc\nINFO careers_site.request GET /admin/ 200",  # a forged log line
        "x" * 65,
        "<script>alert(1)</script>",
        "id with spaces",
        "",
    ],
)
def test_unsafe_request_id_is_replaced(client, request_log, forged):
    response = client.get("/healthz", HTTP_X_REQUEST_ID=forged)
    generated = response[HEADER]
    assert generated != forged
    assert len(generated) == 32 and int(generated, 16) >= 0
    [line] = request_lines(request_log)
    assert line["request_id"] == generated


def test_each_request_gets_its_own_id(client):
    assert client.get("/healthz")[HEADER] != client.get("/healthz")[HEADER]


def test_no_query_string_nor_address_in_the_log(client, request_log):
    client.get("/fr/offres/", {"q": "secret-word", "email": "someone@example.org"})
    client.get("/fr/someone@example.org/")
    lines = request_lines(request_log)
    assert [line["path"] for line in lines] == ["/fr/offres/", "/fr/[email]/"]
    # Every line, django.request's "Not Found: <path>" too.
    everything = written(request_log.records)
    assert "Not Found: /fr/[email]/" in [line["message"] for line in everything]
    text = json.dumps(everything)
    assert "secret-word" not in text
    assert "example.org" not in text
    assert "?" not in text


def test_alert_tokens_are_not_logged(client, request_log):
    token = "AbCdEf123456:1vX9zK:s1gnatureOfTheToken"
    response = client.get(f"/fr/alerts/manage/{token}/")
    assert response.status_code in (400, 410)
    [line] = [line for line in request_lines(request_log) if "alerts" in line["path"]]
    assert line["path"] == "/fr/alerts/manage/[token]/"
    # django.request's "Bad Request: <path>" line too.
    everything = json.dumps(written(request_log.records))
    assert "/fr/alerts/manage/[token]/" in everything
    assert token not in everything


def test_healthz_successes_are_quiet(client, request_log):
    client.get("/healthz")
    [record] = [r for r in request_log.records if r.name == "careers_site.request"]
    assert record.levelno == logging.DEBUG


@pytest.mark.urls("tests.ops_urls")
def test_server_error_is_one_json_line_with_its_traceback(request_log):
    request_log.set_level(logging.DEBUG, logger="django.request")
    client = Client(raise_request_exception=False)
    response = client.get("/ops-test/fail/", {"token": "signed-secret"})
    assert response.status_code == 500
    formatter = json_formatter()
    [error] = [r for r in request_log.records if r.name == "django.request"]
    line = formatter.format(error)
    assert "\n" not in line
    parsed = json.loads(line)
    assert parsed["level"] == "ERROR"
    assert "Traceback" in parsed["exc_info"] and "ValueError" in parsed["exc_info"]
    assert parsed["status_code"] == 500
    # The request object (its repr has the query string) is not written out.
    assert "request" not in parsed
    assert "signed-secret" not in line
    [access] = request_lines(request_log)
    assert access["status"] == 500 and access["path"] == "/ops-test/fail/"


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="LOG_FORMAT"):
        build_logging("xml")


def test_log_format_json_from_the_environment():
    """The settings read LOG_FORMAT: every line the process writes on stdout is JSON."""
    script = (
        "import logging;"
        "from django.test import Client;"
        "Client().get('/healthz', {'email': 'a@example.org'}, HTTP_X_REQUEST_ID='probe-1');"
        "logging.getLogger('careers_site.request').info('ready')"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "careers_site.settings.test",
        "DATABASE_URL": database_url(),
        "LOG_FORMAT": "json",
        "LOG_LEVEL": "DEBUG",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    request = [line for line in lines if line.get("request_id") == "probe-1"]
    assert len(request) == 1
    assert request[0]["path"] == "/healthz"
    assert lines[-1]["message"] == "ready"
    assert "example.org" not in result.stdout
