"""The accessibility statement, as structured data rather than prose.

French law (article 47 of law 2005-102, decree 2019-768) asks every public body for a
statement following the State's model (DINUM): compliance status, test results, content that
is not accessible (non-conformities, disproportionate burden, content outside the
obligation), how the statement was made (technologies, tools, pages checked), feedback and
contact, recourse. Each is a field here, so an editor updates a date, a rate or one
non-conformity without rewriting a page, and the page always shows every section.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.translation import facts

from .pages import BasePage

PROSE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ComplianceStatus(models.TextChoices):
    # The statement's legal wording ("totalement / partiellement / non conforme"), through
    # the French catalogue; the thresholds are the RGAA's.
    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")


class NonConformityBlock(blocks.StructBlock):
    criterion = blocks.CharBlock(
        label=_("RGAA criterion"),
        max_length=20,
        help_text=_("The criterion's number, e.g. 1.1 or 11.10."),
    )
    description = blocks.TextBlock(
        label=_("What is not accessible"),
        max_length=1000,
        help_text=_("Where, and what a visitor cannot do, in plain words."),
    )
    workaround = blocks.TextBlock(
        label=_("Workaround"),
        required=False,
        max_length=1000,
        help_text=_("How to reach the same content or service meanwhile, if there is a way."),
    )
    planned_fix = blocks.DateBlock(
        label=_("Planned fix"),
        required=False,
        help_text=_("When it should be fixed; empty when no date is planned."),
    )

    class Meta:
        icon = "warning"
        label = _("Non-conformity")


class CheckedPageBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Page"), max_length=200)
    page = blocks.PageChooserBlock(
        label=_("Link"),
        required=False,
        help_text=_("The page on this site, linked from the statement; empty for a search page."),
    )

    class Meta:
        icon = "doc-empty"
        label = _("Page checked")


def text_list(block_name, label, verbose_name, help_text):
    """A list of short texts (technologies, tools): one item each, in the editor's order."""
    return StreamField(
        [(block_name, blocks.CharBlock(label=label, max_length=200))],
        blank=True,
        verbose_name=verbose_name,
        help_text=help_text,
    )


class AccessibilityStatementPage(BasePage):
    """The site's accessibility statement (déclaration d'accessibilité, RGAA)."""

    compliance_status = models.CharField(
        _("compliance status"),
        max_length=10,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.NONE,
        help_text=_(
            "Fully: 100% of the RGAA criteria are met. Partially: at least 50%. Not compliant: "
            "under 50%, or no full audit yet."
        ),
    )
    rgaa_version = models.CharField(
        _("RGAA version"),
        max_length=10,
        default="4.1.2",
        help_text=_("The version of the RGAA the site was checked against, e.g. 4.1.2."),
    )
    statement_date = models.DateField(
        _("statement date"),
        help_text=_("The day this statement was drawn up or last updated."),
    )
    audit_date = models.DateField(
        _("audit date"),
        null=True,
        blank=True,
        help_text=_(
            "The day the last full audit ended. Empty while none has been carried out: the "
            "page then says so."
        ),
    )
    auditor = models.CharField(
        _("audited by"),
        max_length=255,
        blank=True,
        help_text=_("Who carried out the audit: an internal team or the name of the firm."),
    )
    conformity_rate = models.DecimalField(
        _("conformity rate (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))],
        help_text=_(
            "The share of the applicable RGAA criteria met, from the audit. Empty without a "
            "full audit."
        ),
    )
    test_results = RichTextField(
        _("test results"),
        blank=True,
        features=PROSE_FEATURES,
        help_text=_(
            "What the audit found or, pending one, which checks were carried out. The status, "
            "rate and auditor are shown above it."
        ),
    )
    non_conformities = StreamField(
        [("non_conformity", NonConformityBlock())],
        blank=True,
        verbose_name=_("non-conformities"),
        help_text=_(
            "One entry per failed criterion, with its workaround and the date of its fix. "
            "Empty: the page says no non-conformity is known."
        ),
    )
    disproportionate_burden = RichTextField(
        _("disproportionate burden"),
        blank=True,
        features=PROSE_FEATURES,
        help_text=_(
            "Content left inaccessible because fixing it would be a disproportionate burden, "
            "with the reason and the alternative offered. Empty: none."
        ),
    )
    exempt_content = RichTextField(
        _("content outside the obligation"),
        blank=True,
        features=PROSE_FEATURES,
        help_text=_(
            "Content the law does not require to be accessible (e.g. third-party content, "
            "maps). Empty: none."
        ),
    )
    technologies = text_list(
        "technology",
        _("Technology"),
        _("technologies"),
        _("The technologies the site relies on, e.g. HTML5, CSS, JavaScript."),
    )
    tools = text_list(
        "tool",
        _("Tool or check"),
        _("tools used"),
        _("The tools and browsers used to check accessibility, e.g. axe-core, a screen reader."),
    )
    pages_checked = StreamField(
        [("page", CheckedPageBlock())],
        blank=True,
        verbose_name=_("pages checked"),
        help_text=_("The sample of pages the audit or checks covered, in the site's order."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Where visitors report an accessibility problem. Empty: not shown."),
    )
    contact_address = models.TextField(
        _("contact postal address"),
        blank=True,
        help_text=_("A postal address for the same reports, one line per address line."),
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact form page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A page of this site with a form visitors can write to, e.g. suggestions."),
    )
    recourse = RichTextField(
        _("recourse"),
        features=PROSE_FEATURES,
        help_text=_(
            "The official wording on referring to the Défenseur des droits: online form, "
            "delegates in each region, free-post address."
        ),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("compliance_status"), FieldPanel("rgaa_version")]),
                FieldRowPanel([FieldPanel("statement_date"), FieldPanel("audit_date")]),
                FieldRowPanel([FieldPanel("auditor"), FieldPanel("conformity_rate")]),
            ],
            _("Compliance (both languages share the status, dates and rate)"),
        ),
        FieldPanel("test_results"),
        MultiFieldPanel(
            [
                FieldPanel("non_conformities"),
                FieldPanel("disproportionate_burden"),
                FieldPanel("exempt_content"),
            ],
            _("Content that is not accessible"),
        ),
        MultiFieldPanel(
            [FieldPanel("technologies"), FieldPanel("tools"), FieldPanel("pages_checked")],
            _("How the statement was made"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_address"),
                FieldPanel("contact_page"),
            ],
            _("Feedback and contact"),
        ),
        FieldPanel("recourse"),
    ]
    promote_panels = BasePage.promote_panels
    search_fields = BasePage.search_fields + [index.SearchField("test_results")]
    # Facts, the same in both languages: a translator never changes the legal status.
    override_translatable_fields = facts(
        "compliance_status", "rgaa_version", "conformity_rate", "contact_page"
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    # One statement per site and language, linked from every page's footer.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    def clean(self):
        super().clean()
        # The RGAA's own rule ties the status to the audited rate; the status and the rate
        # are synchronised, so only the French source is checked.
        if not self.is_source_locale():
            return
        rate = self.conformity_rate
        if self.compliance_status != ComplianceStatus.NONE and rate is None:
            raise ValidationError(
                {"conformity_rate": _("A compliant or partially compliant site has an audit rate.")}
            )
        if rate is not None and self.compliance_status != status_for_rate(rate):
            raise ValidationError(
                {
                    "compliance_status": _("With a rate of %(rate)s%%, the site is “%(status)s”.")
                    % {"rate": rate, "status": status_for_rate(rate).label}
                }
            )
        if rate is not None and self.audit_date is None:
            raise ValidationError({"audit_date": _("A rate comes from an audit: give its date.")})


def status_for_rate(rate):
    """The RGAA's thresholds: 100% fully compliant, 50% partially, below that not."""
    if rate >= 100:
        return ComplianceStatus.FULL
    if rate >= 50:
        return ComplianceStatus.PARTIAL
    return ComplianceStatus.NONE
