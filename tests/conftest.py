import io
import os

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
):
    """The test database with the whole bilingual demo site, loaded once and committed: every
    test starts from it.

    Tests that use `db` run inside a transaction rolled back afterwards, so the demo content
    stays as loaded. The browser tests' server process works on a copy of it, made after the
    demo content is loaded (tests/browser/conftest.py), so what they write stays there.

    This replaces pytest-django's fixture, which creates a database only when a selected test
    asks for one with the `db` fixture or a `django_db` mark: the browser tests reach it
    through their server process and ask for neither, so running one of their files alone
    found no test database.
    """
    from django.db import DEFAULT_DB_ALIAS
    from django.test.utils import setup_databases, teardown_databases

    # The mutation check's database mode (scripts/mutation.sh --database) runs a test session
    # per mutant: it keeps the loaded database between sessions instead of migrating and
    # loading it again each time (two minutes), unless --create-db asks for a fresh one.
    kept = os.environ.get("CAREERS_KEEP_DEMO_DATABASE") == "1"
    if kept:
        # mutmut runs its sessions in one process and forks the mutants' from it: the local
        # memory cache would carry pages and counts from a session whose database changes
        # were rolled back.
        from django.core.cache import cache

        cache.clear()
    with django_db_blocker.unblock():
        databases = None if django_db_createdb or not kept else _kept_demo_database()
        if databases is None:
            databases = setup_databases(
                verbosity=request.config.option.verbose,
                interactive=False,
                keepdb=(django_db_keepdb or kept) and not django_db_createdb,
                aliases={DEFAULT_DB_ALIAS},
                serialized_aliases=set(),  # no test uses serialized_rollback
            )
            call_command("load_demo_content", stdout=io.StringIO())
    yield
    if kept:
        # Back to the configured name, connection closed, database kept: the next session in
        # this process (mutmut's) finds it, and processes forked from this one inherit no
        # open connection to share.
        with django_db_blocker.unblock():
            teardown_databases(databases, verbosity=0, keepdb=True)
    elif not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(databases, verbosity=request.config.option.verbose)


def _kept_demo_database():
    """Points the connection at the test database when an earlier session left it migrated
    and loaded (the demo administrator, created last, is there); None otherwise."""
    from django.contrib.auth import get_user_model
    from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

    connection = connections[DEFAULT_DB_ALIAS]
    configured = connection.settings_dict["NAME"]
    test_name = connection.creation._get_test_db_name()
    connection.close()
    connection.settings_dict["NAME"] = test_name
    try:
        if get_user_model().objects.filter(username="admin").exists():
            # What teardown_databases expects: (connection, old name, destroy) per database.
            return [(connection, configured, True)]
    except DatabaseError:
        pass
    connection.close()
    connection.settings_dict["NAME"] = configured
    return None


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache. Each test's database changes are rolled back,
    the cache's are not: a listing counted with an offer a test published, or a synonym it
    saved, would be served to the tests after it, and a subset of the suite could fail in
    an order the whole suite never runs (the mutation check runs the fastest first)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def fr_client(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "fr"
    return client


@pytest.fixture
def english_admin(client):
    """The demo administrator, signed in, with the admin in English."""
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="admin"))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client
