"""Which steps concern whom: the rule behind the newcomers' path."""

import pytest

from guides.paths import SituationForm, concerns


@pytest.mark.parametrize(
    ("tags", "answers", "expected"),
    [
        ([], {"eu", "fixed_term"}, True),  # untagged: everyone
        (["non_eu"], {"non_eu", "permanent"}, True),
        (["non_eu"], {"eu", "permanent"}, False),
        (["family"], {"eu", "fixed_term"}, False),
        (["family"], {"eu", "fixed_term", "family"}, True),
        (["non_eu", "family"], {"non_eu", "family", "permanent"}, True),
        (["non_eu", "family"], {"non_eu", "permanent"}, False),
        (["eu", "non_eu"], {"eu", "permanent"}, True),  # both answers tagged: everyone
        (["fixed_term"], {"non_eu", "permanent"}, False),
        (["fixed_term"], {"non_eu", "fixed_term"}, True),
    ],
)
def test_a_step_concerns_the_answers_of_every_question_it_is_tagged_on(tags, answers, expected):
    assert concerns(tags, answers) is expected


def test_the_form_turns_answers_into_tags():
    form = SituationForm({"citizenship": "non_eu", "contract": "fixed_term", "family": "yes"})
    assert form.is_valid()
    assert form.answers() == {"non_eu", "fixed_term", "family"}
    form = SituationForm({"citizenship": "eu", "contract": "permanent", "family": "no"})
    assert form.is_valid()
    assert form.answers() == {"eu", "permanent"}


@pytest.mark.parametrize(
    "data",
    [{}, {"citizenship": "mars", "contract": "permanent", "family": "no"}, {"family": "maybe"}],
)
def test_incomplete_or_unknown_answers_are_refused(data):
    assert not SituationForm(data).is_valid()
