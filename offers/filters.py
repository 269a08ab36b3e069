"""The offer listing's state: text query, filters, facets and sort, read from plain GET.

One object reads the query string once and serves the listing, the feeds and the API, so
every filtered view has the same shareable URL. Values nobody can match (a stale link, a
taxonomy item since removed, a typo) are dropped and reported, never an error. Facets are
disjunctive: the count beside a value is what the listing would show with that value
chosen instead, under every other filter. Each facet costs one grouped query, whatever the
number of offers.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import page_cache
from core.fragment_cache import transaction_scope
from core.search_text import clean_query, matching, ranked
from home.models import Region

from .choices import DEADLINE_WINDOWS, Category, Kind, Profile
from .facets import engine_facet_counts
from .models import OfferPage, OfferResearchField, ResearchField

# "relevance" (Best match, the default with a text query) puts the RELEVANCE_LIMIT best matches
# first, in the search backend's order, then the others by deadline.
SORTS = {
    "relevance": ("deadline", "pk"),
    "deadline": ("deadline", "pk"),
    "newest": ("-first_published_at", "-pk"),
}
RELEVANCE_LIMIT = 200
MAX_VALUES_PER_FILTER = 20
MAX_CITY_LENGTH = 100
FACET_CACHE_SECONDS = 300
FACET_VERSION_KEY = "offer-facets-version"


def offers_changed():
    """Invalidate cached facet counts: called whenever an offer is published or removed.

    A new random version, and again once the transaction that changed the offer commits: a
    listing counted in between saw the offers as they were (core.page_cache.bump, as for pages).
    """
    page_cache.bump(FACET_VERSION_KEY)


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)
    single: bool = False  # radio buttons instead of checkboxes

    @property
    def visible_options(self):
        """Values with offers, plus the chosen ones so they can be unchosen."""
        return [option for option in self.options if option.count or option.selected]


class OfferFilters:
    """Filters of the offer listing, for one language."""

    MULTI = ("kind", "category", "profile", "field", "region", "city", "language")

    def __init__(self, params, locale, preferred_region=None):
        self.locale = locale
        # The visitor's region (home.regions): its offers come first, the others still follow.
        self.preferred_region = preferred_region
        self._base = None
        self._counts = None
        self.fresh_for = FACET_CACHE_SECONDS
        self._facets_version = None
        self.query = clean_query(params.get("q", ""))
        self.ignored = []
        self.regions = Taxonomy(Region, locale)
        self.fields = Taxonomy(ResearchField, locale)
        allowed = {
            "kind": dict(Kind.choices),
            "category": dict(Category.choices),
            "profile": dict(Profile.choices),
            "field": self.fields.names,
            "region": self.regions.names,
            "language": {"fr": _("French"), "en": _("English")},
        }
        self.selected = {}
        for name in self.MULTI:
            values = []
            for raw in params.getlist(name)[:MAX_VALUES_PER_FILTER]:
                value = clean_query(raw)
                if name == "city":
                    value = value[:MAX_CITY_LENGTH]
                    valid = bool(value)
                else:
                    valid = value in allowed[name]
                if not valid:
                    self.ignored.append(raw[:50])
                elif value not in values:
                    values.append(value)
            self.selected[name] = values
        self.remote = _single(params, "remote", {"1"}, self.ignored) == "1"
        within = _single(params, "within", {str(days) for days in DEADLINE_WINDOWS}, self.ignored)
        self.within = int(within) if within else None
        self.sort = _single(params, "sort", set(SORTS), self.ignored) or self.default_sort
        if self.sort == "relevance" and not self.query:
            self.sort = "deadline"  # nothing to rank by
        self._allowed = allowed

    # --- Querysets ---------------------------------------------------------------

    @property
    def default_sort(self):
        return "relevance" if self.query else "deadline"

    @property
    def is_filtered(self):
        return bool(self.query or self.remote or self.within or any(self.selected.values()))

    def base_queryset(self):
        """Open offers of this language matching the text query (no other filter).

        Built once: `public()` looks the view restrictions up when it is called.
        """
        if self._base is None:
            queryset = OfferPage.objects.open().filter(locale=self.locale)
            if self.query:
                queryset = queryset.filter(pk__in=matching(OfferPage, self.query))
            self._base = queryset
        return self._base.all()

    def conditions(self, *, leave_out=None):
        """The filters as one Q, leaving one facet out (for disjunctive counts)."""
        condition = Q()
        chosen = self.selected
        if leave_out != "kind" and chosen["kind"]:
            condition &= Q(kind__in=chosen["kind"])
        if leave_out != "category" and chosen["category"]:
            condition &= Q(category__in=chosen["category"])
        if leave_out != "profile" and chosen["profile"]:
            condition &= Q(profile__in=chosen["profile"])
        if leave_out != "region" and chosen["region"]:
            condition &= Q(region__slug__in=chosen["region"])
        if leave_out != "city" and chosen["city"]:
            condition &= Q(city__in=chosen["city"])
        if leave_out != "field" and chosen["field"]:
            condition &= Q(
                pk__in=OfferResearchField.objects.filter(
                    research_field__slug__in=chosen["field"]
                ).values("offer_id")
            )
        if leave_out != "language" and chosen["language"]:
            languages = Q()
            if "fr" in chosen["language"]:
                languages |= Q(works_in_french=True)
            if "en" in chosen["language"]:
                languages |= Q(works_in_english=True)
            condition &= languages
        if leave_out != "remote" and self.remote:
            condition &= Q(remote_work=True)
        if leave_out != "within" and self.within:
            condition &= Q(deadline__lte=timezone.now() + timedelta(days=self.within))
        return condition

    @property
    def region_first(self):
        """The preferred region, when it orders the results (not when regions are filtered)."""
        if self.selected["region"] or self.sort == "relevance":
            return None
        return self.preferred_region

    @property
    def region_first_name(self):
        return self.regions.name_of(self.region_first.pk) if self.region_first else ""

    def results(self):
        order = SORTS[self.sort]
        filtered = self.base_queryset().filter(self.conditions())
        if self.sort == "relevance":
            # The backend ranks the filtered offers (one query); the best come first. The
            # visitor's region does not reorder a ranking.
            best = ranked(OfferPage, self.query, filtered, RELEVANCE_LIMIT)
            if not best:
                return filtered.order_by(*order)
            position = Case(
                *(When(pk=pk, then=Value(rank)) for rank, pk in enumerate(best)),
                default=Value(len(best)),
                output_field=IntegerField(),
            )
            return filtered.order_by(position, *order)
        if self.region_first is not None:
            regional = Case(When(region_id=self.region_first.pk, then=0), default=1)
            order = (regional, *order)
        return filtered.order_by(*order)

    # --- Facets ------------------------------------------------------------------

    def facets(self):
        counts = self.facet_counts()
        choices = {
            "kind": Kind.choices,
            "category": Category.choices,
            "profile": Profile.choices,
            "field": self.fields.sorted_items(),
            "region": self.regions.sorted_items(),
        }
        labels = {
            "kind": _("Kind of offer"),
            "category": _("Staff category"),
            "profile": _("Researcher profile"),
            "field": _("Research field"),
            "region": _("Region"),
        }
        facets = [
            Facet(
                name,
                labels[name],
                [
                    Option(value, label, counts[name].get(value, 0), value in self.selected[name])
                    for value, label in choices[name]
                ],
            )
            for name in ("kind", "category", "profile", "field", "region")
        ]
        cities = dict(counts["city"])
        for city in self.selected["city"]:
            cities.setdefault(city, 0)
        facets.append(
            Facet(
                "city",
                _("City"),
                [
                    Option(city, city, count, city in self.selected["city"])
                    for city, count in sorted(cities.items())
                ],
            )
        )
        facets.append(
            Facet(
                "language",
                _("Working language"),
                [
                    Option(code, label, counts["language"][code], code in self.selected["language"])
                    for code, label in self._allowed["language"].items()
                ],
            )
        )
        facets.append(
            Facet(
                "remote",
                _("Remote work"),
                [Option("1", _("Remote work possible"), counts["remote"], self.remote)],
            )
        )
        facets.append(
            Facet(
                "within",
                _("Deadline"),
                [
                    Option(
                        str(days),
                        _("Within %(days)s days") % {"days": days},
                        counts["within"][str(days)],
                        self.within == days,
                    )
                    for days in DEADLINE_WINDOWS
                ],
                single=True,
            )
        )
        return facets

    @property
    def facets_version(self):
        """What the facets' HTML (a shared fragment in the listing's template) depends on: it
        holds as long as the counts do (their key, the next deadline, the five-minute
        windows), and is never shared once a deadline is due (nor are the counts cached)."""
        self.facet_counts()
        return self._facets_version

    def facet_counts(self):
        """{facet: {value: count}} and the "total", cached while no offer has changed.

        Nine grouped queries scan every matching offer: at 10,000 offers they cost more
        than the rest of the page. Their result is kept until an offer is published,
        unpublished or deleted (the version in the key changes), until the next deadline
        passes (so a closed offer leaves the counts at once), and five minutes at most
        (the "deadline within N days" windows move with time).
        """
        if self._counts is not None:
            return self._counts
        now = timezone.now()
        # The first row in deadline order (an index walk), cheaper than MIN() over a join.
        next_deadline = (
            self.base_queryset().order_by("deadline").values_list("deadline", flat=True).first()
        )
        timeout = FACET_CACHE_SECONDS
        if next_deadline is not None:
            timeout = min(timeout, int((next_deadline - now).total_seconds()))
        # The listing itself changes then too (core/page_cache.py).
        self.fresh_for = timeout
        state = hashlib.sha256(urlencode(self.params(include_sort=False)).encode()).hexdigest()
        version = page_cache.current([FACET_VERSION_KEY]).get(FACET_VERSION_KEY, 0)
        # Counts read inside a transaction stay in it: one rolled back (each test's) may have
        # counted an offer it took away again (core.fragment_cache.transaction_scope).
        scope = transaction_scope()
        key = f"offer-facets:{self.locale.pk}:{version}:{scope}:{state}"
        window = int(now.timestamp()) // FACET_CACHE_SECONDS if timeout > 0 else now.timestamp()
        self._facets_version = f"{key}:{next_deadline and next_deadline.timestamp()}:{window}"
        counts = cache.get(key) if timeout > 0 else None
        if counts is None:
            # With a text query, the search engine (when there is one) counts in one request.
            counts = engine_facet_counts(self, now) or self._count_facets(now)
            if timeout > 0:
                cache.set(key, counts, timeout)
        self._counts = counts
        return counts

    def _count_facets(self, now):
        base = self.base_queryset()

        def grouped(name, column, distinct=False):
            rows = (
                base.filter(self.conditions(leave_out=name))
                .order_by()
                .values(column)
                .annotate(count=Count("pk", distinct=distinct))
            )
            return {row[column]: row["count"] for row in rows}

        return {
            "total": base.filter(self.conditions()).count(),
            "kind": grouped("kind", "kind"),
            "category": grouped("category", "category"),
            "profile": grouped("profile", "profile"),
            "field": grouped("field", "research_fields__research_field__slug", distinct=True),
            "region": grouped("region", "region__slug"),
            "city": grouped("city", "city"),
            "language": base.filter(self.conditions(leave_out="language")).aggregate(
                fr=Count("pk", filter=Q(works_in_french=True)),
                en=Count("pk", filter=Q(works_in_english=True)),
            ),
            "remote": base.filter(self.conditions(leave_out="remote"), remote_work=True).count(),
            "within": base.filter(self.conditions(leave_out="within")).aggregate(
                **{
                    str(days): Count("pk", filter=Q(deadline__lte=now + timedelta(days=days)))
                    for days in DEADLINE_WINDOWS
                }
            ),
        }

    # --- Labels and URLs -----------------------------------------------------------

    def params(self, include_sort=True):
        """The current state as (name, value) pairs, in a stable order (no page)."""
        pairs = []
        if self.query:
            pairs.append(("q", self.query))
        for name in self.MULTI:
            pairs.extend((name, value) for value in self.selected[name])
        if self.remote:
            pairs.append(("remote", "1"))
        if self.within:
            pairs.append(("within", str(self.within)))
        if include_sort and self.sort != self.default_sort:
            pairs.append(("sort", self.sort))
        return pairs

    def querystring(self, **extra):
        pairs = self.params() + [(name, value) for name, value in extra.items() if value]
        return "?" + urlencode(pairs) if pairs else ""

    def active_filters(self):
        """Each chosen filter with its label and the URL of the listing without it."""
        active = []
        current = self.params()
        labels = {name: dict(values) for name, values in self._allowed.items()}
        for index, (name, value) in enumerate(current):
            if name == "sort":
                continue
            if name == "q":
                label = _("Text: “%(query)s”") % {"query": value}
            elif name == "city":
                label = value
            elif name == "remote":
                label = _("Remote work possible")
            elif name == "within":
                label = _("Deadline within %(days)s days") % {"days": value}
            else:
                label = labels[name][value]
            remaining = current[:index] + current[index + 1 :]
            active.append({"label": label, "url": "?" + urlencode(remaining) if remaining else "?"})
        return active

    def state(self):
        """The filters applied, as a dict (the API echoes it)."""
        return {
            "q": self.query,
            **self.selected,
            "remote": self.remote,
            "within": self.within,
            "sort": self.sort,
        }


def _single(params, name, allowed, ignored):
    value = params.get(name, "")
    if value and value not in allowed:
        ignored.append(value[:50])
        return None
    return value or None


class Taxonomy:
    """A translatable snippet list in the visitor's language, from one query.

    `names` maps slug → name (the French name while an item is not translated yet);
    `name_of(pk)` names an item from the id an offer points to.
    """

    def __init__(self, model, locale):
        self.names = {}
        self._slugs = {}
        for item in model.objects.filter(
            locale__language_code__in={settings.LANGUAGE_CODE, locale.language_code}
        ):
            self._slugs[item.pk] = item.slug
            if item.locale_id == locale.pk or item.slug not in self.names:
                self.names[item.slug] = item.name

    def name_of(self, pk):
        return self.names.get(self._slugs.get(pk), "")

    def sorted_items(self):
        return sorted(self.names.items(), key=lambda item: item[1])
