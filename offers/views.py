from django.core.paginator import Paginator
from django.db.models import Prefetch, prefetch_related_objects
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from core.page_cache import fresh_for
from home.regions import preferred_region

from .filters import OfferFilters
from .models import CARD_FIELDS, OfferResearchField

OFFERS_PER_PAGE = 20


def page_number(raw):
    """A page number from the query string; anything odd means the first page."""
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return 1
    return max(number, 1)


def research_fields():
    return Prefetch(
        "research_fields",
        queryset=OfferResearchField.objects.select_related("research_field").only(
            "offer_id", "sort_order", "research_field__slug"
        ),
    )


def paginate(queryset, raw_page, per_page=OFFERS_PER_PAGE, count=None):
    """One page of offers with the fields their cards show (research fields: `name_fields`).

    A page past the end shows the last page, so an old link still lands on offers.
    `count`, when known (cached with the facets), saves counting the results again.
    """
    paginator = Paginator(queryset, per_page)
    if count is not None:
        paginator.count = count
    number = min(page_number(raw_page), paginator.num_pages)
    offers_page = paginator.page(number)
    offers_page.object_list = list(offers_page.object_list.only(*CARD_FIELDS))
    return offers_page


def name_fields(offers, fields):
    """Each offer's research fields named in the visitor's language (`fields`, a Taxonomy),
    in one query for all the offers."""
    prefetch_related_objects(offers, research_fields())
    for offer in offers:
        offer.field_names = [
            fields.names.get(link.research_field.slug, "") for link in offer.research_fields.all()
        ]


def label_cards(offers, regions, index_page, request):
    """Name each card's region in the visitor's language, and give it its address, without a
    query or a per-card URL resolution (offers are the index's children, so their address
    extends the index's)."""
    index_url = index_page.get_url(request)
    for offer in offers:
        if index_url and offer.url_path.startswith(index_page.url_path):
            offer.card_url = index_url + offer.url_path[len(index_page.url_path) :]
        else:
            offer.card_url = offer.get_url(request)
        offer.region_name = regions.name_of(offer.region_id)


def listing(request, index_page):
    filters = OfferFilters(request.GET, index_page.locale, preferred_region(request))
    facets = filters.facets()
    # Research fields are named by {% offer_cards %} for the cards it renders: most come
    # from the fragment cache, which needs none.
    offers_page = paginate(
        filters.results(), request.GET.get("page"), count=filters.facet_counts()["total"]
    )
    label_cards(offers_page.object_list, filters.regions, index_page, request)
    context = index_page.get_context(request)
    context.update(
        {
            "filters": filters,
            "facets": facets,
            "offers": offers_page,
        }
    )
    if filters.ignored:
        context["ignored_message"] = _(
            "Some filters in this address are unknown or no longer exist and were ignored."
        )
    response = TemplateResponse(request, "offers/offer_index_page.html", context)
    # A closed offer leaves the listing the moment its deadline passes, cached or not.
    return fresh_for(response, filters.fresh_for)
