from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from guides.leave import LeaveEstimateForm, estimate
from home.blocks import BodyBlock
from home.models import BasePage, HeroImageMixin
from home.translation import facts


def days_field(label, default, help_text=""):
    return models.PositiveSmallIntegerField(
        label, default=default, validators=[MaxValueValidator(60)], help_text=help_text
    )


class WorkingConditionsPage(HeroImageMixin, BasePage):
    """Leave, remote work, social benefits and mobility, with a leave estimator.

    The figures are fields, shared by both languages, so HR changes a number once and the
    page, the key facts and the estimator follow; the texts around them are translated.
    """

    annual_leave_days = days_field(_("annual leave (working days)"), 32, _("For a full-time year."))
    rtt_days = days_field(_("RTT days"), 13, _("Rest days for reduced working hours, full time."))
    remote_days_min = days_field(
        _("remote work: fewest days a week"),
        1,
        _("Shown with the most days under Remote work: “1 to 3 days a week”."),
    )
    remote_days_max = days_field(
        _("remote work: most days a week"), 3, _("Cannot be fewer than the fewest days.")
    )
    on_site_days_min = models.PositiveSmallIntegerField(
        _("days on site a week, at least"),
        default=2,
        validators=[MinValueValidator(0), MaxValueValidator(5)],
        help_text=_("The fewest days a week staff spend on site, whatever their remote work."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "Shown after the key facts and the leave estimator: leave, remote work, social "
            "benefits and mobility in detail."
        ),
    )

    content_panels = (
        BasePage.content_panels
        + HeroImageMixin.hero_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("annual_leave_days"), FieldPanel("rtt_days")]),
                    FieldRowPanel(
                        [
                            FieldPanel("remote_days_min"),
                            FieldPanel("remote_days_max"),
                            FieldPanel("on_site_days_min"),
                        ]
                    ),
                ],
                _("Key facts (both languages)"),
            ),
            FieldPanel("body"),
        ]
    )
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    override_translatable_fields = facts(
        "annual_leave_days", "rtt_days", "remote_days_min", "remote_days_max", "on_site_days_min"
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("working conditions page")
        verbose_name_plural = _("working conditions pages")

    def clean(self):
        super().clean()
        if self.remote_days_min > self.remote_days_max:
            raise ValidationError(
                {"remote_days_max": _("The most days cannot be fewer than the fewest.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The estimator answers plain GET requests: nothing is stored, the result has an
        # address, and it works without JavaScript.
        if "start" in request.GET or "rate" in request.GET:
            form = LeaveEstimateForm(request.GET)
            if form.is_valid():
                context["leave_estimate"] = estimate(
                    form.cleaned_data["rate"],
                    form.cleaned_data["start"],
                    self.annual_leave_days,
                    self.rtt_days,
                )
        else:
            form = LeaveEstimateForm()
        context["leave_form"] = form
        return context
