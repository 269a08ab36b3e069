"""The editors' dashboard panel: what needs doing this week."""

from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import WorkflowState

from core.locales import in_source_language
from offers.models import OfferPage

from . import readiness
from .permissions import offer_regions
from .translation_status import dashboard_counts

CLOSING_SHOWN = 8
TRANSLATIONS_CACHE = ("editorial:translation-counts", 60)
# The same for everyone who may see the report: only its links depend on the user.
READINESS_CACHE = ("editorial:readiness-counts", 60)


class EditorialPanel(Component):
    name = "editorial"
    template_name = "editorial/dashboard_panel.html"
    order = 90  # above Wagtail's own panels

    def __init__(self, request):
        self.request = request

    def closing_offers(self):
        now = timezone.now()
        offers = OfferPage.objects.live().filter(
            in_source_language(),
            deadline__gt=now,
            deadline__lte=now + timedelta(days=7),
        )
        regions = offer_regions(self.request.user)
        if regions is not None:
            offers = offers.filter(region_id__in=regions)
        return offers.order_by("deadline").only("pk", "title", "deadline", "city")

    def get_context_data(self, parent_context):
        user = self.request.user
        closing = self.closing_offers()
        in_moderation = WorkflowState.objects.active()
        # A recruiter follows what they submitted; the others, everything under review.
        own_only = offer_regions(user) is not None
        if own_only:
            in_moderation = in_moderation.filter(requested_by=user)
        context = {
            "closing": closing[:CLOSING_SHOWN],
            "closing_count": closing.count(),
            "in_moderation": in_moderation.count(),
            "own_only": own_only,
            "can_translate": user.has_perm("wagtail_localize.submit_translation"),
        }
        if context["can_translate"]:
            key, timeout = TRANSLATIONS_CACHE
            counts = cache.get_or_set(key, dashboard_counts, timeout)
            context["missing"] = counts["missing"]
            context["outdated"] = counts["outdated"]
        context["can_see_readiness"] = user.has_perm(readiness.PERMISSION)
        if context["can_see_readiness"]:
            key, timeout = READINESS_CACHE
            found = cache.get_or_set(key, lambda: readiness.counts(user), timeout)
            context["readiness_blockers"] = found["blockers"]
            context["readiness_warnings"] = found["warnings"]
        return context
