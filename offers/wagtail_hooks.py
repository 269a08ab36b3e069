"""Admin: a flat listing of every offer with the filters recruiters need, and the taxonomy."""

from datetime import timedelta

import django_filters
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.locales import in_source_language
from home.models import Region
from home.snippet_views import LanguageIndexView

from . import copying, euraxess
from .choices import Kind
from .models import OfferPage, ResearchField


class DeadlineFilter(django_filters.ChoiceFilter):
    def filter(self, qs, value):
        now = timezone.now()
        if value == "open":
            return qs.filter(deadline__gt=now)
        if value == "week":
            return qs.filter(deadline__gt=now, deadline__lte=now + timedelta(days=7))
        if value == "closed":
            return qs.filter(deadline__lte=now)
        return qs


class OfferFilterSet(PageListingViewSet.filterset_class):
    kind = django_filters.MultipleChoiceFilter(
        label=_("Kind of offer"),
        choices=Kind.choices,
        widget=django_filters.widgets.forms.CheckboxSelectMultiple,
    )
    region = django_filters.ModelMultipleChoiceFilter(
        label=_("Region"),
        queryset=Region.objects.filter(in_source_language()),
        widget=django_filters.widgets.forms.CheckboxSelectMultiple,
    )
    deadline_state = DeadlineFilter(
        label=_("Deadline"),
        empty_label=_("Any"),
        choices=[
            ("open", _("Open")),
            ("week", _("Closing within 7 days")),
            ("closed", _("Closed")),
        ],
    )

    class Meta:
        model = OfferPage
        fields = ["live", "locale"]


class OfferIndexView(PageListingViewSet.index_view_class):
    @cached_property
    def header_buttons(self):
        """The EURAXESS export (offers/euraxess.py), for those allowed to download it."""
        buttons = list(super().header_buttons)
        url = euraxess.export_url(self.request.user)
        if url:
            buttons.append(HeaderButton(_("EURAXESS export (XML)"), url=url, icon_name="download"))
        return buttons


class OfferListingViewSet(PageListingViewSet):
    model = OfferPage
    index_view_class = OfferIndexView
    icon = "suitcase"
    menu_label = _("Offers")
    menu_order = 150
    add_to_admin_menu = True
    filterset_class = OfferFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("reference", label=_("Reference"), sort_key="reference"),
        Column("get_kind_display", label=_("Kind")),
        Column("city", label=_("City"), sort_key="city"),
        DateColumn("deadline", label=_("Deadline"), sort_key="deadline"),
    ]


@hooks.register("register_admin_viewset")
def register_offer_listing():
    return OfferListingViewSet("offers")


class ResearchFieldViewSet(SnippetViewSet):
    model = ResearchField
    index_view_class = LanguageIndexView
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(ResearchFieldViewSet)


@hooks.register("after_copy_page")
def give_an_offer_copy_its_reference(request, page, new_page):
    """The reference asked for by the offer's copy form (offers/copying.py)."""
    copy = new_page.specific
    if isinstance(copy, OfferPage):
        copying.give_the_copy_its_reference(request, copy)
