"""'Your opinion matters': the suggestions form, built with Wagtail's form builder.

Editors change its fields, the thank-you text and the recipients in the admin; submissions
reach HR by e-mail (EMAIL_URL) and are kept in admin › Forms. The picture check, the honeypot,
the minimum fill time (core.human_check) and a per-client limit (core.rate_limit) keep scripts
out without shutting out people who use assistive technology; a failed check never loses
what the visitor typed.
"""

from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core import rate_limit
from core.human_check import HumanCheckMixin, first_use
from home.translation import facts

from .pages import permission_tester

SINGLE_LINE_MAX = 255
MULTI_LINE_MAX = 5000
SUBMISSIONS_PER_HOUR = 5
GUARD_FIELDS = ("picture", "website", "check_token")


class SuggestionFormField(TranslatableMixin, AbstractFormField):
    """A field of the form; translatable, so that the English page asks in English."""

    page = ParentalKey("SuggestionFormPage", on_delete=models.CASCADE, related_name="form_fields")
    # The same keys in both languages: HR reads French and English submissions side by side.
    override_translatable_fields = facts("clean_name")
    # Wagtail's panels (AbstractFormField.panels), with help for the fields it leaves unexplained.
    panels = [
        FieldPanel("label"),
        FieldPanel(
            "help_text",
            help_text=_(
                "Shown under the field on the form, e.g. what to write in it. Text fields add "
                "their length limit after it."
            ),
        ),
        FieldPanel("required", help_text=_("Visitors cannot send the form without filling it in.")),
        FieldPanel(
            "field_type",
            classname="formbuilder-type",
            required_on_save=True,
            help_text=_(
                "Single line for a short answer, multi-line for a message; checkboxes, drop "
                "downs and radio buttons offer the choices below."
            ),
        ),
        FieldPanel("choices", classname="formbuilder-choices"),
        FieldPanel("default_value", classname="formbuilder-default"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("suggestion form field")
        verbose_name_plural = _("suggestion form fields")


class SuggestionFormBuilder(FormBuilder):
    """Wagtail's fields with their length limits said before sending, and the human check."""

    def create_singleline_field(self, field, options):
        return self._limited(super().create_singleline_field(field, options), SINGLE_LINE_MAX)

    def create_multiline_field(self, field, options):
        return self._limited(super().create_multiline_field(field, options), MULTI_LINE_MAX)

    @staticmethod
    def _limited(form_field, limit):
        form_field.max_length = limit
        form_field.validators.append(MaxLengthValidator(limit))
        form_field.widget.attrs["maxlength"] = str(limit)
        hint = _("Up to %(count)s characters.") % {
            "count": number_format(limit, force_grouping=True)
        }
        form_field.help_text = f"{form_field.help_text} {hint}".strip()
        return form_field

    def get_form_class(self):
        return type("SuggestionForm", (HumanCheckMixin, BaseForm), self.formfields)


class SuggestionFormPage(AbstractEmailForm):
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short lead paragraph above the form: what suggestions are welcome."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "link"],
        help_text=_(
            "Shown once a suggestion is sent. When empty: “Thank you: your message has been "
            "received.”"
        ),
    )
    retention_days = models.PositiveIntegerField(
        _("keep suggestions for (days)"),
        default=730,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_("Older suggestions are deleted by the purge_answers command."),
    )

    form_builder = SuggestionFormBuilder
    # An information page for site search, like every BasePage (search/database: ranking).
    search_boost = 2.0
    content_panels = AbstractEmailForm.content_panels + [
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        FieldPanel("retention_days"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel(
                            "from_address",
                            help_text=_(
                                "The sender of the e-mails HR receives. Empty: the site's usual "
                                "sender address."
                            ),
                        ),
                        FieldPanel("to_address"),
                    ]
                ),
                FieldPanel(
                    "subject",
                    help_text=_(
                        "The subject of each e-mail, so that HR can sort them, e.g. Suggestion "
                        "from the careers site."
                    ),
                ),
            ],
            _("E-mail to HR"),
        ),
    ]
    search_fields = AbstractEmailForm.search_fields + [index.SearchField("intro")]
    search_excerpt_fields = ("intro", "search_description")

    # Who receives the messages is the same whatever the language they were written in.
    override_translatable_fields = facts("to_address", "from_address", "retention_days")

    parent_page_types = ["home.StandardPage", "home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("suggestions form")
        verbose_name_plural = _("suggestions forms")

    def permissions_for_user(self, user):
        return permission_tester()(user, self)

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if not rate_limit.allow(request, f"suggestions-{self.pk}", SUBMISSIONS_PER_HOUR, 3600):
            form.is_valid()  # the visitor's text is shown again, with the reason
            form.add_error(
                None, _("Too many messages from your connection: please try again in an hour.")
            )
            return self.render_form(request, form, status=429)
        if not form.is_valid():
            return self.render_form(request, form)
        if not first_use(form.cleaned_data["check_token"]):
            # The same form sent twice (a double click, a reload): received once.
            return self.render_landing_page(request, None, *args, **kwargs)
        submission = self.process_form_submission(form)
        return self.render_landing_page(request, submission, *args, **kwargs)

    def render_form(self, request, form, status=200):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def process_form_submission(self, form):
        # The guards are not part of the message: they are neither stored nor e-mailed.
        for name in GUARD_FIELDS:
            form.cleaned_data.pop(name, None)
            form.fields.pop(name, None)
        return super().process_form_submission(form)
