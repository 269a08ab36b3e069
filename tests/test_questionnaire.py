"""The anonymous self-assessment questionnaire: partial answers, nothing identifying stored,
French and English answers added up, answers purged after their retention period."""

import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from core.human_check import new_token
from home.models import Answer, QuestionnairePage, Response

pytestmark = pytest.mark.django_db

URL_FR = "/fr/votre-avis-compte/questionnaire-auto-evaluation/"
URL_EN = "/en/your-opinion-matters/self-assessment-questionnaire/"


def answer(client, url=URL_EN, **fields):
    data = {
        "picture": "coeur",
        "website": "",
        "check_token": new_token("coeur", shown_at=time.time() - 60),
    }
    data.update(fields)
    return client.post(url, data, HTTP_USER_AGENT="Test browser 1.0", REMOTE_ADDR="203.0.113.9")


def test_the_page_has_four_axes_of_statements_in_both_languages(client):
    page = QuestionnairePage.objects.get(locale__language_code="fr")
    assert len(page.axes) == 4
    for url in (URL_FR, URL_EN):
        html = client.get(url).content.decode()
        assert html.count('<section class="axis"') == 4
        assert 'name="rating_1"' in html and 'name="comment_16"' in html
    assert (
        "Anonymous: only your answers and the day are kept" in client.get(URL_EN).content.decode()
    )


def test_part_of_one_axis_is_enough_and_only_the_day_is_kept(client):
    response = answer(client, rating_1="4", comment_3="Plus de moyens pour les plateformes.")
    assert response.status_code == 200
    assert "your answers have been recorded" in response.content.decode()
    stored = Response.objects.get()
    # What is stored, field by field: nothing that identifies the person or the moment.
    assert {field.name for field in Response._meta.get_fields()} == {
        "id",
        "questionnaire",
        "day",
        "answers",
    }
    assert {field.name for field in Answer._meta.get_fields()} == {
        "id",
        "response",
        "question",
        "rating",
        "comment",
    }
    assert stored.day == timezone.localdate()
    rows = list(Answer.objects.values("rating", "comment"))
    assert sorted(rows, key=str) == sorted(
        [
            {"rating": 4, "comment": ""},
            {"rating": None, "comment": "Plus de moyens pour les plateformes."},
        ],
        key=str,
    )
    dumped = str(list(Response.objects.values())) + str(list(Answer.objects.values()))
    assert "203.0.113.9" not in dumped and "Test browser" not in dumped
    # The page promises no cookie: none at all on the answer's response, not only no session.
    assert not response.cookies, list(response.cookies)
    assert not response.has_header("Set-Cookie")


def test_french_and_english_answers_share_their_questions(client):
    answer(client, URL_FR, rating_1="5")
    answer(client, URL_EN, rating_1="2")
    questions = set(Answer.objects.values_list("question", flat=True))
    assert len(questions) == 1
    keys = set(Response.objects.values_list("questionnaire", flat=True))
    assert len(keys) == 1


def test_an_empty_questionnaire_asks_for_one_answer(client):
    html = answer(client).content.decode()
    assert "Answer at least one question" in html
    assert Response.objects.count() == 0


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"rating_1": "9"}, "Select a valid choice"),
        ({"rating_1": "abc"}, "Select a valid choice"),
        ({"comment_1": "x" * 2001}, "at most 2000 characters"),
    ],
)
def test_bad_answers_are_explained_and_nothing_is_kept(client, fields, message):
    response = answer(client, comment_2="Mon commentaire reste là.", **fields)
    html = response.content.decode()
    assert message in html
    assert "Mon commentaire reste là." in html
    assert Response.objects.count() == 0


def test_a_failed_picture_check_keeps_the_answers(client):
    response = answer(client, picture="camion", rating_2="3", comment_2="À garder.")
    html = response.content.decode()
    assert "That is not the picture asked for" in html
    assert "À garder." in html
    assert 'value="3" checked' in html or 'value="3" id="id_rating_2_3" checked' in html
    assert Response.objects.count() == 0


def test_the_same_answers_sent_twice_count_once(client):
    token = new_token("coeur", shown_at=time.time() - 60)
    answer(client, rating_1="4", check_token=token)
    answer(client, rating_1="4", check_token=token)
    assert Response.objects.count() == 1


def test_answers_are_purged_after_the_retention_period(client):
    answer(client, rating_1="4")
    page = QuestionnairePage.objects.get(locale__language_code="fr")
    Response.objects.update(day=timezone.localdate() - timedelta(days=page.retention_days + 1))
    answer(client, rating_1="2", check_token=new_token("coeur", shown_at=time.time() - 60))
    call_command("purge_answers", stdout=open("/dev/null", "w"))
    assert Response.objects.count() == 1
    assert list(Answer.objects.values_list("rating", flat=True)) == [2]


def test_hr_sees_figures_only_from_five_ratings_and_exports_the_answers(client):
    from django.contrib.auth import get_user_model

    for rating in ("5", "4", "4", "3"):
        answer(client, rating_1=rating, comment_1="=HYPERLINK(1)" if rating == "3" else "")
    from wagtail.users.models import UserProfile

    admin = get_user_model().objects.get(username="admin")
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "en"  # the admin in English for this test
    profile.save()
    client.force_login(admin)
    page = QuestionnairePage.objects.get(locale__language_code="fr")
    html = client.get(f"/admin/questionnaire-results/{page.pk}/").content.decode()
    assert "4 responses so far." in html
    assert "Not enough answers" in html  # four ratings: hidden
    assert "4.0" not in html
    answer(client, rating_1="5", check_token=new_token("coeur", shown_at=time.time() - 60))
    html = client.get(f"/admin/questionnaire-results/{page.pk}/").content.decode()
    assert "4.2" in html  # (5 + 4 + 4 + 3 + 5) / 5
    assert '<progress max="5" value="2">' in html
    csv = client.get(f"/admin/questionnaire-results/{page.pk}/answers.csv")
    assert csv["Content-Type"].startswith("text/csv")
    lines = csv.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "response,day,axis,statement,rating,comment"
    assert len(lines) == 1 + 5
    assert "'=HYPERLINK(1)" in csv.content.decode()


def test_results_are_for_those_allowed_to_see_them(client):
    from django.contrib.auth import get_user_model

    page = QuestionnairePage.objects.get(locale__language_code="fr")
    editor = get_user_model().objects.create_user("reader", password="x", is_staff=True)
    client.force_login(editor)
    assert client.get(f"/admin/questionnaire-results/{page.pk}/").status_code in (302, 403)
    assert client.get(f"/admin/questionnaire-results/{page.pk}/answers.csv").status_code in (
        302,
        403,
    )


def test_the_answers_export_runs_no_formula_even_after_a_tab_or_a_return(english_admin):
    """Every cell goes through the one helper that all exports share (core/spreadsheets.py):
    a tab or a carriage return first is as dangerous as =, +, - or @ (OWASP)."""
    import csv
    import io

    page = QuestionnairePage.objects.get(locale__language_code="fr")
    response = Response.objects.create(questionnaire=page.translation_key, day=timezone.localdate())
    comments = ["\t=1+1", "\r=cmd|' /C calc'!A0", "=HYPERLINK(1)", "-1", "Nothing to fear."]
    question = page.questions()[0][1][0][0]
    for comment in comments:
        Answer.objects.create(response=response, question=question, comment=comment)
    export = english_admin.get(f"/admin/questionnaire-results/{page.pk}/answers.csv")
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    exported = [row[-1] for row in rows[1:] if row[0] == str(response.pk)]
    assert exported == [
        "'\t=1+1",
        "'\r=cmd|' /C calc'!A0",
        "'=HYPERLINK(1)",
        "'-1",
        "Nothing to fear.",
    ]
