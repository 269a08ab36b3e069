"""The content readiness report: what stops the site from being published as it is.

Each check is a small function returning findings: what is wrong, where, and the admin page
that fixes it. A blocker misleads visitors or leaves them without a way forward (a contact
nobody can reach, an offer nobody can apply to, a page missing in English, a message sent to a
reserved example address); a warning is content to check (a guide past its review date, a
figure without its source, an action plan without its date).

Checks read the French (source) content only: what they look at is either a fact copied to
every translation (channels, addresses, dates) or, for translations, the source's state in
each other language (editorial.translation_status). A check that the content model cannot
support says so (`NOT_CHECKED`) rather than pretending to pass.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.contrib.forms.models import AbstractEmailForm
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models

from core.locales import in_source_language
from core.templatetags.language_tags import long_date
from guides.models import WelcomeGuidePage
from home.blocks import KeyFigureBlock
from home.models import Action, Contact, HRExcellencePage
from offers.models import OfferPage

from .translation_status import State, page_rows, snippet_rows, source_locale, target_locales

# Who sees the report: those who write the French content and its contacts (editors,
# moderators, administrators: editorial/roles.py). Recruiters only write their regions'
# offers and translators only translate, so neither can fix most of what it lists.
PERMISSION = "home.add_contact"

BLOCKER = "blocker"
WARNING = "warning"

# Domains reserved for examples and tests (RFC 2606, RFC 6761): nobody reads their mail.
RESERVED_DOMAINS = ("example.org", "example.com", "example.net")
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost", "localhost")


@dataclass
class Finding:
    check: str
    severity: str
    subject: str  # what is concerned: "Mediator", "Offer 'Postdoc in…'"
    kind: str  # its type: "Contact", "Welcome guide"
    problem: str
    fix_url: str = ""
    fix_label: str = ""


def _edit_page(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])


def _page_kind(page):
    return capfirst(page.specific_class._meta.verbose_name) if page.specific_class else ""


def contacts_without_channel(finder):
    """Contacts with no e-mail, phone or web page: the card says its address will be
    published, and shows the routing HR department's channel or its official page meanwhile."""
    findings = []
    contacts = Contact.objects.filter(in_source_language(), email="", phone="", url="")
    for contact in contacts.select_related("region").order_by("kind", "name"):
        if contact.official_page:
            problem = _("No e-mail, phone or web page; its official page is shown meanwhile.")
        else:
            problem = _("No e-mail, phone, web page or official page.")
        findings.append(
            Finding(
                "contacts",
                BLOCKER,
                str(contact),
                capfirst(Contact._meta.verbose_name),
                str(problem),
                finder.get_edit_url(contact) or "",
                str(_("Add a channel")),
            )
        )
    return findings


def guides_past_review(finder, today=None):
    """Welcome guides whose review date has passed: their rules may have changed."""
    today = today or timezone.localdate()
    guides = WelcomeGuidePage.objects.filter(in_source_language(), review_by__lt=today)
    return [
        Finding(
            "guides",
            WARNING,
            guide.title,
            capfirst(WelcomeGuidePage._meta.verbose_name),
            str(_("To be reviewed since %(date)s: check its rules, then set the next date."))
            % {"date": long_date(guide.review_by)},
            _edit_page(guide.pk),
            str(_("Review the guide")),
        )
        for guide in guides.order_by("review_by", "path")
    ]


def missing_translations(finder):
    """Live French pages and snippets with no translation in another language."""
    findings = []
    source = source_locale()
    content_types = {}
    for locale in target_locales():
        language = locale.get_display_name()
        for row in page_rows(locale, source):
            if row.state != State.MISSING or not row.live:
                continue
            if row.content_type_id not in content_types:
                model = ContentType.objects.get_for_id(row.content_type_id).model_class()
                content_types[row.content_type_id] = (
                    capfirst(model._meta.verbose_name) if model else ""
                )
            findings.append(
                Finding(
                    "translations",
                    BLOCKER,
                    row.title,
                    content_types[row.content_type_id],
                    str(_("No %(language)s version.")) % {"language": language},
                    reverse("wagtail_localize:submit_page_translation", args=[row.pk])
                    + f"?select_locale={locale.language_code}",
                    str(_("Translate")),
                )
            )
        for row in snippet_rows(locale, source):
            if row.state != State.MISSING:
                continue
            model = type(row.instance)
            findings.append(
                Finding(
                    "translations",
                    BLOCKER,
                    str(row.instance),
                    capfirst(model._meta.verbose_name),
                    str(_("No %(language)s version.")) % {"language": language},
                    reverse(
                        "wagtail_localize:submit_snippet_translation",
                        args=[model._meta.app_label, model._meta.model_name, row.instance.pk],
                    )
                    + f"?select_locale={locale.language_code}",
                    str(_("Translate")),
                )
            )
    return findings


def is_reserved_address(address):
    domain = address.strip().rpartition("@")[2].lower().rstrip(".")
    return bool(domain) and (
        domain in RESERVED_DOMAINS
        or any(domain.endswith("." + reserved) for reserved in RESERVED_DOMAINS)
        or domain.endswith(RESERVED_SUFFIXES)
    )


def _reserved_in(value):
    """The reserved addresses of a field's value (form recipients are comma-separated)."""
    return [
        address.strip() for address in str(value or "").split(",") if is_reserved_address(address)
    ]


def _address_fields(model):
    """The e-mail fields a model adds (a page's own, not its parents'), with a form page's
    recipients and sender."""
    names = [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, models.EmailField) and field.model is model
    ]
    if issubclass(model, AbstractEmailForm):
        names += ["to_address", "from_address"]
    return names


def example_recipients(finder):
    """E-mail addresses at reserved example domains in content and settings: messages sent
    there reach nobody (a suggestion form's recipients, an offer's application e-mail, a
    contact's e-mail, any e-mail of a Wagtail setting)."""
    findings = []
    for model in get_page_models():
        if model is Page or model._meta.abstract:
            continue
        names = _address_fields(model)
        if not names:
            continue
        query = models.Q()
        for name in names:
            for domain in RESERVED_DOMAINS:
                query |= models.Q(**{f"{name}__icontains": "@" + domain})
        pages = model.objects.filter(in_source_language()).filter(query).exact_type(model)
        for page in pages.order_by("path"):
            reserved = [address for name in names for address in _reserved_in(getattr(page, name))]
            findings.append(
                Finding(
                    "recipients",
                    BLOCKER,
                    page.title,
                    _page_kind(page),
                    str(_("Example address that nobody reads: %(addresses)s."))
                    % {"addresses": ", ".join(dict.fromkeys(reserved))},
                    _edit_page(page.pk),
                    str(_("Set the real address")),
                )
            )
    for contact in Contact.objects.filter(in_source_language()).exclude(email=""):
        if is_reserved_address(contact.email):
            findings.append(
                Finding(
                    "recipients",
                    BLOCKER,
                    str(contact),
                    capfirst(Contact._meta.verbose_name),
                    str(_("Example address that nobody reads: %(addresses)s."))
                    % {"addresses": contact.email},
                    finder.get_edit_url(contact) or "",
                    str(_("Set the real address")),
                )
            )
    for model in settings_registry:
        names = _address_fields(model)
        if not names:
            continue
        for instance in model.objects.all():
            reserved = [
                address for name in names for address in _reserved_in(getattr(instance, name))
            ]
            if reserved:
                findings.append(
                    Finding(
                        "recipients",
                        BLOCKER,
                        capfirst(model._meta.verbose_name),
                        str(_("Settings")),
                        str(_("Example address that nobody reads: %(addresses)s."))
                        % {"addresses": ", ".join(reserved)},
                        finder.get_edit_url(instance) or "",
                        str(_("Set the real address")),
                    )
                )
    return findings


def offers_without_application(finder, now=None):
    """Offers still open (or not yet published) with neither an application address nor an
    application e-mail: nobody can apply."""
    now = now or timezone.now()
    offers = OfferPage.objects.filter(
        in_source_language(), deadline__gt=now, apply_url="", apply_email=""
    )
    return [
        Finding(
            "offers",
            BLOCKER,
            offer.title,
            capfirst(OfferPage._meta.verbose_name),
            str(_("No application address or e-mail: candidates cannot apply.")),
            _edit_page(offer.pk),
            str(_("Add how to apply")),
        )
        for offer in offers.order_by("deadline", "pk").only("pk", "title")
    ]


def _key_figures(value):
    """The key figures in a stream's value, however deeply nested."""
    if isinstance(value, StreamValue):
        for child in value:
            if isinstance(child.block, KeyFigureBlock):
                yield child.value
            else:
                yield from _key_figures(child.value)
    elif isinstance(value, StructValue):
        for name, child in value.items():
            if isinstance(value.block.child_blocks.get(name), KeyFigureBlock):
                yield child
            else:
                yield from _key_figures(child)
    elif isinstance(value, ListValue):
        if isinstance(value.list_block.child_block, KeyFigureBlock):
            yield from value
        else:
            for child in value:
                yield from _key_figures(child)


def facts_without_source(finder):
    """Key figures without their source (the one content block with a source field), and
    HR Excellence pages whose action plan has no "status as of" date."""
    findings = []
    for model in get_page_models():
        streams = [
            field.name
            for field in model._meta.concrete_fields
            if isinstance(field, StreamField) and field.model is model
        ]
        if not streams or model._meta.abstract:
            continue
        for page in model.objects.filter(in_source_language()).exact_type(model).order_by("path"):
            missing = [
                figure
                for name in streams
                for figure in _key_figures(getattr(page, name))
                if not (figure.get("source") or "").strip()
            ]
            if missing:
                findings.append(
                    Finding(
                        "facts",
                        WARNING,
                        page.title,
                        _page_kind(page),
                        str(_("Key figure without its source: %(figures)s."))
                        % {
                            "figures": ", ".join(
                                f"{figure.get('value')} {figure.get('label')}" for figure in missing
                            )
                        },
                        _edit_page(page.pk),
                        str(_("Cite the source")),
                    )
                )
    if Action.objects.filter(in_source_language()).exists():
        for page in HRExcellencePage.objects.filter(
            in_source_language(), plan_status_date__isnull=True
        ):
            findings.append(
                Finding(
                    "facts",
                    WARNING,
                    page.title,
                    _page_kind(page),
                    str(
                        _(
                            "The action plan's statuses have no “status as of” date: old due "
                            "dates read as current."
                        )
                    ),
                    _edit_page(page.pk),
                    str(_("Give the plan's date")),
                )
            )
    return findings


PLACEHOLDER_TAG = "placeholder"


def placeholder_documents(finder):
    """Documents standing in for a real one. The document model has no field for it, so the
    mark is Wagtail's own document tag "placeholder"; a model without tags cannot say."""
    Document = get_document_model()
    if not hasattr(Document, "tags"):
        return None
    documents = Document.objects.filter(tags__name__iexact=PLACEHOLDER_TAG).distinct()
    return [
        Finding(
            "documents",
            BLOCKER,
            document.title,
            capfirst(Document._meta.verbose_name),
            str(_("A placeholder: replace it with the real document.")),
            finder.get_edit_url(document) or "",
            str(_("Replace")),
        )
        for document in documents.order_by("title")
    ]


@dataclass
class Check:
    key: str
    label: str
    run: object
    # Said instead of findings when the content model gives the check nothing to read.
    not_checked: str = ""
    # How the check finds what it lists, when that is not obvious.
    note: str = ""


CHECKS = [
    Check(
        "contacts",
        _("Contacts without a channel"),
        contacts_without_channel,
        note=_(
            "Visitors read that the direct contact details will be published, with the channel "
            "of their HR department (regional, else national) when it has one, and the "
            "institute's page about the body when one is given. Fill in a channel given by the "
            "body itself: never a guessed address."
        ),
    ),
    Check("offers", _("Offers without an application channel"), offers_without_application),
    Check("recipients", _("Example addresses"), example_recipients),
    Check("translations", _("Missing translations"), missing_translations),
    Check(
        "documents",
        _("Placeholder documents"),
        placeholder_documents,
        not_checked=_(
            "Not checked: documents have no placeholder mark, so a placeholder cannot be told "
            "from a real document. Check the documents list by hand."
        ),
        note=_(
            "Documents have no placeholder field: those tagged “placeholder” are listed. Tag "
            "any document that stands in for a real one, and check the list of documents by "
            "hand."
        ),
    ),
    Check("guides", _("Guides past their review date"), guides_past_review),
    Check("facts", _("Figures and statuses without a source or date"), facts_without_source),
]


@dataclass
class Section:
    key: str
    label: str
    findings: list
    not_checked: str = ""
    note: str = ""

    @property
    def blockers(self):
        return sum(finding.severity == BLOCKER for finding in self.findings)

    @property
    def warnings(self):
        return sum(finding.severity == WARNING for finding in self.findings)


def report(user):
    """Every check's findings, in the order above: [Section]."""
    finder = AdminURLFinder(user)
    sections = []
    for check in CHECKS:
        findings = check.run(finder)
        if findings is None:
            sections.append(Section(check.key, str(check.label), [], str(check.not_checked)))
        else:
            sections.append(Section(check.key, str(check.label), findings, note=str(check.note)))
    return sections


def counts(user):
    """{"blockers": n, "warnings": n} over every check (the dashboard's line)."""
    sections = report(user)
    return {
        "blockers": sum(section.blockers for section in sections),
        "warnings": sum(section.warnings for section in sections),
    }
