from django import forms
from django.conf import settings
from django.contrib import messages as django_messages
from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import TranslatableMixin

from home.questionnaire_results import PERMISSION as ANSWERS_PERMISSION

from . import readiness, views
from .dashboard import EditorialPanel
from .models import RecruiterProfile
from .permissions import may_create_in_locale, may_edit_locale, translates_only


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "translation-status/",
            views.TranslationStatusView.as_view(),
            name="editorial_translation_status",
        )
    ]


@hooks.register("register_admin_urls")
def register_readiness_url():
    return [path("readiness/", views.ReadinessView.as_view(), name="editorial_readiness")]


class ReadinessMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(readiness.PERMISSION)


@hooks.register("register_reports_menu_item")
def register_readiness_menu_item():
    return ReadinessMenuItem(
        _("Content readiness"), reverse("editorial_readiness"), icon_name="tasks", order=1290
    )


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.PERMISSION)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("editorial_translation_status"),
        icon_name="wagtail-localize-language",
        order=1300,
    )


@hooks.register("construct_reports_menu")
def translations_report_in_the_users_language(request, menu_items):
    """wagtail-localize names its report with a plain gettext when the menu is first built, so
    every later user saw the first request's language ("Traductions" in the English admin)."""
    report_url = reverse("wagtail_localize:translations_report")
    for item in menu_items:
        if item.url == report_url:
            item.label = _("Translations")


@hooks.register("insert_global_admin_css")
def editorial_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("editorial/admin.css"))


@hooks.register("construct_homepage_panels")
def add_editorial_panel(request, panels):
    panels.append(EditorialPanel(request))


class RecruiterProfileViewSet(ModelViewSet):
    model = RecruiterProfile
    icon = "group"
    menu_label = _("Recruiters' regions")
    add_to_settings_menu = True
    list_display = ["user", "region_names"]
    panels = [FieldPanel("user"), FieldPanel("regions", widget=forms.CheckboxSelectMultiple)]


@hooks.register("register_admin_viewset")
def register_recruiter_profiles():
    return RecruiterProfileViewSet("recruiter_profiles")


@hooks.register("filter_form_submissions_for_user")
def form_submissions_for_answer_readers(user, editable_forms):
    """What visitors sent through forms is read by those allowed to read answers (HR), not by
    everyone who may edit the form page."""
    if user.has_perm(ANSWERS_PERMISSION):
        return editable_forms
    return editable_forms.none()


# Snippets in a language: editors change the French ones, translators the translated ones
# (their page rights already lie in each tree), and new ones are French (editorial.permissions).
# These run before wagtail-localize's own snippet hooks.
def _locale_denied(request, locale):
    if not may_edit_locale(request.user, locale):
        raise PermissionDenied


@hooks.register("before_edit_snippet", order=-10)
def snippets_edited_in_the_users_languages(request, instance):
    if hasattr(instance, "locale"):
        _locale_denied(request, instance.locale)


@hooks.register("before_delete_snippet", order=-10)
def snippets_deleted_in_the_users_languages(request, instances):
    for instance in instances:
        if hasattr(instance, "locale"):
            _locale_denied(request, instance.locale)


@hooks.register("before_create_snippet", order=-10)
def snippets_created_in_the_source_language(request, model):
    if not issubclass(model, TranslatableMixin):
        return
    if translates_only(request.user) or not may_create_in_locale(
        request.user, request.GET.get("locale", settings.LANGUAGE_CODE)
    ):
        raise PermissionDenied


@hooks.register("after_edit_page")
def confirm_approval(request, page):
    """After "Approve" in the page editor, say what happened: approved, and published where, or
    when it will be (Wagtail only says the page "has been updated")."""
    if "action-workflow-action" not in request.POST:
        return
    if request.POST.get("workflow-action-name") not in ("approve", "approve-and-publish"):
        return
    page = page.specific_class.objects.get(pk=page.pk)
    if page.workflow_in_progress:
        return  # a further step awaits: Wagtail's message stands
    storage = django_messages.get_messages(request)
    queued = getattr(storage, "_queued_messages", [])
    if queued and queued[-1].level == django_messages.SUCCESS:
        queued.pop()  # Wagtail's "has been updated"
    title = page.get_admin_display_title()
    if page.live and not page.has_unpublished_changes:
        url = page.get_full_url(request)
        messages.success(
            request,
            gettext("Page '%(title)s' was approved and published. It is live at %(url)s")
            % {"title": title, "url": url},
            buttons=[messages.button(url, gettext("View live"), new_window=True)],
        )
    elif page.go_live_at:
        messages.success(
            request,
            gettext("Page '%(title)s' was approved; it will be published on %(date)s.")
            % {"title": title, "date": date_format(localtime(page.go_live_at), "DATETIME_FORMAT")},
        )
    else:
        messages.success(request, gettext("Page '%(title)s' was approved.") % {"title": title})
