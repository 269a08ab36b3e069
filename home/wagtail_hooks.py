from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Action, Contact, Region
from .snippet_views import LanguageIndexView


class RegionViewSet(SnippetViewSet):
    model = Region
    index_view_class = LanguageIndexView
    icon = "site"
    list_display = ["name", "slug", "cities"]
    search_fields = ["name"]


class ContactViewSet(SnippetViewSet):
    model = Contact
    index_view_class = LanguageIndexView
    icon = "user"
    list_display = ["name", "kind", "region", "email"]
    list_filter = ["kind", "locale"]
    search_fields = ["name", "handles"]
    search_backend_name = None  # a few dozen rows: the database's own text filter


class ActionTextColumn(Column):
    """The action's wording, shortened: the listing stays one line per action."""

    def get_value(self, instance):
        return Truncator(instance.text).chars(90)


class ActionViewSet(SnippetViewSet):
    """HR updates the action plan here: filter by theme or status, open a French action, change
    a status or a date; the HR Excellence page shows the change at once, in both languages
    (the English action's facts follow the French). Translators translate the wording."""

    model = Action
    index_view_class = LanguageIndexView
    icon = "tasks"
    menu_label = pgettext_lazy("admin menu", "HRS4R actions")  # a capital, unlike the model name
    add_to_admin_menu = True
    menu_order = 250
    list_display = [
        "number",
        ActionTextColumn("text", label=_("Action")),
        "status",
        "done_in",
        Column("due_label", label=_("Due")),
        "owners",
    ]
    list_filter = ["theme", "status", "due_year", "locale"]
    search_fields = ["number", "text", "owners"]
    search_backend_name = None
    ordering = ["position"]
    list_per_page = 100


register_snippet(RegionViewSet)
register_snippet(ContactViewSet)
register_snippet(ActionViewSet)


@hooks.register("register_admin_urls")
def register_questionnaire_results_urls():
    from . import questionnaire_results as views

    return [
        path("questionnaire-results/", views.results_index, name="questionnaire_results_index"),
        path("questionnaire-results/<int:page_id>/", views.results, name="questionnaire_results"),
        path(
            "questionnaire-results/<int:page_id>/answers.csv",
            views.results_csv,
            name="questionnaire_results_csv",
        ),
    ]


class QuestionnaireResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("home.view_answer")


@hooks.register("register_reports_menu_item")
def register_questionnaire_results_menu_item():
    return QuestionnaireResultsMenuItem(
        _("Questionnaire results"),
        reverse("questionnaire_results_index"),
        icon_name="list-ol",
        order=1400,
    )
