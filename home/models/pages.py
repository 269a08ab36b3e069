import functools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core import fragment_cache
from core.locales import is_source
from core.search_text import HEADINGS_BOOST, HEADINGS_FIELD, stream_headings
from home.blocks import BodyBlock
from home.routing import route_below


@functools.cache
def permission_tester():
    """The page permission tester class named by settings.PAGE_PERMISSION_TESTER.

    Who may do what is decided by the editorial app, which sits above the content apps: pages
    reach it through the setting, never by importing it (docs/architecture.md, "Layers").
    """
    return import_string(settings.PAGE_PERMISSION_TESTER)


class ListingFieldsMixin(models.Model):
    """What a card shows when the page is listed (home entry points, search results).

    The summary is Wagtail's own `search_description`, so one field serves both the card
    and the meta description, and listings need no `.specific()` query.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short lead paragraph shown under the title."),
    )

    class Meta:
        abstract = True


class BasePage(ListingFieldsMixin, Page):
    """The abstract base of every page type: listing, SEO and search fields, declared once."""

    # Page.search_fields index the title with boost 2; the summary and the search description
    # say what the page is about, so they count more than the body (boost 1.5).
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=1.5),
        index.SearchField("search_description", boost=1.5),
        # The headings of the body, again: their words count more than the rest of the body,
        # less than the summary (core.search_text.HEADINGS_BOOST).
        index.SearchField(HEADINGS_FIELD, boost=HEADINGS_BOOST),
    ]
    # The StreamFields whose headings `search_headings` indexes (fields a page lacks are skipped).
    search_heading_streams = ("body",)
    # Site search multiplies a page's score by its type's boost (search/database): information
    # pages explain a subject that hundreds of offers only mention (RTT, remote work, disability)
    # and must not be buried under them. OfferPage declares 1.
    search_boost = 2.0
    # Where site search takes a result's excerpt from, in this order (fields a page lacks are
    # skipped): prose, not the facts a result already shows.
    search_excerpt_fields = ("intro", "search_description", "body")
    # How site search shows a result of this type (search/views.py), given `result`: the page,
    # with its `search_section` and `search_excerpt`. Types with facts to show extend it.
    search_result_template = "home/includes/search_result.html"
    # When a search finds nothing, site search suggests the first live page of each type that
    # has a rank here, lowest first (offers: 1, guides: 2).
    search_suggestion_rank = None

    def search_headings(self):
        """The headings of the page's body, indexed as their own field (HEADINGS_FIELD)."""
        return stream_headings(*(getattr(self, name, None) for name in self.search_heading_streams))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
            _("For search engines and listings"),
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], _("For site menus")),
    ]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        # Wagtail checks them before serving any page (two queries, one scanning the page
        # table); while no page has a restriction, none can apply.
        if not fragment_cache.restrictions_exist():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @classmethod
    def exclude_from_search(cls, pages):
        """`pages` (live and public, of every type) without the pages of this type that site
        search must not show. Site search calls it on every page model; none by default."""
        return pages

    def permissions_for_user(self, user):
        return permission_tester()(user, self)

    def is_source_locale(self):
        """True for pages in the source language (French); translations may be incomplete."""
        return self.locale_id is None or is_source(self.locale)

    def clean(self):
        super().clean()
        # Editorial rules bind the French source only: a translation or an alias may be
        # incomplete while the translator works on it.
        if self.is_source_locale() and self.show_in_menus and not self.search_description:
            raise ValidationError(
                {
                    "search_description": _(
                        "Pages shown in the menu need a summary: it is shown on the home page."
                    )
                }
            )


class HeroImageMixin(models.Model):
    """A picture at the top of a section or a guide, with its text alternative.

    The image is the same in every language (wagtail-localize synchronises it); its text
    alternative is a translated text, so each language carries its own, and neither may be
    left empty while there is an image. Shown as a <picture> with AVIF and WebP renditions
    (home/templates/home/includes/hero_image.html).
    """

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional. A wide picture shown under the title, at least 1,200 pixels wide; "
            "no text in the picture."
        ),
    )
    hero_image_alt = models.CharField(
        _("hero image text alternative"),
        max_length=250,
        blank=True,
        help_text=_(
            "Required with an image: what the picture shows, for people who cannot see it "
            "(e.g. A researcher at a microscope in a laboratory). Translated with the page."
        ),
    )

    hero_panels = [
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")], _("Hero image"))
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.hero_image_id and not (self.hero_image_alt or "").strip():
            raise ValidationError(
                {
                    "hero_image_alt": _(
                        "Describe the image for people who cannot see it: the text "
                        "alternative is required with an image."
                    )
                }
            )


class HomePage(BasePage):
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "Shown under the section cards, which are made from the pages shown in the menu "
            "and their summaries: e.g. key figures or a call to action."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    def route(self, request, path_components):
        # Every page is below a home page: its whole path is found in one query
        # (home/routing.py) instead of two per level.
        if not path_components:
            return super().route(request, path_components)
        return route_below(self, request, path_components)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.AccessibilityStatementPage",
        "home.HRExcellencePage",
        "offers.OfferIndexPage",
        "guides.GuideIndexPage",
        "guides.WorkingConditionsPage",
        "guides.ContactsPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The entry points are the sections of the main navigation, so the cards and the
        # menu come from one query (see home.templatetags.navigation_tags).
        from home.navigation import menu_pages

        context["entry_points"] = menu_pages(request, self)
        return context


class StandardPage(HeroImageMixin, BasePage):
    """An information page: legal notices, section pages, anything made of shared blocks."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "The page's content, under the introduction. Start each section with a Heading "
            "block; tables, FAQs and lists of documents have blocks of their own."
        ),
    )
    show_in_footer = models.BooleanField(
        _("show in footer"),
        default=False,
        help_text=_("Legal pages (legal notice, accessibility, privacy) are linked in the footer."),
    )

    content_panels = BasePage.content_panels + HeroImageMixin.hero_panels + [FieldPanel("body")]
    promote_panels = BasePage.promote_panels + [
        MultiFieldPanel([FieldPanel("show_in_footer")], _("For the footer")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    subpage_types = ["home.StandardPage", "home.SuggestionFormPage", "home.QuestionnairePage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
