"""The offer sections of the home page: a search form, the live count of open offers, the
offers closing soon, the latest ones and the next competition stages.

The home page template loads this library (`{% load offer_home %}`): `home` is the base
content layer and imports no content app (docs/architecture.md, "Layers"), so the offers app
lends its sections through the template engine, a dependency of the template and not of the
Python code. Everything is computed in a fixed number of queries whatever the number of
offers (tests/test_home_page.py), then kept in the fragment cache (shared_home_offers):

    1 the offers index of the page's language    4 the offers closing soon
    2 view restrictions (public(), once)         5 the latest offers
    3 the count of open offers                   6 the competitions with a date to come
                                                 7 the regions, in the visitor's language

Nothing here sets a cookie or renders a token: the home page stays in the page cache (the
search form is a GET form).
"""

import datetime as dt

from django import template
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core import fragment_cache
from core.fragment_cache import public
from home.models import Region

from ..choices import COMPETITION_KINDS, Kind
from ..models import CARD_FIELDS, OfferIndexPage, OfferPage

register = template.Library()

CLOSING_SOON = 3
LATEST = 3
STAGES = 5
# The competitions whose stages are read: a campaign has a handful; a few more than shown
# leaves room for the ones whose dates to come are late.
COMPETITIONS_READ = 20
COMPETITION_DATES = ("registration_opens", "auditions_start", "auditions_end", "results_date")


class HomeOffers:
    """What the offer sections show, for one home page; built once per request."""

    def __init__(self, request, home):
        self.request = request
        self.index = (
            OfferIndexPage.objects.live()
            .filter(locale_id=home.locale_id)
            .select_related("locale")
            .only("id", "path", "depth", "url_path", "title", "locale__language_code")
            .first()
        )
        self.index_url = self.index.get_url(request) if self.index else None
        self.open_count = 0
        self.closing_soon = []
        self.latest = []
        self.stages = []
        self.regions = []
        if self.index is None:
            return
        now = timezone.now()
        # public() reads the view restrictions when called: once, shared by every query below.
        offers = public(OfferPage.objects.live()).filter(locale_id=home.locale_id)
        open_offers = offers.filter(deadline__gt=now)
        self.open_count = open_offers.count()
        self.closing_soon = self._cards(open_offers.order_by("deadline", "pk")[:CLOSING_SOON])
        self.latest = self._cards(open_offers.order_by("-first_published_at", "-pk")[:LATEST])
        self.stages = self._stages(offers, now)
        self.regions = self._regions()

    def _url(self, offer):
        """An offer's address from the index's (offers are its children): no query."""
        if self.index_url and offer.url_path.startswith(self.index.url_path):
            return self.index_url + offer.url_path[len(self.index.url_path) :]
        return offer.get_url(self.request)

    def _cards(self, offers):
        cards = list(offers.only(*CARD_FIELDS))
        for offer in cards:
            offer.card_url = self._url(offer)
        return cards

    def _stages(self, offers, now):
        """The next dates of the competitions (registration, deadline, auditions, results),
        soonest first. A campaign opens many competitions of one kind on the same day: they
        make one entry, linking to the listing of that kind; a date of a single competition
        links to it."""
        today = timezone.localdate()
        to_come = Q(deadline__gt=now)
        for name in COMPETITION_DATES:
            to_come |= Q(**{f"{name}__gte": today})
        competitions = (
            offers.filter(kind__in=COMPETITION_KINDS)
            .filter(to_come)
            .order_by("deadline", "pk")
            .only(*CARD_FIELDS, *COMPETITION_DATES)[:COMPETITIONS_READ]
        )
        groups = {}
        for offer in competitions:
            steps = [
                (offer.registration_opens, None, _("Registration opens")),
                (timezone.localtime(offer.deadline), None, _("Application deadline")),
                (offer.auditions_start, offer.auditions_end, _("Auditions")),
                (offer.results_date, None, _("Results announced")),
            ]
            for start, end, label in steps:
                if start is None:
                    continue
                day = start.date() if isinstance(start, dt.datetime) else start
                if (end or day) < today or (isinstance(start, dt.datetime) and start <= now):
                    continue
                end = end if end and end != day else None
                group = groups.setdefault(
                    (day, end, str(label), offer.kind),
                    {"day": day, "end": end, "label": label, "offers": []},
                )
                group["offers"].append(offer)
        stages = sorted(groups.values(), key=lambda stage: (stage["day"], str(stage["label"])))
        for stage in stages[:STAGES]:
            first = stage["offers"][0]
            stage["kind"] = first.get_kind_display()
            if len(stage["offers"]) == 1:
                stage["url"], stage["text"] = self._url(first), first.title
            else:
                stage["url"] = f"{self.index_url}?kind={first.kind}"
                stage["text"] = None  # the kind names the entry
        return stages[:STAGES]

    def _regions(self):
        """(slug, name) of every region, named in the page's language (French until
        translated), by name."""
        language = self.index.locale.language_code
        names = {}
        for region in Region.objects.filter(
            locale__language_code__in={settings.LANGUAGE_CODE, language}
        ).select_related("locale"):
            if region.locale.language_code == language or region.slug not in names:
                names[region.slug] = region.name
        return sorted(names.items(), key=lambda item: item[1])


def home_offers(context):
    """The request's HomeOffers, built on first use (both tags share it)."""
    request = context.get("request")
    home = context.get("page")
    if request is None or home is None:
        return None
    cached = getattr(request, "_home_offers", None)
    if cached is None or cached[0] != home.pk:
        cached = (home.pk, shared_home_offers(request, home))
        request._home_offers = cached
    return cached[1]


def shared_home_offers(request, home):
    """HomeOffers as every visitor sees them, kept in the content generation (a publish
    renews it, core/fragment_cache.py) for the day (competition dates) and until the soonest
    open offer closes (the count and the lists change then): at 10,000 offers its queries
    read most of them."""
    name = f"home-offers:{home.pk}:{get_language()}:{timezone.localdate()}"
    stored = fragment_cache.lookup(request, name)
    if stored is not None and stored.valid_until > timezone.now():
        return stored
    offers = HomeOffers(request, home)
    offers.request = None  # only used while building; a request is not kept
    soonest = offers.closing_soon[0].deadline if offers.closing_soon else None
    # Without open offers, only a publish (a new generation) or the next day changes them.
    offers.valid_until = soonest or timezone.now() + dt.timedelta(days=1)
    fragment_cache.store(request, name, offers)
    return offers


@register.inclusion_tag("offers/includes/home_search.html", takes_context=True)
def home_offer_search(context):
    """The offer search form (keywords, kind, region) and the count of open offers."""
    offers = home_offers(context)
    return {"home_offers": offers, "kinds": Kind.choices}


@register.inclusion_tag("offers/includes/home_offers.html", takes_context=True)
def home_offer_lists(context):
    """The offers closing soon, the latest offers and the next competition stages."""
    return {"home_offers": home_offers(context), "source_language": settings.LANGUAGE_CODE}
