"""Security headers on every kind of response: pages, the admin, errors; production's checks."""

import os
import subprocess
import sys
from pathlib import Path

import environ
import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import path

from careers_site import urls as site_urls
from core.security import https_settings
from offers.models import OfferPage

ROOT = Path(__file__).resolve().parents[1]
# What production adds with its defaults (no variable set), applied to the test settings.
PRODUCTION_HTTPS = https_settings(environ.Env())


def crash(request):
    raise RuntimeError("a bug")


urlpatterns = [path("crash/", crash), *site_urls.urlpatterns]


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions
    csp = directives(response)
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["default-src"] == ["'self'"]


def assert_strict_policy(response):
    assert_common_headers(response)
    csp = directives(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def offer_url():
    return OfferPage.objects.open().filter(locale__language_code="fr").first().url


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/fr/",
        "/en/",
        "/fr/offres/",
        "/fr/offres/?kind=postdoc&page=abc",
        "offer",
        "/en/welcome-to-france/",
        "/fr/search/?q=logement",
        "/fr/alerts/?kind=postdoc",
        "/sitemap.xml",
        "/sitemap-pages.xml",
        "/healthz",
        "/admin/login/",
    ],
)
def test_pages_and_admin_login_carry_every_header(client, url):
    response = client.get(offer_url() if url == "offer" else url)
    assert response.status_code == 200
    assert_strict_policy(response)


@pytest.mark.django_db
def test_errors_carry_every_header(client):
    not_found = client.get("/fr/no-such-page/")
    assert not_found.status_code == 404
    assert_strict_policy(not_found)

    csrf_client = client.__class__(enforce_csrf_checks=True)
    refused = csrf_client.post("/fr/alerts/", {"email": "a@example.org"})
    assert refused.status_code == 403
    assert_strict_policy(refused)

    with override_settings(ROOT_URLCONF=__name__):
        client.raise_request_exception = False
        crashed = client.get("/crash/")
    assert crashed.status_code == 500
    assert_strict_policy(crashed)
    assert b"<style" not in crashed.content


@pytest.mark.django_db
def test_the_admin_allows_only_the_inline_code_wagtail_needs(client):
    client.force_login(get_user_model().objects.get(username="admin"))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert_common_headers(response)
    csp = directives(response)
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    # The live preview frames an admin URL; nothing else may frame the admin.
    assert csp["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_https_headers_and_cookies_in_production(client):
    with override_settings(**PRODUCTION_HTTPS):
        plain = client.get("/fr/")
        assert plain.status_code == 301
        assert plain["Location"] == "https://testserver/fr/"

        page = client.get("/fr/", secure=True)
        assert page["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
        assert_strict_policy(page)

        login = client.get("/admin/login/", secure=True)
        csrf = login.cookies["csrftoken"]
        assert csrf["secure"] and csrf["httponly"] and csrf["samesite"] == "Lax"

        signed_in = client.post(
            "/admin/login/",
            {
                "username": "admin",
                "password": "inserm-demo",
                "remember": "on",
                "csrfmiddlewaretoken": csrf.value,
            },
            secure=True,
        )
        assert signed_in.status_code == 302
        session = signed_in.cookies["sessionid"]
        assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
        # Even "remember me" ends an editor's session after a working day without activity.
        assert session["max-age"] == 8 * 3600


def check_deploy(**variables):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "SECRET_KEY", "SITE_URL"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="careers_site.settings.production",
        SECRET_KEY="a-production-grade-secret-" + "x" * 40,
        ALLOWED_HOSTS="carrieres.example.org",
        EMAIL_URL="smtp+tls://careers:password@relay.example.org:587",
        **variables,
    )
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy():
    result = check_deploy(SITE_URL="https://carrieres.example.org")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.parametrize(
    ("site_url", "check_id"),
    [(None, "core.E001"), ("https://autre.example.net", "core.E002")],
)
def test_check_deploy_fails_without_the_public_address(site_url, check_id):
    """Production has no default SITE_URL: feeds and e-mails would name 127.0.0.1."""
    result = check_deploy(**({"SITE_URL": site_url} if site_url else {}))
    assert result.returncode != 0
    assert check_id in result.stderr + result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {key: value for key, value in os.environ.items() if key != "SECRET_KEY"}
    env.update(DJANGO_SETTINGS_MODULE="careers_site.settings.production", ALLOWED_HOSTS="x")
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
