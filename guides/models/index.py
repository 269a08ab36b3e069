from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.fragment_cache import public
from home.blocks import BodyBlock
from home.models import BasePage, HeroImageMixin

from .guide import STAGE_ORDER, Stage, WelcomeGuidePage


def guides_in_journey_order(parent):
    """The live guides under a page, by stage of the journey, then in the editors' order."""
    guides = list(public(WelcomeGuidePage.objects.child_of(parent).live()).order_by("path"))
    return sorted(guides, key=lambda guide: STAGE_ORDER.index(guide.stage))


class GuideIndexPage(HeroImageMixin, BasePage):
    """ "Welcome to France": an overview of the support, then the guides along the journey."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "Shown after the guides, which are listed by stage of the journey by themselves: "
            "e.g. the support offered to newcomers."
        ),
    )

    content_panels = BasePage.content_panels + HeroImageMixin.hero_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    search_suggestion_rank = 2  # suggested after the offers when a search finds nothing

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.WelcomeGuidePage", "guides.NewcomerPathPage", "home.StandardPage"]

    class Meta:
        verbose_name = _("guide index page")
        verbose_name_plural = _("guide index pages")

    def get_context(self, request, *args, **kwargs):
        from .path import NewcomerPathPage

        context = super().get_context(request, *args, **kwargs)
        guides = guides_in_journey_order(self)
        context["stages"] = [
            (label, [guide for guide in guides if guide.stage == value])
            for value, label in Stage.choices
            if any(guide.stage == value for guide in guides)
        ]
        context["path_page"] = NewcomerPathPage.objects.child_of(self).live().first()
        context["other_pages"] = public(self.get_children().live()).not_type(
            WelcomeGuidePage, NewcomerPathPage
        )
        return context
