from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from offers.models import OfferPage

from .text import clean_query

RESULTS_PER_PAGE = 10


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results_page = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active())
        # An offer past its deadline leaves search results the moment it closes.
        pages = pages.exclude(id__in=OfferPage.objects.closed().values("pk"))
        results = pages.specific().search(query)
        paginator = Paginator(results, RESULTS_PER_PAGE)
        try:
            results_page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results_page = paginator.page(1)
        except EmptyPage:
            results_page = paginator.page(paginator.num_pages)
        Query.get(query).add_hit()

    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "results": results_page},
    )
