import io

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

    with django_db_blocker.unblock():
        databases = setup_databases(
            verbosity=request.config.option.verbose,
            interactive=False,
            keepdb=django_db_keepdb and not django_db_createdb,
            aliases={DEFAULT_DB_ALIAS},
            serialized_aliases=set(),  # no test uses serialized_rollback
        )
        call_command("load_demo_content", stdout=io.StringIO())
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(databases, verbosity=request.config.option.verbose)


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
