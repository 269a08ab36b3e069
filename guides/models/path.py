from django.utils.translation import gettext_lazy as _

from guides.paths import SituationForm, path_steps
from home.models import BasePage

from .index import guides_in_journey_order


class NewcomerPathPage(BasePage):
    """ "Where do I start?": the steps of all guides that concern a newcomer's situation.

    The visitor answers three questions (plain GET, no JavaScript); the answer is a path made
    of the guides' own steps, in journey order, each linking to its guide.
    """

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("newcomers' path page")
        verbose_name_plural = _("newcomers' path pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = SituationForm(request.GET or None)
        context["form"] = form
        if form.is_valid():
            guides = guides_in_journey_order(self.get_parent())
            context["path"] = path_steps(guides, form.answers())
        return context
