"""Browser tests: Playwright drives Debian's Chromium against a real server process.

The server is `manage.py runserver` in its own process. What it reads and writes is the
browser tests' own database: a copy of the test database that tests/conftest.py filled with
the demo content, made afresh at the start of each run and dropped at its end
(`browser_database`). Whatever a browser test sends through the server (alerts, answers,
pages, sign-ins) stays in the copy: the shared test database is left as it was, so any
other test passes after the browser tests, with or without `--reuse-db`.
"""

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import OperationalError, connections

from ..servers import database_url, free_port
from .chromium import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls from a
# thread with a running loop unless told that this is deliberate (our calls stay synchronous).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@contextmanager
def using(name):
    """Django's connections (every thread's and event loop's) on database `name` meanwhile."""
    params = connections["default"].settings_dict
    previous = params["NAME"]
    connections.close_all()
    params["NAME"] = name
    try:
        yield
    finally:
        connections.close_all()
        params["NAME"] = previous


@pytest.fixture(scope="session")
def browser_database(django_db_setup, django_db_blocker):
    """The name of the browser tests' own database: a copy of the test database, demo content
    included (PostgreSQL: CREATE DATABASE … TEMPLATE; SQLite: a copy of the file), made
    afresh for each run and dropped at its end."""
    connection = connections["default"]
    source = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite" and ("memory" in source or not source):
        pytest.skip("an in-memory SQLite test database cannot be shared with a server process")
    with django_db_blocker.unblock():
        connections.close_all()
        if connection.vendor == "sqlite":
            copy = source + ".browser"
            shutil.copyfile(source, copy)
        else:
            copy = source + "_browser"
            _postgres_copy(connection, source, copy)
    yield copy
    with django_db_blocker.unblock():
        connections.close_all()
        if connection.vendor == "sqlite":
            os.remove(copy)
        else:
            with connection._nodb_cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{copy}"')


def _postgres_copy(connection, source, copy):
    # CREATE DATABASE … TEMPLATE needs the source without sessions: this process's were just
    # closed, and the server closes a session a moment after the client has gone.
    deadline = time.monotonic() + 30
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{copy}"')
        while True:
            try:
                cursor.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{source}"')
                return
            except OperationalError as error:  # "being accessed by other users"
                if "other users" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.5)


@pytest.fixture(autouse=True)
def on_browser_database(browser_database, django_db_blocker):
    """Each browser test's ORM calls (the `database()` blocks) read the copy the server uses."""
    with using(browser_database):
        yield


@pytest.fixture(scope="session")
def server_url(browser_database):
    port = free_port()
    with using(browser_database):
        url_of_database = database_url()
    env = {
        **os.environ,
        "DATABASE_URL": url_of_database,
        "DJANGO_SETTINGS_MODULE": "careers_site.settings.test",
    }
    ARTIFACTS.mkdir(exist_ok=True)
    log = open(ARTIFACTS / "browser-server.log", "w")
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1)
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError("the test server did not start: see test-artifacts/") from None
            time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(timeout=10)
    log.close()


@contextmanager
def database(django_db_blocker):
    """ORM access from a browser test, to the committed data the server process reads.

    Playwright's event loop gives this code its own connection (Django's connections are
    context-local): it is closed on the way out, or it would keep the test database from
    being dropped at the end of the run.
    """
    with django_db_blocker.unblock():
        try:
            yield
        finally:
            connections.close_all()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: scripts/test.sh installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """Pages in fresh browser contexts; any Content-Security-Policy violation fails the test.

    Chromium reports a blocked script, style, image or frame on the console, so every browser
    test also checks that the policy allows what the pages need.
    """
    contexts = []
    violations = []

    def record(message):
        if "Content Security Policy" in message.text:
            violations.append(f"{message.page.url if message.page else ''}: {message.text}")

    def make(locale="fr-FR", width=1280, height=900):
        context = browser.new_context(locale=locale, viewport={"width": width, "height": height})
        context.on("console", record)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(violations)
