from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.search_text import QUERY_VARIANTS


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"
    verbose_name = _("Site search")

    def ready(self):
        # Not at the top: .synonyms imports the Synonym model, which exists only once the app
        # registry is ready.
        from .synonyms import alternatives

        # The database backends search the editors' synonyms too, wherever a query is
        # searched (site search, the offer listing, its API, alerts).
        if alternatives not in QUERY_VARIANTS:
            QUERY_VARIANTS.append(alternatives)
