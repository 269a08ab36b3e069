"""The admin's password-reset form: limited per client address and per e-mail address asked
for, with the form shown again and a clear message (HTTP 429), never an error page."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

pytestmark = pytest.mark.django_db

RESET = "/admin/password_reset/"
HERE = "192.0.2.10"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("reset-editor", "reset-editor@example.org", "x")


def ask(client, email, address=HERE, language="en"):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE=language)


def test_one_client_asks_for_a_few_resets_an_hour(client, settings, editor):
    settings.PASSWORD_RESET_PER_CLIENT = 3
    answers = [ask(client, f"someone-{number}@example.org") for number in range(3)]
    assert [answer.status_code for answer in answers] == [302] * 3
    refused = ask(client, editor.email)
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    html = refused.content.decode()
    assert "Too many password reset requests" in html
    assert 'value="reset-editor@example.org"' in html  # the form again, as typed
    assert mail.outbox == []
    # Another client is not held back by this one.
    assert ask(client, editor.email, address="198.51.100.20").status_code == 302
    assert len(mail.outbox) == 1


def test_one_address_receives_a_few_reset_e_mails_an_hour(client, settings, editor):
    """Counted per address asked for, whatever the client and the letter case, and whether an
    account has it or not (the answer never tells which addresses have one)."""
    settings.PASSWORD_RESET_PER_EMAIL = 2
    spellings = [editor.email, editor.email.upper(), editor.email]
    answers = [ask(client, email, address=f"203.0.113.{n}") for n, email in enumerate(spellings)]
    assert [answer.status_code for answer in answers] == [302, 302, 429]
    assert len(mail.outbox) == 2
    unknown = [ask(client, "nobody@example.org", address=f"203.0.113.{n}") for n in range(3)]
    assert [answer.status_code for answer in unknown] == [302, 302, 429]


def test_the_limit_is_told_in_french(client, settings, editor):
    settings.PASSWORD_RESET_PER_EMAIL = 1
    ask(client, editor.email, language="fr")
    refused = ask(client, editor.email, language="fr")
    assert refused.status_code == 429
    assert "Trop de demandes de réinitialisation" in refused.content.decode()
