"""A saved search is the listing's state as a query string, re-read with offers.filters.

Nothing here filters offers: `OfferFilters` reads a saved search exactly as it reads the
listing's address, so an alert matches what the listing showed. Values that no longer exist
(a region or research field removed or renamed since) are dropped by `OfferFilters`; this
module says which ones, so the manage page can tell the subscriber, and refuses to let a
search grow wider than what was saved (see `SavedSearch.broken`).
"""

from urllib.parse import urlencode

from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.search_text import clean_query
from offers.filters import MAX_CITY_LENGTH, OfferFilters

# The listing's names for its filters (the same words as offers/filters.py).
PARAMETER_LABELS = {
    "q": gettext_lazy("Text"),
    "kind": gettext_lazy("Kind of offer"),
    "category": gettext_lazy("Staff category"),
    "profile": gettext_lazy("Researcher profile"),
    "field": gettext_lazy("Research field"),
    "region": gettext_lazy("Region"),
    "city": gettext_lazy("City"),
    "language": gettext_lazy("Working language"),
    "remote": gettext_lazy("Remote work"),
    "within": gettext_lazy("Deadline"),
}


def canonical(filters):
    """The saved form of a listing's state: its filters and text query, without the sort."""
    return urlencode(filters.params(include_sort=False))


class SavedSearch:
    """An alert's search, read in one language."""

    def __init__(self, search, locale):
        self.search = search
        self.params = QueryDict(search)
        self.filters = OfferFilters(self.params, locale)
        kept = set(self.filters.params(include_sort=False))
        saved = [
            (name, value)
            for name, values in self.params.lists()
            for value in values
            if name != "sort"
        ]
        # Compared after the same cleaning the filters apply (spaces, length).
        self.missing = [
            (name, value) for name, value in saved if (name, _normalise(name, value)) not in kept
        ]

    @property
    def broken(self):
        """True when a whole filter disappeared (every value of it is gone).

        Such a search would match offers the subscriber never asked for (no region filter
        is "every region"), so it matches nothing until the subscriber replaces it. A filter
        that lost some of its values only (two regions, one removed) still narrows.
        """
        kept_names = {name for name, _value in self.filters.params(include_sort=False)}
        return any(name not in kept_names for name, _value in self.missing)

    def labels(self):
        """The filters as the listing names them, in the active language."""
        return [item["label"] for item in self.filters.active_filters()]

    def summary(self):
        labels = self.labels()
        return " · ".join(str(label) for label in labels) if labels else _("All offers")

    def missing_labels(self):
        """ "Region: old-slug" for each saved value that no longer exists."""
        return [f"{PARAMETER_LABELS.get(name, name)}: {value}" for name, value in self.missing]


def _normalise(name, value):
    value = clean_query(value)
    return value[:MAX_CITY_LENGTH] if name == "city" else value
