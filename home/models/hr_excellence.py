"""The HR Excellence in Research page and the HRS4R action plan it publishes."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from home.blocks import BodyBlock
from home.translation import facts

from .pages import BasePage, HeroImageMixin


class DatePrecision(models.TextChoices):
    """How much of a date is known: a milestone known by its year is not "January 2006"."""

    YEAR = "year", _("Year only")
    MONTH = "month", _("Month and year")
    DAY = "day", _("Day, month and year")


def dated(day, precision):
    """(datetime attribute, label in the active language) of a date known to `precision`:
    ("2006", "2006"), ("2013-04", "April 2013"), ("2015-01-29", "29 January 2015")."""
    if day is None:
        return "", ""
    if precision == DatePrecision.YEAR:
        return f"{day.year:04d}", str(day.year)
    if precision == DatePrecision.DAY:
        return day.isoformat(), formats.date_format(day, "DATE_FORMAT")
    return f"{day.year:04d}-{day.month:02d}", formats.date_format(day, "YEAR_MONTH_FORMAT")


class MilestoneValue(blocks.StructValue):
    @property
    def datetime(self):
        return dated(self.get("date"), self.get("precision"))[0]

    @property
    def label(self):
        return dated(self.get("date"), self.get("precision"))[1]


class MilestoneBlock(blocks.StructBlock):
    date = blocks.DateBlock(
        label=_("Date"),
        help_text=_(
            "For a month or a year only, any day of it (the first, say): the precision below "
            "decides what is shown."
        ),
    )
    # Milestones saved before the choice existed were shown as a month: "month" keeps them so.
    precision = blocks.ChoiceBlock(
        choices=DatePrecision.choices,
        default=DatePrecision.MONTH,
        label=_("Known to"),
        help_text=_("What the source gives: 2006 is a year, not January 2006."),
    )
    text = blocks.CharBlock(label=_("What happened"), max_length=250)

    class Meta:
        icon = "date"
        label = _("Milestone")
        value_class = MilestoneValue


class AbbreviationBlock(blocks.StructBlock):
    # As the actions' "who" writes it, in every language (not a text to translate: a
    # RegexBlock, which wagtail-localize copies from the French); the meaning is translated.
    abbreviation = blocks.RegexBlock(
        regex=r"^[^,]+$",
        max_length=30,
        label=_("Abbreviation"),
        help_text=_("As written in the actions' “who”, e.g. RH or PCN EG."),
        error_messages={"invalid": _("One abbreviation, without a comma.")},
    )
    expansion = blocks.CharBlock(label=_("In full"), max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Abbreviation")


class HRExcellencePage(HeroImageMixin, BasePage):
    """The European Charter & Code, the HRS4R process and label, and the action plan.

    The action plan is not written in the page: its actions are records (admin › HRS4R
    actions) that HR updates one field at a time, and the page shows them as a table.
    """

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "Shown between the milestones and the action plan: the Charter & Code, the HRS4R "
            "process. The action plan table is built from the HRS4R actions (admin menu)."
        ),
    )
    milestones = StreamField(
        [("milestone", MilestoneBlock())],
        blank=True,
        verbose_name=_("milestones"),
        help_text=_(
            "Key dates of the label (award, assessments), oldest first: shown as a timeline "
            "under the introduction."
        ),
    )

    plan_status_date = models.DateField(
        _("action plan: status as of"),
        null=True,
        blank=True,
        help_text=_(
            "The date of the document the statuses come from, shown with them (“Status as of "
            "March 2022”), so that an old due date is not read as current."
        ),
    )
    plan_status_precision = models.CharField(
        _("known to"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.MONTH,
        help_text=_("What the document gives: March 2022 is a month, not 1 March 2022."),
    )
    abbreviations = StreamField(
        [("abbreviation", AbbreviationBlock())],
        blank=True,
        verbose_name=_("abbreviations"),
        help_text=_(
            "The acronyms of the action plan (its “Who” column) with their meaning, e.g. RH: "
            "Département des ressources humaines. Shown as the action plan's glossary and on "
            "each owner; translated like the rest of the page."
        ),
    )

    content_panels = (
        BasePage.content_panels
        + HeroImageMixin.hero_panels
        + [
            FieldPanel("body"),
            FieldPanel("milestones"),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [FieldPanel("plan_status_date"), FieldPanel("plan_status_precision")]
                    ),
                    FieldPanel("abbreviations"),
                ],
                _("Action plan"),
            ),
        ]
    )
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("HR Excellence page")
        verbose_name_plural = _("HR Excellence pages")

    def get_context(self, request, *args, **kwargs):
        from home.action_plan import ActionPlan

        context = super().get_context(request, *args, **kwargs)
        context["action_plan"] = ActionPlan(request.GET, self.locale_id, glossary=self.glossary)
        return context

    @property
    def glossary(self):
        """{abbreviation: what it stands for}, in the page's language."""
        return {
            block.value["abbreviation"].strip(): block.value["expansion"].strip()
            for block in self.abbreviations
            if block.value["abbreviation"].strip()
        }

    @property
    def plan_status_as_of(self):
        """(datetime attribute, label) of the statuses' date, or ("", "")."""
        return dated(self.plan_status_date, self.plan_status_precision)


class ActionTheme(models.IntegerChoices):
    RECRUITMENT = 1, _("Recruitment")
    CAREER = 2, _("Career development & evaluation of researchers")
    WORKING_CONDITIONS = 3, _("Working conditions")
    GENDER_EQUALITY = 4, _("Gender equality")
    NON_DISCRIMINATION = 5, _("Non-discrimination / disability")
    ETHICS = 6, _("Ethical and responsible research")
    GOOD_PRACTICE = 7, _("Good practice in research")
    EVALUATION = 8, _("Evaluation")


class ActionStatus(models.TextChoices):
    DONE = "done", _("Done")
    IN_PROGRESS = "in_progress", _("In progress")
    REVISED = "revised", _("Revised")
    DROPPED = "dropped", _("Dropped")


class Action(TranslatableMixin, models.Model):
    """One numbered action of the HRS4R action plan.

    Like every snippet with a language: HR writes the French action, and its English
    translation is made with wagtail-localize. The number, theme, status, dates and owners are
    facts that follow the French (`override_translatable_fields`): HR changes a status once,
    and translators only translate the wording, sub-heading and note.
    """

    number = models.CharField(
        _("number"), max_length=10, help_text=_("As in the action plan, e.g. 3.12.")
    )
    position = models.PositiveIntegerField(editable=False, default=0)
    theme = models.PositiveSmallIntegerField(
        _("theme"),
        choices=ActionTheme.choices,
        help_text=_("Must match the number: action 3.12 belongs to theme 3."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ActionStatus.choices,
        help_text=_(
            "Shown in the table and counted in the progress by theme (dropped actions count "
            "as revised). “Done” also needs “done in”."
        ),
    )
    done_in = models.CharField(
        _("done in"), max_length=40, blank=True, help_text=_("E.g. 2017 or 2019–2020.")
    )
    due_year = models.PositiveSmallIntegerField(
        _("due (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("E.g. 2027. Shown as “Due 2027” until “done in” is filled in."),
    )
    due_half = models.PositiveSmallIntegerField(
        _("due (half-year)"),
        null=True,
        blank=True,
        choices=[(1, _("1st half")), (2, _("2nd half"))],
        help_text=_("Narrows the due year: “Due 1st half of 2027”. Empty for the whole year."),
    )
    owners = models.CharField(
        _("who"), max_length=200, blank=True, help_text=_("Departments in charge, e.g. RH, DISC.")
    )
    text = models.TextField(_("action"), help_text=_("The action as worded in the action plan."))
    group = models.CharField(
        _("sub-heading"),
        max_length=250,
        blank=True,
        help_text=_(
            "Shown once above the actions that follow each other in number order with the "
            "same sub-heading. Empty for an action without one."
        ),
    )
    note = models.TextField(
        _("note"),
        blank=True,
        help_text=_("Shown in small print under the action, e.g. why it was revised or dropped."),
    )

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("theme")]),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel(
                    [FieldPanel("done_in"), FieldPanel("due_year"), FieldPanel("due_half")]
                ),
                FieldPanel("owners"),
            ],
            _("Progress"),
        ),
        FieldPanel("text"),
        FieldPanel("group"),
        FieldPanel("note"),
    ]
    # Translators translate the wording, sub-heading and note; the rest follows the French.
    override_translatable_fields = facts(
        "number", "theme", "status", "done_in", "due_year", "due_half", "owners", "position"
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("HRS4R action")
        verbose_name_plural = _("HRS4R actions")
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(
                fields=["number", "locale"], name="unique_action_number_per_locale"
            )
        ]

    def __str__(self):
        return f"{self.number} {self.text}"

    def save(self, *args, **kwargs):
        self.position = self.sort_key(self.number)
        super().save(*args, **kwargs)

    @staticmethod
    def sort_key(number):
        """3.12 after 3.2: theme * 1000 + rank in the theme."""
        theme, _, rank = number.partition(".")
        try:
            return int(theme) * 1000 + int(rank or 0)
        except ValueError:
            return 0

    def clean(self):
        super().clean()
        errors = {}
        theme, dot, rank = self.number.partition(".")
        if not (theme.isdigit() and dot and rank.isdigit()):
            errors["number"] = _("Write the number as in the action plan: theme, dot, rank (3.12).")
        elif int(theme) != self.theme:
            errors["theme"] = _("Action %(number)s belongs to theme %(theme)s.") % {
                "number": self.number,
                "theme": theme,
            }
        elif (
            self.locale_id
            and type(self)
            .objects.filter(number=self.number, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exists()
        ):
            # The form leaves the locale out, so Django would not check the constraint.
            errors["number"] = self.unique_error_message(type(self), ("number",))
        if self.due_half and not self.due_year:
            errors["due_year"] = _("Give the year of the half-year.")
        if self.status == ActionStatus.DONE and not self.done_in:
            errors["done_in"] = _("Say when it was done.")
        if errors:
            raise ValidationError(errors)

    @property
    def due_label(self):
        if not self.due_year:
            return ""
        if self.due_half == 1:
            return _("1st half of %(year)s") % {"year": self.due_year}
        if self.due_half == 2:
            return _("2nd half of %(year)s") % {"year": self.due_year}
        return str(self.due_year)
