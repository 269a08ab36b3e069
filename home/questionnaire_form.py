"""The questionnaire's form: for each statement, a rating and a comment, both optional."""

from django import forms
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from core.human_check import HumanCheckMixin

from .models.questionnaire import COMMENT_MAX, RATINGS


class QuestionnaireForm(HumanCheckMixin):
    def __init__(self, *args, questions, **kwargs):
        """`questions`: [(axis title, [(question id, statement)])]."""
        self.questions = questions
        self.field_names = {}  # question id -> (rating field, comment field)
        super().__init__(*args, **kwargs)
        number = 0
        for _axis, axis_questions in questions:
            for question_id, statement in axis_questions:
                number += 1
                rating, comment = f"rating_{number}", f"comment_{number}"
                self.field_names[question_id] = (rating, comment)
                self.fields[rating] = forms.TypedChoiceField(
                    label=statement,
                    choices=[("", _("No answer")), *RATINGS],
                    coerce=int,
                    empty_value=None,
                    required=False,
                    widget=forms.RadioSelect,
                )
                self.fields[comment] = forms.CharField(
                    label=_("Comment (optional)"),
                    required=False,
                    max_length=COMMENT_MAX,
                    widget=forms.Textarea(attrs={"rows": 2, "maxlength": COMMENT_MAX}),
                    help_text=_("Up to %(count)s characters.")
                    % {"count": number_format(COMMENT_MAX, force_grouping=True)},
                )
        guards = ["picture", "website", "check_token"]
        self.order_fields([name for name in self.fields if name not in guards] + guards)

    def axes(self):
        """[(axis title, [(rating bound field, comment bound field)])], for the template."""
        return [
            (title, [tuple(self[name] for name in self.field_names[qid]) for qid, _ in items])
            for title, items in self.questions
        ]

    def answers(self):
        """[(question id, rating or None, comment)] for the questions answered at all."""
        answered = []
        for question_id, (rating, comment) in self.field_names.items():
            value, text = self.cleaned_data.get(rating), self.cleaned_data.get(comment, "").strip()
            if value is not None or text:
                answered.append((question_id, value, text))
        return answered

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not self.answers():
            raise forms.ValidationError(
                _("Answer at least one question: a rating or a comment is enough.")
            )
        return cleaned
