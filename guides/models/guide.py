from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.locales import in_locale
from guides.blocks import StepBlock
from home.blocks import BodyBlock
from home.models import BasePage, HeroImageMixin
from home.regions import regional_contacts
from home.translation import facts


class Stage(models.TextChoices):
    """Where a guide sits on the journey; the guides index and the newcomers' path follow it."""

    BEFORE = "before", _("Before you arrive")
    ARRIVAL = "arrival", _("When you arrive")
    FAMILY = "family", _("Your family")
    DAILY = "daily", _("Daily life")
    LEAVING = "leaving", _("Leaving or staying on")


STAGE_ORDER = list(Stage.values)


class WelcomeGuidePage(HeroImageMixin, BasePage):
    """One relocation guide: its steps, then a checklist of them to tick and print.

    Rules change (the visa was renamed in 2024): each guide says when it was last checked, and
    admin › Guides to review lists those whose review date has passed.
    """

    stage = models.CharField(
        _("stage"),
        max_length=20,
        choices=Stage.choices,
        help_text=_(
            "Where the guide sits on the newcomer's journey: the guides page groups guides by "
            "stage and the newcomers' path follows this order."
        ),
    )
    last_checked = models.DateField(
        _("last checked on"), help_text=_("When the rules in this guide were last verified.")
    )
    review_by = models.DateField(
        _("review by"), help_text=_("The guide is listed for review from this date.")
    )
    steps = StreamField(
        [("step", StepBlock())],
        verbose_name=_("steps"),
        help_text=_(
            "In the order to follow: they are numbered, make the printable checklist, and the "
            "newcomers' path picks them by their “Concerns only” tags."
        ),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("after the steps"),
        help_text=_("Shown after the steps and the checklist, e.g. advice, FAQs, documents."),
    )

    content_panels = (
        BasePage.content_panels
        + HeroImageMixin.hero_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("stage"),
                    FieldRowPanel([FieldPanel("last_checked"), FieldPanel("review_by")]),
                ],
                _("Place and freshness"),
            ),
            FieldPanel("steps"),
            FieldPanel("body"),
        ]
    )
    search_fields = BasePage.search_fields + [index.SearchField("steps"), index.SearchField("body")]
    # Each step's title is a heading of the guide.
    search_heading_streams = ("steps", "body")
    search_excerpt_fields = ("intro", "steps", "body")
    override_translatable_fields = facts("stage", "last_checked", "review_by")

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("welcome guide")
        verbose_name_plural = _("welcome guides")

    def clean(self):
        super().clean()
        if self.last_checked and self.review_by and self.review_by < self.last_checked:
            raise ValidationError(
                {"review_by": _("The review date comes after the date it was last checked.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["regional_contacts"] = regional_contacts(request, self.locale_id)
        return context

    @cached_property
    def steps_with_contacts(self):
        """The steps, each with its contacts in the page's language. Read where the steps are
        rendered: not at all when their HTML comes from the fragment cache."""
        self.localize_step_contacts()
        return self.steps

    def localize_step_contacts(self):
        """Give each step its contacts in the page's language, in one query for all steps."""
        chosen = [contact for step in self.steps for contact in step.value["contacts"] if contact]
        in_language = dict(zip(chosen, in_locale(chosen, self.locale_id), strict=True))
        for step in self.steps:
            step.value["page_contacts"] = [
                in_language[contact] for contact in step.value["contacts"] if contact
            ]
