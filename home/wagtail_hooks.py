from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Action, Contact, Region


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug", "cities"]
    search_fields = ["name"]


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    list_display = ["name", "kind", "region", "email"]
    list_filter = ["kind", "locale"]
    search_fields = ["name", "handles"]
    search_backend_name = None  # a few dozen rows: the database's own text filter


class ActionTextColumn(Column):
    """The action's French wording, shortened: the listing stays one line per action."""

    def get_value(self, instance):
        return Truncator(instance.text_fr).chars(90)


class ActionViewSet(SnippetViewSet):
    """HR updates the action plan here: filter by theme or status, open an action, change a
    status or a date; the HR Excellence page shows the change at once."""

    model = Action
    icon = "tasks"
    menu_label = _("HRS4R actions")
    add_to_admin_menu = True
    menu_order = 250
    list_display = [
        "number",
        ActionTextColumn("text_fr", label=_("Action")),
        "status",
        "done_in",
        Column("due_label", label=_("Due")),
        "owners",
    ]
    list_filter = ["theme", "status", "due_year"]
    search_fields = ["number", "text_fr", "text_en", "owners"]
    search_backend_name = None
    ordering = ["position"]
    list_per_page = 100


register_snippet(RegionViewSet)
register_snippet(ContactViewSet)
register_snippet(ActionViewSet)
