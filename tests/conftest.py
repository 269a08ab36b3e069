import io

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The whole bilingual demo site, loaded once and committed: every test starts from it.

    Tests that use `db` run inside a transaction rolled back afterwards, so the demo content
    stays as loaded; the browser tests' server process reads the same committed data.
    """
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=io.StringIO())


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
