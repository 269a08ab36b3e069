"""Shared snippets: regional delegations and the contacts of support and protection bodies."""

from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin

from home.translation import facts


class Region(TranslatableMixin, models.Model):
    """One of the institute's regional delegations.

    Pages point to the French (source) region; the name is shown in the visitor's language
    through its translation. The slug is shared by both languages, so a filtered URL such as
    `?region=grand-est` means the same in /fr/ and /en/.
    """

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_(
            "The delegation's name as visitors read it, e.g. Grand Est: in the region choice, "
            "the offers' filter, on offers and contacts. Translated in each language."
        ),
    )
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("Used in addresses; the same in every language.")
    )
    cities = models.CharField(
        _("main cities"),
        max_length=255,
        blank=True,
        help_text=_("The main research sites of the delegation, separated by commas."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("cities")]
    override_translatable_fields = facts("slug", "cities")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_region_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class ContactKind(models.TextChoices):
    MEDIATOR = "mediator", _("Mediator")
    ETHICS_BOARD = "ethics_board", _("Professional ethics board")
    RESEARCH_INTEGRITY = "research_integrity", _("Research integrity office")
    REPORTING_SYSTEM = "reporting_system", _("Reporting system")
    PSYCHOSOCIAL_UNIT = "psychosocial_unit", _("Psychosocial risk monitoring unit")
    DISABILITY_MISSION = "disability_mission", _("Disability mission")
    EQUALITY_CONTACT = "equality_contact", _("Equality contact")
    SOCIAL_ADVISOR = "social_advisor", _("Social advisor for foreign staff")
    REGIONAL_HR = "regional_hr", _("Regional HR department")
    HR_DEPARTMENT = "hr_department", _("Human resources department (national)")


class Situation(models.TextChoices):
    """What brings a visitor to the support page, in their words, and who can help with it."""

    CONFLICT = "conflict", _("A conflict with a colleague or with the administration")
    HARASSMENT = "harassment", _("Harassment, discrimination or sexual violence")
    INTEGRITY = "integrity", _("A scientific integrity concern")
    ETHICS = "ethics", _("A question of professional ethics")
    WELLBEING = "wellbeing", _("Stress or unease at work")
    DISABILITY = "disability", _("A disability")
    EQUALITY = "equality", _("Equality between women and men")
    ABROAD = "abroad", _("I am new from abroad")


# Who handles which situation: one place, so that a contact added by an editor appears under
# every situation its kind deals with.
SITUATION_KINDS = {
    Situation.CONFLICT: [ContactKind.MEDIATOR, ContactKind.PSYCHOSOCIAL_UNIT],
    Situation.HARASSMENT: [ContactKind.REPORTING_SYSTEM, ContactKind.PSYCHOSOCIAL_UNIT],
    Situation.INTEGRITY: [ContactKind.RESEARCH_INTEGRITY],
    Situation.ETHICS: [ContactKind.ETHICS_BOARD],
    Situation.WELLBEING: [ContactKind.PSYCHOSOCIAL_UNIT, ContactKind.MEDIATOR],
    Situation.DISABILITY: [ContactKind.DISABILITY_MISSION],
    Situation.EQUALITY: [ContactKind.EQUALITY_CONTACT, ContactKind.REPORTING_SYSTEM],
    Situation.ABROAD: [
        ContactKind.SOCIAL_ADVISOR,
        ContactKind.REGIONAL_HR,
        ContactKind.HR_DEPARTMENT,
    ],
}

# Who routes the requests of a contact that cannot be reached directly yet: the visitor's
# regional HR department, else the national one (home.navigation.contact_route), kept in the
# cache under this key per language (those with a channel only), and forgotten whenever one of
# them is saved or deleted.
ROUTING_KINDS = (ContactKind.REGIONAL_HR, ContactKind.HR_DEPARTMENT)
ROUTING_CACHE_KEY = "contact-routing-{locale_id}"


class Contact(TranslatableMixin, models.Model):
    """A support or protection body, published once and shown wherever it is needed.

    Pages, guides and offers point to the French (source) contact and show its translation.
    """

    kind = models.CharField(
        _("kind"),
        max_length=30,
        choices=ContactKind.choices,
        help_text=_(
            "Decides under which situations the support page lists the contact. The national "
            "social advisor for foreign staff is also shown on open offers."
        ),
    )
    name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_("The heading of the contact's card, e.g. Mediator of the institute."),
    )
    handles = models.TextField(
        _("what it handles"),
        help_text=_(
            "In plain words, the situations it deals with, e.g. conflicts between colleagues. "
            "The first lines of the card; line breaks are kept."
        ),
    )
    does_not_handle = models.TextField(
        _("what it does not handle"),
        blank=True,
        help_text=_("And where to go instead, so that nobody is sent from door to door."),
    )
    who_may_refer = models.TextField(
        _("who may refer a case"),
        blank=True,
        help_text=_(
            "E.g. any member of staff, a witness, a staff representative. Left out of the card "
            "when empty."
        ),
    )
    anonymous_reports = models.BooleanField(
        _("anonymous reports accepted"),
        null=True,
        blank=True,
        help_text=_("Leave unknown when the body has not said."),
    )
    confidentiality = models.TextField(
        _("confidentiality"),
        blank=True,
        help_text=_(
            "What happens to what people confide, e.g. nothing is passed on without their consent."
        ),
    )
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("Shown as a link; the same in every language.")
    )
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        help_text=_(
            "In international format, so that it can be called from abroad: +33 1 23 45 67 89."
        ),
    )
    address = models.TextField(
        _("address"),
        blank=True,
        help_text=_("Where to find or write to it; line breaks are kept."),
    )
    hours = models.CharField(
        _("hours"),
        max_length=200,
        blank=True,
        help_text=_("When it can be reached, e.g. Monday to Friday, 9 am to 5 pm."),
    )
    url = models.URLField(
        _("web page"),
        blank=True,
        help_text=_("Its own page, for details or an online form: shown under “More”."),
    )
    official_page = models.URLField(
        _("institute's public page about it"),
        blank=True,
        help_text=_(
            "The address of the institute's official page about this body, copied from a "
            "published source (never guessed). Shown while the contact has no e-mail, phone or "
            "web page, with a sentence saying its direct address will be published."
        ),
    )
    official_page_source = models.CharField(
        _("source of that address"),
        max_length=200,
        blank=True,
        help_text=_("Where the address was found, e.g. the document and its date."),
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty for a national contact."),
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("handles"),
                FieldPanel("does_not_handle"),
                FieldPanel("who_may_refer"),
                FieldPanel("anonymous_reports"),
                FieldPanel("confidentiality"),
            ],
            _("What it does"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("address"),
                FieldPanel("hours"),
                FieldPanel("url"),
                FieldPanel("region"),
            ],
            _("How to reach it"),
        ),
        MultiFieldPanel(
            [FieldPanel("official_page"), FieldPanel("official_page_source")],
            _("While it has no e-mail, phone or web page"),
        ),
    ]
    override_translatable_fields = facts(
        "kind",
        "anonymous_reports",
        "email",
        "phone",
        "url",
        "region",
        "official_page",
        "official_page_source",
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["kind", "name"]

    def __str__(self):
        return self.name

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._routed_when_loaded = instance.routes_requests
        return instance

    @property
    def routes_requests(self):
        """An HR department with a channel: the cached routing of home.navigation uses it."""
        return self.kind in ROUTING_KINDS and self.has_channel

    def _forget_routing(self):
        if self.routes_requests or getattr(self, "_routed_when_loaded", False):
            cache.delete(ROUTING_CACHE_KEY.format(locale_id=self.locale_id))

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self._forget_routing()
        self._routed_when_loaded = self.routes_requests

    def delete(self, *args, **kwargs):
        self._forget_routing()
        return super().delete(*args, **kwargs)

    @property
    def has_channel(self):
        """An e-mail, a phone or a web page: a way to reach it directly."""
        return bool(self.email or self.phone or self.url)

    @property
    def situations(self):
        return [situation for situation, kinds in SITUATION_KINDS.items() if self.kind in kinds]
