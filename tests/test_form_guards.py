"""The human check (pictures, honeypot, timing) and the submission limit, shared by the forms."""

import time
import zlib
from unittest import mock

import pytest
from django import forms
from django.core import signing
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import translation

from core import human_check, rate_limit
from core.human_check import PICTURES, HumanCheckMixin, new_token


class Suggestion(HumanCheckMixin):
    message = forms.CharField(max_length=2000)


def submitted(picture, *, age=10, website="", token=None, message="Plus de crèches, merci."):
    token = token or new_token("maison", shown_at=time.time() - age)
    return Suggestion(
        {"message": message, "picture": picture, "website": website, "check_token": token}
    )


def errors(form):
    with translation.override("en"):
        return " ".join(str(error) for errors in form.errors.values() for error in errors)


def test_the_right_picture_after_a_few_seconds_passes():
    assert submitted("maison").is_valid()


def test_every_choice_is_labelled_and_the_question_is_read_with_them():
    form = Suggestion()
    with translation.override("en"):
        html = str(form["picture"].as_field_group())
        question = str(form.fields["picture"].help_text)
        for value, name in PICTURES.items():
            assert f'value="{value}"' in html
            assert f"<span>{name}</span>" in html
    assert f'id="id_picture_helptext">{question}</div>' in html
    assert 'aria-describedby="id_picture_helptext"' in html
    assert 'alt=""' in html  # the name is the text alternative; the picture is decoration


def what_the_browser_receives(form, language):
    """The form's HTML and its token's payload, read as a script would (no key needed)."""
    with translation.override(language):
        html = form.as_div()
    token = form["check_token"].value()
    payload = signing.b64_decode(token.split(":")[0].lstrip(".").encode())
    if token.startswith("."):
        payload = zlib.decompress(payload)
    return html, payload.decode()


@pytest.mark.parametrize("answer", sorted(PICTURES))
def test_nothing_the_browser_receives_gives_the_answer_away(answer):
    token = new_token(answer, shown_at=time.time() - 10)
    form = submitted(answer, token=token, message="")
    assert not form.is_valid()  # shown again: the question and the token go back to the browser
    assert form.expected_picture == answer and form["check_token"].value() == token
    for language in ("fr", "en"):
        html, payload = what_the_browser_receives(form, language)
        with translation.override(language):
            question = str(form.fields["picture"].help_text)
            names = [str(name) for name in PICTURES.values()]
        # The question describes the picture, it does not name it: matching its words with the
        # choices' labels finds nothing.
        assert not [name for name in names if name.lower() in question.lower()], question
        assert not [key for key in PICTURES if key in question.lower()], question
        # The token holds neither the answer nor a name.
        assert answer not in payload and not [name for name in names if name in payload]
        # Every choice is drawn the same way, whatever is asked.
        assert html.count('alt=""') == len(PICTURES)


def test_a_person_can_answer_from_the_words_alone():
    """A screen-reader user hears the question and the choices' names: each question describes
    exactly one picture, in both languages."""
    asked = {}
    for _ in range(200):
        form = Suggestion()
        for language in ("fr", "en"):
            with translation.override(language):
                question = str(form.fields["picture"].help_text)
            assert asked.setdefault((language, question), form.expected_picture) == (
                form.expected_picture
            )
    # Every picture is asked about, in more than one way.
    for answer in PICTURES:
        assert len({q for (lang, q), picture in asked.items() if picture == answer}) >= 4


def test_a_wrong_picture_asks_a_new_question_and_keeps_what_was_typed():
    token = new_token("maison", shown_at=time.time() - 10)
    form = submitted("camion", token=token)
    assert not form.is_valid()
    assert "That is not the picture asked for. Here is a new question." in errors(form)
    assert form["message"].value() == "Plus de crèches, merci."
    # A new question, with no picture chosen for it yet; the visitor need not wait again.
    assert form["check_token"].value() != token
    assert form["picture"].value() is None
    retry = submitted(form.expected_picture, token=form["check_token"].value(), age=0)
    assert retry.is_valid()


def test_a_question_answered_wrongly_cannot_be_tried_again():
    """One try per question: otherwise a script would send each picture with the same token."""
    cache.clear()
    token = new_token("maison", shown_at=time.time() - 10)
    assert not submitted("camion", token=token).is_valid()
    # The right picture with the spent token passes the form, and the views' first_use() then
    # treats it as a form already received: nothing is sent.
    assert submitted("maison", token=token).is_valid()
    assert not human_check.first_use(token)


def test_the_honeypot_and_speed_are_checked():
    assert "could not be sent" in errors(submitted("maison", website="http://spam.example"))
    assert "very fast" in errors(submitted("maison", age=1))


@pytest.mark.parametrize("token", ["forged", new_token("maison")[:-3] + "abc"])
def test_a_forged_token_asks_a_new_question_with_the_answers_kept(token):
    form = submitted("maison", token=token)
    assert not form.is_valid()
    assert "open for too long" in errors(form)
    assert form["message"].value() == "Plus de crèches, merci."
    assert form.data["check_token"] != token


def test_an_expired_question_is_asked_again():
    old = new_token("maison", shown_at=time.time() - 10)
    with mock.patch("django.core.signing.time.time", return_value=time.time() + 5 * 3600):
        form = submitted("maison", token=old)
        assert not form.is_valid()
    assert "open for too long" in errors(form)


def test_the_limit_counts_per_client_and_per_window():
    cache.clear()
    factory = RequestFactory()
    one = factory.post("/", REMOTE_ADDR="203.0.113.7")
    other = factory.post("/", REMOTE_ADDR="198.51.100.2")
    assert [rate_limit.allow(one, "suggestions", 3, 60) for _ in range(4)] == [
        True,
        True,
        True,
        False,
    ]
    assert rate_limit.allow(other, "suggestions", 3, 60)
    # The next window starts afresh.
    with mock.patch("core.rate_limit.time.time", return_value=time.time() + 61):
        assert rate_limit.allow(one, "suggestions", 3, 60)


def test_the_limiter_keeps_no_address():
    cache.clear()
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.7")
    key = rate_limit.client_key(request, "suggestions", 60)
    assert "203.0.113.7" not in key
    rate_limit.allow(request, "suggestions", 3, 60)
    assert cache.get(key) == 1


def test_pictures_exist_for_every_choice():
    from pathlib import Path

    folder = Path(human_check.__file__).resolve().parents[1] / "static" / "img" / "check"
    assert {path.stem for path in folder.glob("*.svg")} == set(PICTURES)
