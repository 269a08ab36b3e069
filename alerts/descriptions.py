"""How the confirmation request names an alert's search: with the site's own values only.

Anyone may type any address into the subscribe form, so the confirmation request goes to an
address whose owner may have asked for nothing. If it quoted the search text, or a city typed
freely, the form would send anyone's words (an advert, a phishing lure with a phone number or
an address) from the institute's sender to any inbox. So it names the search from what the
site knows: kinds, categories, profiles, languages and deadlines from the choices, regions and
research fields by the names editors gave them, a city only when a live offer is in it; the
words become "with your keywords", and the link to the listing carries the known filters only.

Digests keep naming the search as the listing does, words included (alerts/emails.py says why).
"""

from urllib.parse import urlencode

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from offers.models import OfferPage


class NeutralDescription:
    """A saved search (alerts.searches.SavedSearch) told without any text a visitor typed."""

    def __init__(self, saved_search):
        filters = saved_search.filters
        pairs = filters.params(include_sort=False)
        # active_filters() labels params() in its order (the sort, last, is never saved).
        labels = [item["label"] for item in filters.active_filters()]
        cities = [value for name, value in pairs if name == "city"]
        known = set(OfferPage.objects.live().filter(city__in=cities).values_list("city", flat=True))
        unknown_cities = [city for city in cities if city not in known]
        self.params = []
        self.labels = []
        self.left_out = False
        for (name, value), label in zip(pairs, labels, strict=True):
            if name == "q":
                self.labels.append(_("With your keywords"))
                self.left_out = True
            elif name == "city" and value not in known:
                if value == unknown_cities[0]:  # one label for them all, where the first was
                    self.labels.append(
                        ngettext(
                            "In a city you named",
                            "In %(count)s cities you named",
                            len(unknown_cities),
                        )
                        % {"count": len(unknown_cities)}
                    )
                self.left_out = True
            else:
                self.params.append((name, value))
                self.labels.append(str(label))

    def summary(self):
        return " · ".join(self.labels) if self.labels else _("All offers")

    def search(self):
        """The known filters as a listing query string (for the link to the listing)."""
        return urlencode(self.params)
