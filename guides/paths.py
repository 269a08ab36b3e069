"""The newcomers' path: the steps of every guide that concern one visitor, in journey order.

Built from the guides' own steps (each tagged with whom it concerns), so nothing is written
twice: change a step in its guide and the path follows.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .blocks import Who

# A step's tags, by question: a step tagged on a question is shown only for the answers
# among its tags; an untagged step concerns everyone.
QUESTIONS = {
    "citizenship": {"eu", "non_eu"},
    "contract": {"fixed_term", "permanent"},
    "family": {"family"},
}


class SituationForm(forms.Form):
    citizenship = forms.ChoiceField(
        label=_("Your nationality"),
        choices=[
            ("non_eu", _("Outside the EU, EEA and Switzerland")),
            ("eu", _("EU, EEA or Swiss")),
        ],
        widget=forms.RadioSelect,
    )
    contract = forms.ChoiceField(
        label=_("Your contract"),
        choices=[
            ("fixed_term", _("Fixed-term (postdoc, CDD, PhD)")),
            ("permanent", _("Permanent post")),
        ],
        widget=forms.RadioSelect,
    )
    family = forms.ChoiceField(
        label=_("Coming with your family?"),
        choices=[("no", _("No")), ("yes", _("Yes"))],
        widget=forms.RadioSelect,
    )

    def answers(self):
        """The visitor's tags: {"non_eu", "fixed_term", "family"}…"""
        data = self.cleaned_data
        tags = {data["citizenship"], data["contract"]}
        if data["family"] == "yes":
            tags.add("family")
        return tags


def concerns(step_tags, answers):
    """Whether a step tagged `step_tags` concerns a visitor whose answers are `answers`."""
    tags = set(step_tags or [])
    for question_tags in QUESTIONS.values():
        asked = tags & question_tags
        if asked and not asked & answers:
            return False
    return True


def path_steps(guides, answers):
    """[(guide, [steps])] for the guides that have steps concerning the visitor.

    Steps are read from the stored data ({"id", "value": {"title", "who", "applies_to", …}}):
    the path needs no contact or document of any step, so no query per guide.
    """
    who = dict(Who.CHOICES)
    path = []
    for guide in guides:
        steps = [
            {
                "id": step["id"],
                "title": step["value"]["title"],
                "who": who.get(step["value"]["who"]),
            }
            for step in guide.steps.raw_data
            if concerns(step["value"].get("applies_to"), answers)
        ]
        if steps:
            path.append((guide, steps))
    return path
