from datetime import timedelta
from functools import lru_cache
from html import unescape

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from core import fragment_cache
from core.fragment_cache import public
from core.locales import in_locale
from core.page_cache import fresh_for
from home.blocks import BodyBlock
from home.models import BasePage, Contact, ContactKind, Region
from home.translation import facts

from .choices import COMPETITION_KINDS, Category, Kind, Profile
from .copying import OfferCopyForm
from .forms import OfferPageForm
from .schema import OFFER_FACTS

OFFER_RICH_TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]


class ResearchField(TranslatableMixin, models.Model):
    """A research field offers are filed under (neurosciences, immunology, public health…).

    Like regions, offers point to the French item and its slug is shared by both languages.
    """

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_(
            "As candidates read it in the offers' filter and on offers, e.g. Neurosciences. "
            "Translated in each language."
        ),
    )
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("Used in addresses; the same in every language.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = facts("slug")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("research field")
        verbose_name_plural = _("research fields")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_research_field_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class OfferIndexPage(RoutablePageMixin, BasePage):
    """The offers section: the searchable listing, its feeds and API, then how recruitment works."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Shown under the listing: how recruitment works, competitions, advice."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    search_suggestion_rank = 1  # suggested first when a search finds nothing

    parent_page_types = ["home.HomePage"]
    subpage_types = ["offers.OfferPage"]
    max_count_per_parent = 1
    # Filters are codes and slugs shared by both languages (see home.navigation).
    keeps_query_across_languages = True

    class Meta:
        verbose_name = _("offers index page")
        verbose_name_plural = _("offers index pages")

    def open_offers(self):
        """Open offers of this listing's language, whatever the tree they were added to."""
        return OfferPage.objects.open().filter(locale_id=self.locale_id)

    @path("")
    def listing(self, request):
        from .views import listing

        return listing(request, self)

    @path("feed/")
    def feed(self, request):
        from .feeds import OfferFeed

        return OfferFeed()(request, index_page=self)

    @path("calendar/")
    def competitions_calendar(self, request):
        from .feeds import offers_calendar

        return offers_calendar(request, self)

    @path("api/")
    def api(self, request):
        from .api import offer_list

        return offer_list(request, self)

    @path("api/openapi/")
    def api_description(self, request):
        """The API's OpenAPI document (offers/api_schema.py)."""
        from .api import openapi_document

        return openapi_document(request, self)

    @path("euraxess/")
    def euraxess(self, request):
        """Open fixed-term researcher offers as EURAXESS job XML, for HR (offers/euraxess.py):
        signed-in users who may change offers only, never cached. (Wagtail's page addresses
        allow no dot: the file is named euraxess-<date>.xml by its Content-Disposition.)"""
        from .euraxess import export_response

        return export_response(request)

    def get_cached_paths(self):
        # Publishing an offer purges the listing and, with these, its feeds and its API
        # (page_cache.py; the OpenAPI document does not change with the offers).
        return ["/", "feed/", "calendar/", "api/"]


class OfferQuerySet(PageQuerySet):
    def open(self):
        """Live, public offers whose deadline has not passed, checked at query time.

        No cron closes offers: the moment the deadline passes, they leave every listing.
        """
        return public(self.live()).filter(deadline__gt=timezone.now())

    def closed(self):
        return self.filter(deadline__lte=timezone.now())


OfferPageManager = PageManager.from_queryset(OfferQuerySet)


@lru_cache(maxsize=1)
def shared_sentences():
    """The sentences every generated offer repeats, longest first (offers/demo_vocabulary.py):
    the working environment, remote work, the working languages."""
    from . import demo_vocabulary as vocab

    pairs = [*vocab.ENVIRONMENT, vocab.REMOTE_WORK, *vocab.LANGUAGE_BULLETS.values()]
    return sorted({text for pair in pairs for text in pair}, key=len, reverse=True)


def without_shared_sentences(html):
    """Rich text as plain text, less the sentences shared by every offer."""
    text = unescape(strip_tags(str(html or "").replace("<", " <")))
    for sentence in shared_sentences():
        if sentence in text:
            text = text.replace(sentence, " ")
    return " ".join(text.split())


class OfferPage(RoutablePageMixin, BasePage):
    """One job offer or one competition ("concours").

    Facts that mean the same in both languages (dates, codes, place, taxonomy) are
    synchronised from the French offer; texts are translated.
    """

    reference = models.CharField(
        _("reference"),
        max_length=40,
        help_text=_("The offer's unique reference, e.g. 2026-CDD-0142. Used by imports."),
    )
    kind = models.CharField(
        _("kind of offer"),
        max_length=32,
        choices=Kind.choices,
        help_text=_(
            "Candidates filter the listing by it. Competitions (CR, DR, IT) also need their "
            "calendar, in the last section."
        ),
    )
    category = models.CharField(
        _("staff category"),
        max_length=16,
        choices=Category.choices,
        help_text=_(
            "The category of the post, not of the contract: a PhD position is a researcher "
            "post. Candidates filter the listing by it."
        ),
    )
    profile = models.CharField(
        _("researcher profile (EURAXESS)"),
        max_length=2,
        choices=Profile.choices,
        blank=True,
        help_text=_("Leave empty for engineer, technician and support posts."),
    )
    laboratory = models.CharField(
        _("laboratory or unit"),
        max_length=200,
        help_text=_("Name and code of the unit, e.g. Institut de la Vision (UMR-S 968)."),
    )
    city = models.CharField(
        _("city"),
        max_length=100,
        db_index=True,
        help_text=_(
            "Spelled as on the other offers (e.g. Paris, Lyon): the listing's city filter "
            "groups offers by the exact spelling."
        ),
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_(
            "The delegation the post belongs to: the region filter, the offers shown first to "
            "visitors who chose a region and which recruiters may edit the offer follow it."
        ),
    )
    works_in_french = models.BooleanField(
        _("French"),
        default=True,
        help_text=_("The team works in French. Tick at least one working language."),
    )
    works_in_english = models.BooleanField(
        _("English"),
        default=False,
        help_text=_("The team works in English: the offer card says “English spoken”."),
    )
    remote_work = models.BooleanField(
        _("remote work possible"),
        default=False,
        help_text=_("Some days a week of remote work can be agreed with the team."),
    )
    duration_months = models.PositiveSmallIntegerField(
        _("duration (months)"), null=True, blank=True, help_text=_("Empty for permanent posts.")
    )
    start_date = models.DateField(
        _("start date"),
        null=True,
        blank=True,
        help_text=_("Shown as “from 1 March 2027” with the contract. Empty when it is open."),
    )
    salary_min = models.PositiveIntegerField(
        _("minimum gross monthly salary (€)"),
        null=True,
        blank=True,
        help_text=_(
            "Whole euros, e.g. 2900. Shown as “€2,900 to €4,000 gross a month” unless the "
            "salary information below is given; job search engines receive it too."
        ),
    )
    salary_max = models.PositiveIntegerField(
        _("maximum gross monthly salary (€)"),
        null=True,
        blank=True,
        help_text=_("Used with a minimum only. Empty for a single amount."),
    )
    salary_details = models.CharField(
        _("salary information"),
        max_length=255,
        blank=True,
        help_text=_("E.g. according to experience, on the public research pay scale."),
    )
    deadline = models.DateTimeField(
        _("application deadline"),
        help_text=_("Paris time. The offer leaves the listing at this moment."),
    )
    apply_url = models.URLField(
        _("application address (URL)"),
        blank=True,
        help_text=_(
            "The page where candidates apply online (“Apply online” button). Give this "
            "address, an application e-mail, or both."
        ),
    )
    apply_email = models.EmailField(
        _("application e-mail"),
        blank=True,
        help_text=_(
            "Applications sent by e-mail go here, with the offer's reference as subject. Give "
            "this e-mail, an application address, or both."
        ),
    )
    application_details = models.TextField(
        _("how to apply"),
        blank=True,
        help_text=_("What to send: CV, cover letter, references…"),
    )
    contact_name = models.CharField(
        _("contact name"),
        max_length=100,
        blank=True,
        help_text=_(
            "Who answers questions about the post, e.g. the team leader; shown under “How to "
            "apply”. Leave both contact fields empty to show no contact."
        ),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("For questions about the post; applications go to the application e-mail."),
    )
    description = RichTextField(
        _("description"),
        features=OFFER_RICH_TEXT_FEATURES,
        help_text=_("The project, the team and the missions."),
    )
    candidate_profile = RichTextField(
        _("profile sought"),
        features=OFFER_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Degrees, skills and experience sought, under “Profile sought”. Empty: the section "
            "is left out."
        ),
    )
    hr_excellence = models.BooleanField(
        _("show the HR Excellence in Research logo"),
        default=True,
        help_text=_("The European Commission's label, shown beside the offer's title."),
    )
    euraxess_url = models.URLField(
        _("EURAXESS address"),
        blank=True,
        help_text=_(
            "Once HR has published the offer on EURAXESS, its address there, e.g. "
            "https://euraxess.ec.europa.eu/jobs/123456: the offer links to it. Empty: not on "
            "EURAXESS."
        ),
    )
    registration_opens = models.DateField(
        _("registration opens"),
        null=True,
        blank=True,
        help_text=_(
            "Competitions only; optional. The dates follow each other: registration, "
            "deadline, auditions, results."
        ),
    )
    auditions_start = models.DateField(
        _("auditions start"),
        null=True,
        blank=True,
        help_text=_("Competitions only; required. The first day of auditions before the jury."),
    )
    auditions_end = models.DateField(
        _("auditions end"),
        null=True,
        blank=True,
        help_text=_("Competitions only. Empty when the auditions last one day."),
    )
    results_date = models.DateField(
        _("results announced"),
        null=True,
        blank=True,
        help_text=_("Competitions only; required. Shown last in the competition calendar."),
    )

    objects = OfferPageManager()

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("reference"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("category"), FieldPanel("profile")]),
                InlinePanel("research_fields", label=_("Research fields"), min_num=1),
            ],
            _("The offer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("laboratory"),
                # Plain lists rather than choosers: 13 regions and about 20 fields are read
                # faster in a select, and a recruiter's list holds their regions only.
                FieldRowPanel([FieldPanel("city"), FieldPanel("region", widget=forms.Select)]),
                FieldRowPanel(
                    [
                        FieldPanel("works_in_french"),
                        FieldPanel("works_in_english"),
                        FieldPanel("remote_work"),
                    ],
                    heading=_("Working languages and remote work"),
                ),
            ],
            _("Where"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("duration_months"), FieldPanel("start_date")]),
                FieldRowPanel([FieldPanel("salary_min"), FieldPanel("salary_max")]),
                FieldPanel("salary_details"),
            ],
            _("Contract and salary"),
        ),
        FieldPanel("description"),
        FieldPanel("candidate_profile"),
        MultiFieldPanel(
            [
                FieldPanel("deadline"),
                FieldRowPanel([FieldPanel("apply_url"), FieldPanel("apply_email")]),
                FieldPanel("application_details"),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")]),
                FieldPanel("hr_excellence"),
                FieldPanel("euraxess_url"),
            ],
            _("Applying"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_opens"),
                FieldRowPanel([FieldPanel("auditions_start"), FieldPanel("auditions_end")]),
                FieldPanel("results_date"),
            ],
            _("Competition calendar (competitions only)"),
            classname="collapsed",
        ),
    ]

    # The description and profile are indexed without the sentences the institute repeats in
    # every offer (leave and RTT, remote work, the environment, working languages): indexed once
    # per offer, they made hundreds of offers answer "RTT" or "télétravail" before the page that
    # explains it. The reference counts as much as the title.
    search_fields = BasePage.search_fields + [
        index.SearchField("reference", boost=2),
        index.SearchField("laboratory"),
        index.SearchField("city"),
        index.SearchField("indexed_description"),
        index.SearchField("indexed_candidate_profile"),
        index.SearchField("indexed_research_fields", boost=1.5),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
        index.FilterField("category"),
        index.FilterField("profile"),
        index.FilterField("city"),
        index.FilterField("region"),
        index.FilterField("deadline"),
        index.FilterField("works_in_french"),
        index.FilterField("works_in_english"),
        index.FilterField("remote_work"),
        # For the engine's facet counts (offers/facets.py); the database backends skip them.
        index.FilterField("region_slug"),
        index.FilterField("research_field_slugs"),
    ]
    search_excerpt_fields = ("intro", "description", "candidate_profile")
    # A search result shows the offer's kind, laboratory, place and deadline too.
    search_result_template = "offers/includes/search_result.html"
    # Site search multiplies an offer's score by 1, an information page's by BasePage's 2.
    search_boost = 1.0

    def indexed_description(self):
        return without_shared_sentences(self.description)

    def indexed_candidate_profile(self):
        return without_shared_sentences(self.candidate_profile)

    def indexed_research_fields(self):
        """The offer's research fields in its language ("postdoc neurosciences")."""
        links = list(self.research_fields.all())  # prefetched by update_index
        fields = [link.research_field for link in links]
        if fields and any(field.locale_id != self.locale_id for field in fields):
            fields = in_locale(fields, self.locale_id)
        return " ".join(field.name for field in fields)

    # Facts are the same in both languages; only texts are translated.
    override_translatable_fields = facts(*OFFER_FACTS)

    parent_page_types = ["offers.OfferIndexPage"]
    subpage_types = []
    base_form_class = OfferPageForm
    # "Copy" asks for the copy's own reference: an offer's reference is unique (copying.py).
    copy_form_class = OfferCopyForm

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        indexes = [
            models.Index(fields=["reference"]),
            models.Index(fields=["kind", "deadline"]),
            # The deadline with the page: every search excludes the closed offers (their ids,
            # by deadline), read from this index alone (PostgreSQL read 1,000 rows of the table
            # for it at 10,000 offers, 3 ms, twice a search).
            models.Index(fields=["deadline", "page_ptr"], name="offers_deadline_page"),
        ]

    @classmethod
    def exclude_from_search(cls, pages):
        """An offer past its deadline leaves search results the moment it closes (an
        unpublished one is not live, so never there)."""
        return pages.exclude(id__in=cls.objects.closed().values("pk"))

    @classmethod
    def search_fresh_for(cls):
        """Seconds until exclude_from_search() next changes (the next deadline to pass), or
        None when no deadline is to come: search results kept longer would show a closed
        offer or count it (search.result_cache)."""
        now = timezone.now()
        upcoming = cls.objects.filter(deadline__gt=now).order_by("deadline")
        deadline = upcoming.values_list("deadline", flat=True).first()
        return None if deadline is None else (deadline - now).total_seconds()

    # --- Facts -------------------------------------------------------------------

    @property
    def is_open(self):
        return self.deadline > timezone.now()

    @property
    def is_competition(self):
        return self.kind in COMPETITION_KINDS

    @property
    def days_left(self):
        """Whole days until the deadline, in Paris time (0 on the last day)."""
        today = timezone.localdate()
        return (timezone.localtime(self.deadline).date() - today).days

    @property
    def working_languages(self):
        languages = []
        if self.works_in_french:
            languages.append(_("French"))
        if self.works_in_english:
            languages.append(_("English"))
        return languages

    @cached_property
    def localized_region(self):
        """The region in the page's language (the French item until translated): one query."""
        regions = Region.objects.filter(
            models.Q(pk=self.region_id)
            | models.Q(
                translation_key=models.Subquery(
                    Region.objects.filter(pk=self.region_id).values("translation_key")
                ),
                locale_id=self.locale_id,
            )
        )
        return max(regions, key=lambda region: region.locale_id == self.locale_id)

    @cached_property
    def job_posting(self):
        from .structured_data import job_posting

        return job_posting(self, self.localized_region.name)

    @classmethod
    def get_indexed_objects(cls):
        # The facet fields below read the region and research fields: fetched with the
        # chunk, not once per offer, when update_index sends offers to Elasticsearch.
        return (
            super()
            .get_indexed_objects()
            .select_related("region")
            .prefetch_related("research_fields__research_field")
        )

    @property
    def region_slug(self):
        return self.region.slug if self.region_id else ""

    @property
    def research_field_slugs(self):
        return [link.research_field.slug for link in self.research_fields.all()]

    @cached_property
    def field_links(self):
        return list(self.research_fields.select_related("research_field"))

    def research_field_items(self):
        """Research fields in the page's language."""
        return in_locale([link.research_field for link in self.field_links], self.locale_id)

    def related_offers(self, limit=3):
        """Open offers sharing a research field or the region, soonest deadline first."""
        field_ids = [link.research_field_id for link in self.field_links]
        # A subquery, not a join: no DISTINCT, so the database walks the deadline index
        # and stops at the third match.
        same_field = OfferResearchField.objects.filter(research_field_id__in=field_ids)
        return list(
            OfferPage.objects.open()
            .filter(locale_id=self.locale_id)
            .exclude(translation_key=self.translation_key)
            .filter(
                models.Q(pk__in=same_field.values("offer_id")) | models.Q(region_id=self.region_id)
            )
            .order_by("deadline")
            .only(*CARD_FIELDS)[:limit]
        )

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.is_open else []

    def clean(self):
        super().clean()
        errors = offer_rule_errors(self.__dict__)
        if self.reference and self.locale_id:
            duplicate = (
                OfferPage.objects.filter(reference=self.reference, locale_id=self.locale_id)
                .exclude(translation_key=self.translation_key)
                .exists()
            )
            if duplicate:
                errors["reference"] = _("Another offer already has this reference.")
        if errors:
            raise ValidationError(errors)

    @path("calendar/")
    def calendar(self, request):
        """The offer's dates as an iCal file ("Add to calendar")."""
        from .feeds import offer_calendar

        return offer_calendar(request, self)

    @path("share-card/<str:version>/")
    def share_card(self, request, version):
        """The offer's picture for sharing (og:image), drawn once per version (share_card.py)."""
        from .share_card import share_card_response

        return share_card_response(request, self, version)

    def share_image_url(self, request):
        """The page frame's og:image (home.templatetags.seo_tags): the offer's share card."""
        from .share_card import share_card_url

        return share_card_url(self, request)

    def get_cached_paths(self):
        # Publishing the offer purges its page and its iCal file (page_cache.py).
        return ["/", "calendar/"]

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The share card keeps the lifetime it set: its address changes with each revision.
        if self.is_open and getattr(response, "fresh_for", None) is None:
            # At the deadline the page says "applications closed": no cache keeps it longer.
            fresh_for(response, (self.deadline - timezone.now()).total_seconds())
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_offers"] = self.current_related_offers(request) if self.is_open else []
        # Contacts are snippets: saving one renews the content generation.
        context["newcomer_contact"] = fragment_cache.get_or_compute(
            request, f"newcomer-contact:{self.locale_id}", lambda: newcomer_contact(self.locale_id)
        )
        return context

    def current_related_offers(self, request):
        """related_offers(), kept in the content generation (a publish renews it) until the
        first of them closes: then the list changes without anything being published."""
        name = f"related-offers:{self.pk}"
        stored = fragment_cache.lookup(request, name)
        if stored is not None and stored[0] > timezone.now():
            return stored[1]
        offers = self.related_offers()
        until = min((offer.deadline for offer in offers), default=None)
        if until is None:
            # None to show: only a publish (which renews the generation) can bring one.
            until = timezone.now() + timedelta(days=365)
        fragment_cache.store(request, name, (until, offers))
        return offers


def newcomer_contact(locale_id):
    """The national advisor for staff from abroad, in the page's language: offers show it to
    the third of applicants who would move to France."""
    return Contact.objects.filter(
        locale_id=locale_id, kind=ContactKind.SOCIAL_ADVISOR, region=None
    ).first()


class OfferResearchField(Orderable):
    """Links an offer to a research field (the French item; see ResearchField)."""

    offer = ParentalKey(OfferPage, on_delete=models.CASCADE, related_name="research_fields")
    research_field = models.ForeignKey(
        ResearchField,
        verbose_name=_("research field"),
        on_delete=models.PROTECT,
        related_name="offer_links",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_(
            "Candidates find the offer under this field in the listing's filter, and related "
            "offers share it. The list is kept in Snippets › Research fields."
        ),
    )

    panels = [FieldPanel("research_field", widget=forms.Select)]

    class Meta(Orderable.Meta):
        verbose_name = _("research field")
        verbose_name_plural = _("research fields")
        constraints = [
            models.UniqueConstraint(
                fields=["offer", "research_field"], name="unique_research_field_per_offer"
            )
        ]


def offer_rule_errors(values):
    """The rules an offer's facts follow, for the editor's form and for imports alike.

    `values` maps field names to values; returns {field name: message}.
    """
    errors = {}
    if not values.get("apply_url") and not values.get("apply_email"):
        errors["apply_url"] = _("Give an application address, an e-mail, or both.")
    low, high = values.get("salary_min"), values.get("salary_max")
    if low and high and low > high:
        errors["salary_max"] = _("The maximum salary is below the minimum.")
    if values.get("kind") in COMPETITION_KINDS:
        for name in ("auditions_start", "results_date"):
            if values.get(name) is None:
                errors[name] = _("Competitions show their calendar: this date is required.")
        deadline = values.get("deadline")
        steps = [
            ("registration_opens", values.get("registration_opens")),
            ("deadline", timezone.localtime(deadline).date() if deadline else None),
            ("auditions_start", values.get("auditions_start")),
            ("auditions_end", values.get("auditions_end")),
            ("results_date", values.get("results_date")),
        ]
        known = [(name, value) for name, value in steps if value is not None]
        for (_earlier, before), (name, after) in zip(known, known[1:], strict=False):
            if after < before:
                errors[name] = _("The competition dates must follow each other in time.")
                break
    if not values.get("works_in_french") and not values.get("works_in_english"):
        errors["works_in_french"] = _("Choose at least one working language.")
    return errors


# What an offer card shows: enough for the listing, the feeds and related offers.
CARD_FIELDS = (
    "id",
    "title",
    "url_path",
    "locale_id",
    "translation_key",
    "alias_of_id",
    "first_published_at",
    "reference",
    "kind",
    "category",
    "laboratory",
    "city",
    "region_id",
    "works_in_french",
    "works_in_english",
    "remote_work",
    "deadline",
    "duration_months",
)
