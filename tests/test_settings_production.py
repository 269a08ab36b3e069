"""Production settings refuse to start on an e-mail backend that prints, keeps or drops mail:
the console backend would write password-reset links (an account takeover) into the logs."""

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest

from loadtest.__main__ import base_environment

ROOT = Path(__file__).resolve().parents[1]
PRINT_EMAIL_SETTINGS = (
    "from django.conf import settings; print(settings.EMAIL_BACKEND, settings.EMAIL_FILE_PATH)"
)


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def start_production(**variables):
    """`manage.py check` under the production settings, with the secrets set and `variables`
    (None: the variable is unset)."""
    env = {key: value for key, value in os.environ.items() if key != "EMAIL_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="careers_site.settings.production",
        SECRET_KEY="a-production-grade-secret-" + "x" * 40,
        ALLOWED_HOSTS="carrieres.example.org",
    )
    for name, value in variables.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return manage(env, "check")


@pytest.mark.parametrize("url", [None, "consolemail://", "memorymail://", "dummymail://"])
def test_production_refuses_to_start_without_a_real_email_backend(url):
    result = start_production(EMAIL_URL=url)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "EMAIL_URL must name a real e-mail backend" in result.stderr


@pytest.mark.parametrize(
    "url", ["smtp+tls://user:password@relay.example.org:587", "filemail:////tmp/mail"]
)
def test_production_starts_with_smtp_or_an_explicit_mail_folder(url):
    result = start_production(EMAIL_URL=url)
    assert result.returncode == 0, result.stderr


def test_the_load_runs_start_production_with_mail_written_to_their_work_folder(tmp_path):
    env = base_environment(
        tmp_path, SimpleNamespace(url="redis://127.0.0.1:9/0"), SimpleNamespace(environment=dict)
    )
    result = manage(env, "shell", "-v0", "-c", PRINT_EMAIL_SETTINGS)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.core.mail.backends.filebased.EmailBackend",
        str(tmp_path / "mail"),
    ]


# --- Content-Security-Policy with media on S3 ------------------------------------------------

# The policy as the middleware sends it on a public page and on an admin page, and the address
# the media storage gives an image: what a browser compares.
PRINT_CSP_AND_MEDIA_URL = """
import json
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.test import RequestFactory
from core.security import ContentSecurityPolicyMiddleware

def img_src(path):
    middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponse())
    header = middleware(RequestFactory().get(path, secure=True))["Content-Security-Policy"]
    directives = [part.split() for part in header.split(";") if part.strip()]
    return next(sources for name, *sources in directives if name == "img-src")

print(json.dumps({
    "site": img_src("/fr/"),
    "admin": img_src("/admin/pages/"),
    "url": default_storage.url("images/photo.jpg"),
}))
"""
S3 = {
    "AWS_STORAGE_BUCKET_NAME": "careers-media",
    # Never used to reach anything: boto3 signs URLs locally.
    "AWS_ACCESS_KEY_ID": "AKIATESTONLY",
    "AWS_SECRET_ACCESS_KEY": "test-only-secret",
    "EMAIL_URL": "smtp+tls://user:password@relay.example.org:587",
}


def production_csp(**variables):
    env = {key: value for key, value in os.environ.items() if not key.startswith("AWS_")}
    env.pop("MEDIA_ORIGIN", None)
    env.update(
        DJANGO_SETTINGS_MODULE="careers_site.settings.production",
        SECRET_KEY="a-production-grade-secret-" + "x" * 40,
        ALLOWED_HOSTS="carrieres.example.org",
    )
    env.update({**S3, **variables})
    result = manage(env, "shell", "-v0", "-c", PRINT_CSP_AND_MEDIA_URL)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.mark.parametrize(
    "variables",
    [
        # An S3-compatible store, bucket as a host name of its own (boto3's choice) …
        {"AWS_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud", "AWS_S3_REGION_NAME": "fr-par"},
        # … or in the path.
        {"AWS_S3_ENDPOINT_URL": "https://s3.example.org:9000", "AWS_S3_ADDRESSING_STYLE": "path"},
        # AWS itself.
        {"AWS_S3_REGION_NAME": "eu-west-3"},
    ],
    ids=["endpoint", "endpoint-path-style", "aws"],
)
def test_the_csp_lets_pages_show_images_stored_on_s3(variables):
    found = production_csp(**variables)

    media = origin(found["url"])
    assert found["url"].startswith(media + "/") and "Signature" in found["url"]
    assert media in found["site"], (media, found["site"])
    assert media in found["admin"], (media, found["admin"])
    # Nothing broader than the media origin is allowed.
    assert "*" not in found["site"] and "https:" not in found["site"]


def test_a_cdn_in_front_of_the_bucket_is_allowed_too():
    found = production_csp(
        AWS_S3_ENDPOINT_URL="https://s3.fr-par.scw.cloud",
        MEDIA_ORIGIN="https://media.carrieres.example.org/",
    )

    assert "https://media.carrieres.example.org" in found["site"]
    assert origin(found["url"]) in found["site"]


def test_without_s3_images_come_from_the_site_only():
    found = production_csp(AWS_STORAGE_BUCKET_NAME="")

    assert found["url"] == "/media/images/photo.jpg"
    assert found["site"] == ["'self'"]
