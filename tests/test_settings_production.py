"""Production settings refuse to start on an e-mail backend that prints, keeps or drops mail:
the console backend would write password-reset links (an account takeover) into the logs."""

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

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
