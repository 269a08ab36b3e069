"""The anonymous self-assessment questionnaire: axes of questions, answered in whole or in part.

Anonymous for real: a response is its answers and the day it was given, nothing else — no
user, no address, no cookie, no browser, no time of day. Questions are identified by their
block id, which a translation keeps, so French and English answers add up.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core import rate_limit
from core.human_check import first_use
from home.translation import facts

from .pages import BasePage

COMMENT_MAX = 2000
RATINGS = [
    (1, _("Strongly disagree")),
    (2, _("Disagree")),
    (3, _("Neither agree nor disagree")),
    (4, _("Agree")),
    (5, _("Strongly agree")),
]


class AxisBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Axis"), max_length=250)
    intro = blocks.RichTextBlock(label=_("Introduction"), features=["bold", "italic", "ul", "link"])
    questions = blocks.ListBlock(
        blocks.CharBlock(max_length=250), label=_("Statements to rate"), min_num=1
    )

    class Meta:
        icon = "list-ul"
        label = _("Axis")


class QuestionnairePage(BasePage):
    axes = StreamField(
        [("axis", AxisBlock())],
        verbose_name=_("axes"),
        help_text=_(
            "Each axis is a section of statements that visitors rate from “Strongly disagree” "
            "to “Strongly agree”. Answers are counted per statement: correct a statement "
            "rather than delete and retype it, which would start its count again."
        ),
    )
    retention_days = models.PositiveIntegerField(
        _("keep answers for (days)"),
        default=730,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_("Answers older than this are deleted by the purge_answers command."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("axes"), FieldPanel("retention_days")]
    search_fields = BasePage.search_fields + [index.SearchField("axes")]
    search_excerpt_fields = ("intro", "axes")
    override_translatable_fields = facts("retention_days")

    parent_page_types = ["home.StandardPage", "home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")

    def serve(self, request, *args, **kwargs):
        from home.questionnaire_form import QuestionnaireForm  # it imports this module

        if request.method != "POST":
            return self.render_page(request, QuestionnaireForm(questions=self.questions()))
        form = QuestionnaireForm(request.POST, questions=self.questions())
        if not rate_limit.allow(request, f"questionnaire-{self.translation_key}", 5, 3600):
            form.is_valid()
            form.add_error(
                None, _("Too many messages from your connection: please try again in an hour.")
            )
            return self.render_page(request, form, status=429)
        if not form.is_valid():
            return self.render_page(request, form)
        if first_use(form.cleaned_data["check_token"]):
            self.save_answers(form.answers())
        return self.render_page(request, None, thanks=True)

    def render_page(self, request, form, status=200, thanks=False):
        context = self.get_context(request)
        context.update({"form": form, "thanks": thanks})
        return TemplateResponse(request, self.get_template(request), context, status=status)

    @transaction.atomic
    def save_answers(self, answers):
        response = Response.objects.create(
            questionnaire=self.translation_key, day=timezone.localdate()
        )
        Answer.objects.bulk_create(
            Answer(response=response, question=question, rating=rating, comment=comment)
            for question, rating, comment in answers
        )

    def questions(self):
        """[(axis title, [(question id, statement)])] in the page's language."""
        return [
            (
                axis.value["title"],
                list(zip(question_ids(axis), axis.value["questions"], strict=True)),
            )
            for axis in self.axes
        ]


def question_ids(axis):
    """A question's id: its axis block's id and its item id, the same in every translation."""
    return [f"{axis.id}:{item.id}" for item in axis.value["questions"].bound_blocks]


class Response(models.Model):
    """One person's answers. Deliberately nothing that could identify them: the day only."""

    questionnaire = models.UUIDField(
        _("questionnaire"), help_text=_("The questionnaire page's translation key.")
    )
    day = models.DateField(_("day"))

    class Meta:
        verbose_name = _("questionnaire response")
        verbose_name_plural = _("questionnaire responses")
        indexes = [models.Index(fields=["questionnaire", "day"])]


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.CharField(_("question"), max_length=80)
    rating = models.PositiveSmallIntegerField(_("rating"), null=True, blank=True, choices=RATINGS)
    comment = models.TextField(_("comment"), blank=True, max_length=COMMENT_MAX)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        indexes = [models.Index(fields=["question"])]
