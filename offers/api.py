"""A read-only JSON API of open offers, with the listing's filters (documented in README), and
its OpenAPI document (offers/api_schema.py) beside it.

Nothing a client sends is an error: what cannot be used is left out or replaced by the nearest
usable value, and listed in `ignored` with the reason. Other methods than GET, HEAD and
OPTIONS are answered 405 (`ReadOnlyApiMiddleware`, before the CSRF check would answer 403).
Date-times are Paris time with their UTC offset.
"""

import json
import re
from zoneinfo import ZoneInfo

from django.http import HttpResponse, HttpResponseNotAllowed
from django.urls import Resolver404, resolve
from wagtail import views as wagtail_views
from wagtail.models import Page

from core.json_ld import JSON_SCRIPT_ESCAPES
from core.search_text import clean_query
from core.site_url import absolute

from .api_schema import API_PAGE_SIZE, Reason, document
from .choices import DEADLINE_WINDOWS
from .filters import MAX_CITY_LENGTH, MAX_VALUES_PER_FILTER, SORTS, OfferFilters
from .models import OfferPage
from .views import label_cards, name_fields, paginate

PARIS = ZoneInfo("Europe/Paris")
ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
SINGLE_VALUED = {
    "q": None,  # any text, cleaned
    "remote": {"1"},
    "within": {str(days) for days in DEADLINE_WINDOWS},
    "sort": set(SORTS),
    "page": None,  # a page of the results
}
PARAMETERS = (*OfferFilters.MULTI, *SINGLE_VALUED)
PAGE_NUMBER = re.compile(r"[0-9]+")
# Past any page there will be (int() of a longer string may even be refused).
MAX_PAGE_DIGITS = 18


def offer_list(request, index_page):
    if request.method not in ALLOWED_METHODS:
        return not_allowed()
    if request.method == "OPTIONS":
        return options()
    filters = OfferFilters(request.GET, index_page.locale)
    wanted = requested_page(request.GET.get("page", ""))
    offers_page = paginate(filters.results(), 1 if wanted is None else wanted, API_PAGE_SIZE)
    offers = offers_page.object_list
    label_cards(offers, filters.regions, index_page, request)
    name_fields(offers, filters.fields)
    base_url = index_page.get_full_url(request) + "api/"

    def page_link(number):
        return base_url + filters.querystring(page=number if number > 1 else None)

    data = {
        "language": index_page.locale.language_code,
        "count": offers_page.paginator.count,
        "page": offers_page.number,
        "pages": offers_page.paginator.num_pages,
        "next": page_link(offers_page.next_page_number()) if offers_page.has_next() else None,
        "previous": (
            page_link(offers_page.previous_page_number()) if offers_page.has_previous() else None
        ),
        "filters": filters.state(),
        "ignored": refused(request.GET, filters, offers_page.number),
        "results": [serialize(offer, request, facts) for offer, facts in with_facts(offers)],
    }
    return json_response(data)


def openapi_document(request, index_page):
    """The API's OpenAPI 3.1 document, the same under each language's offers index."""
    if request.method not in ALLOWED_METHODS:
        return not_allowed()
    if request.method == "OPTIONS":
        return options()
    indexes = [index_page, *index_page.get_translations(inclusive=False).live()]
    servers = [
        (index.get_full_url(request), f"Labels and texts in {index.locale.language_code}")
        for index in indexes
    ]
    return json_response(document(servers))


def json_response(data):
    # Escaped like json_script, so no consumer can be tricked into reading HTML from it.
    body = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    response = HttpResponse(body, content_type="application/json")
    # Any site may read it (kept on page-cache hits: core/page_cache.py).
    response["Access-Control-Allow-Origin"] = "*"
    return response


def not_allowed():
    response = HttpResponseNotAllowed(ALLOWED_METHODS)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def options():
    response = HttpResponse(status=200)
    response["Allow"] = ", ".join(ALLOWED_METHODS)
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = ", ".join(ALLOWED_METHODS)
    return response


def requested_page(raw):
    """The page number sent (0 and numbers past the last page included), None for no number."""
    if not PAGE_NUMBER.fullmatch(raw):
        return None
    digits = raw.lstrip("0") or "0"
    return int(digits) if len(digits) <= MAX_PAGE_DIGITS else 10**MAX_PAGE_DIGITS


def refused(params, filters, page):
    """Every parameter value the API did not use as sent, in the order they were sent."""
    ignored = []

    def add(name, raw, reason, used=None):
        ignored.append(
            {"parameter": name[:50], "value": raw[:50], "reason": reason.value, "used": used}
        )

    for name, values in params.lists():
        if name not in PARAMETERS:
            for raw in values:
                add(name, raw, Reason.unknown_parameter)
        elif name in OfferFilters.MULTI:
            for position, raw in enumerate(values):
                if not raw:
                    continue
                if position >= MAX_VALUES_PER_FILTER:
                    add(name, raw, Reason.too_many_values)
                    continue
                value = clean_query(raw)
                if name == "city":
                    value = value[:MAX_CITY_LENGTH]
                if value not in filters.selected[name]:
                    add(name, raw, Reason.unknown_value)
                elif value != " ".join(raw.split()):
                    add(name, raw, Reason.corrected, value)
        else:
            # Like every form, the last value counts (QueryDict.get).
            *earlier, last = values
            for raw in earlier:
                if raw and raw != last:
                    add(name, raw, Reason.repeated)
            if not last:
                continue
            if name == "q":
                if filters.query != " ".join(last.split()):
                    add(name, last, Reason.corrected, filters.query)
            elif name == "page":
                wanted = requested_page(last)
                if wanted is None:
                    add(name, last, Reason.not_a_number, str(page))
                elif wanted != page:
                    add(name, last, Reason.out_of_range, str(page))
            elif last not in SINGLE_VALUED[name]:
                add(name, last, Reason.unknown_value)
    return ignored


def with_facts(offers):
    """Each offer with its profile and salary, read for the whole page in one query (the
    listing's cards leave them out)."""
    rows = OfferPage.objects.filter(pk__in=[offer.pk for offer in offers]).values(
        "pk", "profile", "salary_min", "salary_max", "salary_details"
    )
    facts = {row["pk"]: row for row in rows}
    return [(offer, facts[offer.pk]) for offer in offers]


def salary(facts):
    """What the offer says of the salary, and nothing more: gross euros a month."""
    low, high, details = facts["salary_min"], facts["salary_max"], facts["salary_details"]
    if low is None and not details:
        return None
    return {
        "min": low,
        # No maximum means a single amount (the editor's help text): the range is that amount.
        "max": (high or low) if low is not None else None,
        "currency": "EUR" if low is not None else None,
        "period": "month" if low is not None else None,
        "details": details or None,
    }


def paris_time(moment):
    return moment.astimezone(PARIS).isoformat(timespec="seconds") if moment else None


def serialize(offer, request, facts):
    return {
        "reference": offer.reference,
        "title": offer.title,
        "url": absolute(offer.card_url),
        "kind": {"code": offer.kind, "label": offer.get_kind_display()},
        "category": {"code": offer.category, "label": offer.get_category_display()},
        "profile": facts["profile"] or None,
        "laboratory": offer.laboratory,
        "city": offer.city,
        "region": offer.region_name,
        "research_fields": offer.field_names,
        "working_languages": [
            code
            for code, works in (("fr", offer.works_in_french), ("en", offer.works_in_english))
            if works
        ],
        "remote_work": offer.remote_work,
        "duration_months": offer.duration_months,
        "salary": salary(facts),
        "deadline": paris_time(offer.deadline),
        "published": paris_time(offer.first_published_at),
    }


class ReadOnlyApiMiddleware:
    """Answers 405 to a POST, PUT, DELETE, PATCH… sent to the API or its document, and
    OPTIONS with the methods they accept.

    The API is a route of a Wagtail page, served by Wagtail's view, which is not exempt from
    CSRF: CsrfViewMiddleware answered such a request 403 before the route could say 405. This
    middleware comes before it (settings: MIDDLEWARE) and looks at unsafe requests whose
    address ends like the API's only; every other page keeps its CSRF check.
    """

    SUFFIXES = ("/api/", "/api/openapi/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method in ("GET", "HEAD") or not request.path_info.endswith(self.SUFFIXES):
            return None
        if view_func is not wagtail_views.serve:
            return None
        try:
            path = view_args[0] if view_args else resolve(request.path_info).args[0]
        except (Resolver404, IndexError):
            return None
        route = Page.route_for_request(request, path)
        if route is None:
            return None
        page, args, _kwargs = route
        view = args[0] if args else None
        if getattr(view, "__name__", "") not in ("api", "api_description"):
            return None
        # Wagtail would answer OPTIONS for the page itself, with every method it accepts.
        return options() if request.method == "OPTIONS" else not_allowed()
