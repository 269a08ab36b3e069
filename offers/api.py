"""A read-only JSON API of open offers, with the listing's filters (documented in README)."""

import json

from django.http import HttpResponse
from django.utils import timezone

from home.json_ld import JSON_SCRIPT_ESCAPES

from .filters import OfferFilters
from .views import label_cards, page_number, paginate

API_PAGE_SIZE = 50


def offer_list(request, index_page):
    filters = OfferFilters(request.GET, index_page.locale)
    offers_page = paginate(filters.results(), request.GET.get("page"), API_PAGE_SIZE)
    label_cards(offers_page.object_list, filters.regions, filters.fields, index_page, request)
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
        "ignored": filters.ignored,
        "results": [serialize(offer, request) for offer in offers_page.object_list],
    }
    if page_number(request.GET.get("page")) != offers_page.number:
        data["note"] = "The requested page does not exist; this is the nearest one."
    # Escaped like json_script, so no consumer can be tricked into reading HTML from it.
    body = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    response = HttpResponse(body, content_type="application/json")
    response["Access-Control-Allow-Origin"] = "*"
    return response


def serialize(offer, request):
    return {
        "reference": offer.reference,
        "title": offer.title,
        "url": request.build_absolute_uri(offer.card_url),
        "kind": {"code": offer.kind, "label": offer.get_kind_display()},
        "category": {"code": offer.category, "label": offer.get_category_display()},
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
        "deadline": timezone.localtime(offer.deadline).isoformat(),
        "published": offer.first_published_at.isoformat() if offer.first_published_at else None,
    }
