"""The human check (pictures, honeypot, timing) and the submission limit, shared by the forms."""

import time
from unittest import mock

import pytest
from django import forms
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import translation

from home import human_check, rate_limit
from home.human_check import PICTURES, HumanCheckMixin, new_token


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


def test_the_question_names_the_picture_and_every_choice_is_labelled():
    form = Suggestion()
    with translation.override("en"):
        html = str(form["picture"])
        assert str(form.fields["picture"].help_text) == (
            f"Select the picture: {PICTURES[form.expected_picture]}."
        )
        for value, name in PICTURES.items():
            assert f'value="{value}"' in html
            assert f"<span>{name}</span>" in html
    assert 'alt=""' in html  # the name is the text alternative; the picture is decoration


def test_a_wrong_picture_is_explained_and_keeps_what_was_typed():
    form = submitted("camion")
    assert not form.is_valid()
    assert "That is not the picture asked for. Select: The house." in errors(form)
    assert form["message"].value() == "Plus de crèches, merci."


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
    with mock.patch("home.rate_limit.time.time", return_value=time.time() + 61):
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
