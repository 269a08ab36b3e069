from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["term", "alternatives", "language"]
    list_filter = ["language"]
    search_fields = ["term", "alternatives"]


register_snippet(SynonymViewSet)
