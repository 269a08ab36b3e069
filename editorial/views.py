"""The translation status report: every page and snippet, with its state in each language."""

from django.contrib.auth.decorators import permission_required
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import readiness
from .permissions import translates_only
from .translation_status import (
    PageRow,
    State,
    page_rows,
    snippet_rows,
    source_locale,
    target_locales,
)

PERMISSION = "wagtail_localize.submit_translation"
PER_PAGE = 50
KINDS = {"pages": _("Pages"), "snippets": _("Snippets")}


def _page_type(content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return capfirst(model._meta.verbose_name) if model else _("Page")


def _page_row(page, locale):
    if page.state == State.MISSING:
        action = (
            _("Translate"),
            reverse("wagtail_localize:submit_page_translation", args=[page.pk])
            + f"?select_locale={locale.language_code}",
        )
    elif page.state == State.OUTDATED and page.source_id:
        action = (
            _("Update"),
            reverse("wagtail_localize:update_translations", args=[page.source_id]),
        )
    else:
        action = (_("Edit translation"), reverse("wagtailadmin_pages:edit", args=[page.target_id]))
    return {
        "title": page.title,
        "kind": _page_type(page.content_type_id),
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "source_live": page.live,
        "state": page.state,
        "state_label": State(page.state).label,
        "action": action,
    }


def _snippet_row(row, finder, locale):
    model = type(row.instance)
    if row.state == State.MISSING:
        action = (
            _("Translate"),
            reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[model._meta.app_label, model._meta.model_name, row.instance.pk],
            )
            + f"?select_locale={locale.language_code}",
        )
    elif row.state == State.OUTDATED and row.source:
        action = (
            _("Update"),
            reverse("wagtail_localize:update_translations", args=[row.source.pk]),
        )
    else:
        action = (_("Edit translation"), finder.get_edit_url(row.target))
    return {
        "title": str(row.instance),
        "kind": capfirst(model._meta.verbose_name),
        "edit_url": finder.get_edit_url(row.instance),
        "source_live": True,
        "state": row.state,
        "state_label": State(row.state).label,
        "action": action,
    }


def translation_status_context(request):
    locales = target_locales()
    locale = next(
        (item for item in locales if item.language_code == request.GET.get("locale")),
        locales[0] if locales else None,
    )
    state = request.GET.get("state", "")
    if state not in State.values:
        state = ""
    kind = request.GET.get("kind", "")
    if kind not in KINDS:
        kind = ""

    rows, counts = [], dict.fromkeys(State.values, 0)
    if locale is not None:
        source = source_locale()
        pages = page_rows(locale, source) if kind != "snippets" else []
        snippets = snippet_rows(locale, source) if kind != "pages" else []
        for row in pages + snippets:
            counts[row.state] += 1
        rows = [row for row in pages + snippets if not state or row.state == state]
    finder = AdminURLFinder(request.user)
    # Translators cannot open the French in the editor: the title is then plain text.
    links_to_source = not translates_only(request.user)

    # Pages first, in tree order, then snippets: one list, paginated.
    paginator = Paginator(rows, PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("p"))
    shown = [
        _page_row(item, locale) if isinstance(item, PageRow) else _snippet_row(item, finder, locale)
        for item in page_obj.object_list
    ]
    return {
        "locales": locales,
        "locale": locale,
        "states": State.choices,
        "state": state,
        "kinds": KINDS.items(),
        "kind": kind,
        "counts": [(value, label, counts[value]) for value, label in State.choices],
        "rows": shown,
        "page_obj": page_obj,
        "links_to_source": links_to_source,
        "paginator": paginator,
    }


@method_decorator(permission_required(PERMISSION, raise_exception=True), name="dispatch")
class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "editorial/translation_status.html"
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    breadcrumbs_items = WagtailAdminTemplateMixin.breadcrumbs_items + [
        {"url": "", "label": _("Translation status")}
    ]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **translation_status_context(self.request)}


@method_decorator(permission_required(readiness.PERMISSION, raise_exception=True), name="dispatch")
class ReadinessView(WagtailAdminTemplateMixin, TemplateView):
    """Every launch blocker and warning in one list, each with the page that fixes it."""

    template_name = "editorial/readiness.html"
    page_title = _("Content readiness")
    header_icon = "tasks"
    breadcrumbs_items = WagtailAdminTemplateMixin.breadcrumbs_items + [
        {"url": "", "label": _("Content readiness")}
    ]

    def get_context_data(self, **kwargs):
        sections = readiness.report(self.request.user)
        return {
            **super().get_context_data(**kwargs),
            "sections": sections,
            "blockers": sum(section.blockers for section in sections),
            "warnings": sum(section.warnings for section in sections),
        }
