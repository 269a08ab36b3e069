"""The public forms share one error summary (core/templates/forms/error_summary.html): a heading,
each error linking to its field, focus on it when the page loads, the page title prefixed
"Error:" — in both languages. The picture check leaves no picture chosen after a wrong one."""

import re
import time

import pytest
from django import forms
from django.utils import translation

from core.human_check import PICTURES, HumanCheckMixin, new_token
from core.templatetags.form_tags import error_entries, field_anchor

pytestmark = pytest.mark.django_db

SUGGESTIONS = {
    "en": "/en/your-opinion-matters/suggestion-box/",
    "fr": "/fr/votre-avis-compte/boite-a-idees/",
}
QUESTIONNAIRE = {
    "en": "/en/your-opinion-matters/self-assessment-questionnaire/",
    "fr": "/fr/votre-avis-compte/questionnaire-auto-evaluation/",
}
WORKING = {"en": "/en/working-at-inserm/", "fr": "/fr/travailler-a-l-inserm/"}
HEADING = {"en": "There is a problem", "fr": "Il y a un problème"}
PREFIX = {"en": "<title>Error: ", "fr": "<title>Erreur\u00a0: "}


def summary(html):
    match = re.search(r'<div class="error-summary"[^>]*>(.*?)</div>', html, re.DOTALL)
    return match.group(0) if match else ""


def ids(html):
    return set(re.findall(r'\sid="([^"]+)"', html))


def wrong_picture(expected):
    return next(value for value in PICTURES if value != expected)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_empty_suggestion_opens_on_a_summary_linking_to_each_field(client, language):
    token = new_token("maison", shown_at=time.time() - 30)
    response = client.post(
        SUGGESTIONS[language], {"theme": "", "picture": "", "website": "", "check_token": token}
    )
    html = response.content.decode()
    box = summary(html)
    assert HEADING[language] in box
    assert 'tabindex="-1"' in box and "autofocus" in box
    assert PREFIX[language] in html
    anchors = re.findall(r'<a href="#([^"]+)"', box)
    assert "id_votre_suggestion" in anchors
    assert "id_picture_0" in anchors  # a radio group: its first choice
    assert set(anchors) <= ids(html), "every link reaches a field"
    # Each entry names its field: the link makes sense read alone.
    label = "Your suggestion" if language == "en" else "Votre suggestion"
    assert label in box


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_page_without_errors_has_no_summary_and_a_plain_title(client, language):
    html = client.get(SUGGESTIONS[language]).content.decode()
    assert "error-summary" not in html
    assert PREFIX[language] not in html


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_wrong_picture_on_the_questionnaire_lands_on_the_summary_with_nothing_ticked(
    client, language
):
    token = new_token("arbre", shown_at=time.time() - 30)
    response = client.post(
        QUESTIONNAIRE[language],
        {"picture": wrong_picture("arbre"), "website": "", "check_token": token},
    )
    html = response.content.decode()
    box = summary(html)
    assert HEADING[language] in box and 'href="#id_picture_0"' in box
    assert PREFIX[language] in html
    # The summary comes before the first question, right under the introduction.
    assert html.index("error-summary") < html.index('class="axis"')
    # A new question is asked, with no picture chosen for it.
    picture_inputs = re.findall(r'<input type="radio" name="picture"[^>]*>', html)
    assert len(picture_inputs) == len(PICTURES)
    assert not any("checked" in tag for tag in picture_inputs)


def test_the_leave_estimator_summary_sits_under_its_section_heading(client):
    html = client.get(WORKING["en"], {"start": "2027-13-45", "rate": "500"}).content.decode()
    box = summary(html)
    assert "<h3 " in box and "There is a problem" in box
    assert 'href="#id_start"' in box and 'href="#id_rate"' in box
    assert "<title>Error: " in html


class Sample(HumanCheckMixin):
    name = forms.CharField(label="Name")
    kind = forms.ChoiceField(
        label="Kind", choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect
    )
    topics = forms.MultipleChoiceField(
        label="Topics", choices=[("x", "X")], widget=forms.CheckboxSelectMultiple
    )


def test_summary_entries_name_the_field_and_point_at_its_first_control():
    form = Sample(
        {"name": "", "kind": "", "topics": [], "picture": "", "website": "", "check_token": ""}
    )
    with translation.override("en"):
        assert not form.is_valid()
        entries = dict(error_entries(form))
    assert field_anchor(form["name"]) == "id_name"
    assert field_anchor(form["kind"]) == "id_kind_0"
    assert field_anchor(form["topics"]) == "id_topics_0"
    assert field_anchor(form["picture"]) == "id_picture_0"
    assert entries["id_name"].startswith("Name: ")
    assert entries["id_kind_0"].startswith("Kind: ")
    assert error_entries(Sample()) == []  # an unbound form has nothing to say
