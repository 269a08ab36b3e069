"""Who keeps the search synonyms (admin › Snippets › Search synonyms): editors and moderators
write the site's search vocabulary like its search promotions; translators and recruiters
do not (README's roles table)."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

ADD = "/admin/snippets/site_search/synonym/add/"


@pytest.mark.parametrize(
    ("username", "allowed"),
    [
        ("editrice", True),
        ("moderatrice", True),
        ("administratrice", True),
        ("translator", False),
        ("recruteur", False),
    ],
)
def test_who_may_add_a_search_synonym(client, username, allowed):
    user = get_user_model().objects.get(username=username)
    assert user.has_perm("site_search.add_synonym") is allowed
    assert user.has_perm("site_search.change_synonym") is allowed
    client.force_login(user)
    response = client.get(ADD)
    assert (response.status_code == 200) is allowed
