"""Admin: the guides whose rules must be checked again (their review date has passed)."""

import django_filters
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .models import Stage, WelcomeGuidePage


class ReviewFilter(django_filters.ChoiceFilter):
    def filter(self, qs, value):
        today = timezone.localdate()
        if value == "due":
            return qs.filter(review_by__lte=today)
        if value == "upcoming":
            return qs.filter(review_by__gt=today)
        return qs


class GuideFilterSet(PageListingViewSet.filterset_class):
    review = ReviewFilter(
        label=_("Review"),
        empty_label=_("Any"),
        choices=[("due", _("Review date passed")), ("upcoming", _("Up to date"))],
    )
    stage = django_filters.ChoiceFilter(label=_("Stage"), choices=Stage.choices)

    class Meta:
        model = WelcomeGuidePage
        fields = ["live", "locale"]


class GuideReviewIndexView(PageListingViewSet.index_view_class):
    default_ordering = "review_by"  # the most overdue first


class GuideReviewViewSet(PageListingViewSet):
    """Every welcome guide, the oldest review date first: those past it need checking."""

    model = WelcomeGuidePage
    index_view_class = GuideReviewIndexView
    icon = "calendar-check"
    menu_label = _("Guides to review")
    menu_order = 160
    add_to_admin_menu = True
    filterset_class = GuideFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("get_stage_display", label=_("Stage")),
        DateColumn("last_checked", label=_("Last checked"), sort_key="last_checked"),
        DateColumn("review_by", label=_("Review by"), sort_key="review_by"),
    ]

    @cached_property
    def menu_item_class(self):
        # Wagtail shows a page listing to anyone with a page right anywhere: a recruiter, whose
        # rights stop at the offers, would find an empty list.
        model = self.model

        class GuidesMenuItem(super().menu_item_class):
            def is_shown(self, request):
                policy = policy_registry.get_by_type(Page)
                return policy.explorable_instances(request.user).type(model).exists()

        return GuidesMenuItem


@hooks.register("register_admin_viewset")
def register_guide_review_listing():
    return GuideReviewViewSet("guides-review")
