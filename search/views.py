from dataclasses import dataclass

from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, get_page_models

from core import fragment_cache
from core.search_text import clean_query

from . import result_cache
from .candidates import Candidates, searchable_pages
from .engine import page_number, paginated, search_page
from .excerpts import excerpt, fold, page_text
from .spelling import FEW_RESULTS, suggestion

RESULTS_PER_PAGE = 10
SECTION_DEPTH = 3  # root (1) > home (2) > sections (3)
# How a result is shown when its page type names no `search_result_template`: section, title,
# excerpt. Search knows no page type: each says what it shows and what it keeps out of search.
RESULT_TEMPLATE = "search/result.html"


def search(request):
    query = clean_query(request.GET.get("q", ""))
    locale = Locale.get_active()
    context = {"search_query": query, "results": None, "promotions": []}
    if query:
        outcome = site_search(
            query,
            locale,
            get_language(),
            number=request.GET.get("page"),
            correct=request.GET.get("original") != "1",
            described=True,
        )
        results = outcome.results
        context["corrected_query"] = outcome.corrected
        context["results"] = results
        if results.number == 1:
            context["promotions"] = promotions(query, locale)
            # Counted once per search, not once per result page viewed.
            Query.get(query).add_hit()
        if not results.paginator.count:
            context["spelling_suggestion"] = outcome.suggested
            context["suggested_pages"] = suggested_pages(locale)

    response = TemplateResponse(request, "search/search.html", context)
    if query:
        # Every search is counted for the editors' Search terms report: the page is built for
        # each visitor rather than served from a shared cache (its ranked results may come
        # from search.result_cache).
        patch_cache_control(response, private=True)
    return response


@dataclass
class Outcome:
    """What a search shows: a page of results, the query searched (`corrected` when it is a
    correction of what the visitor typed, else None) and the backend that answered."""

    results: object
    searched: str
    corrected: str | None = None
    backend: str = ""
    suggested: str | None = None  # when nothing was found: a correction to offer as a link
    excerpts: dict | None = None  # {page id: excerpt} once described

    def kept(self):
        """What search.result_cache keeps: the ids of the page's objects (not the objects),
        and their excerpts once described (the costliest part of showing them). A change of
        its keys needs a new search.result_cache.FORMAT."""
        return {
            "excerpts": self.excerpts,
            "ids": [page.pk for page in self.results.object_list],
            "total": self.results.paginator.count,
            "number": self.results.number,
            "searched": self.searched,
            "corrected": self.corrected,
            "backend": self.backend,
            "suggested": self.suggested,
        }

    @classmethod
    def from_kept(cls, kept, pages, per_page):
        """The outcome kept, its pages loaded from `pages` (those no longer searchable left
        out)."""
        found = pages.in_bulk(kept["ids"]) if kept["ids"] else {}
        objects = [found[pk] for pk in kept["ids"] if pk in found]
        results = paginated(objects, kept["total"], kept["number"], per_page)
        return cls(
            results,
            kept["searched"],
            kept["corrected"],
            kept["backend"],
            kept["suggested"],
            kept["excerpts"],
        )

    def describe(self, language):
        """Each result's section, excerpt and template (describe()), the excerpts kept."""
        self.excerpts = describe(
            self.results.object_list, self.searched, language, excerpts=self.excerpts
        )


def site_search(
    query,
    locale,
    language,
    *,
    number=1,
    per_page=RESULTS_PER_PAGE,
    correct=True,
    described=False,
):
    """The search page's results for `query` (also run by the relevance benchmark,
    search/relevance.py).

    When the query finds nothing or very little (search.spelling.FEW_RESULTS) and a correction
    of its unknown words finds more, the corrected query's results are shown instead, unless
    `correct` is False (the visitor asked for what they typed).

    `described`: the results are given their section, excerpt and template, as the search
    page shows them (describe()).

    The outcome is kept for the same query, page and language (search.result_cache), with its
    excerpts once described; the pages it shows are loaded again through the same filters.
    """
    searchable = searchable_pages(locale)
    pages = searchable.specific()
    number = page_number(number)
    name = result_cache.key(query, language, locale, number, per_page, correct)
    kept = result_cache.lookup(name)
    if kept is not None:
        outcome = Outcome.from_kept(kept, pages, per_page)
    else:
        candidates = Candidates(searchable, f"site:{locale.pk}")
        outcome = searched_outcome(
            pages, candidates, query, locale, language, number, per_page, correct
        )
    if described:
        outcome.describe(language)
    if kept is None or (described and kept["excerpts"] is None):
        result_cache.store(name, outcome.kept())
    return outcome


def searched_outcome(pages, candidates, query, locale, language, number, per_page, correct):
    results, backend = search_page(
        pages, query, language=language, number=number, per_page=per_page, candidates=candidates
    )
    count = results.paginator.count
    corrected = None
    if (correct and count <= FEW_RESULTS) or not count:
        corrected = suggestion(query, locale)
    if correct and corrected and fold(corrected) != fold(query):
        better, better_backend = search_page(
            pages,
            corrected,
            language=language,
            number=number,
            per_page=per_page,
            fuzzy=True,
            candidates=candidates,
        )
        if better.paginator.count > count:
            return Outcome(better, corrected, corrected, better_backend)
    # Nothing found: the correction is offered as a link ("Did you mean …?").
    return Outcome(results, query, None, backend, None if count else corrected)


def describe(results, query, language, excerpts=None):
    """Give each result its section (the top-level page it sits under), an excerpt and the
    template its page type shows it with; {page id: excerpt}, from `excerpts` when they
    were kept (search.result_cache)."""
    section_paths = {
        page.path[: SECTION_DEPTH * Page.steplen] for page in results if page.depth > SECTION_DEPTH
    }
    sections = {
        section.path: section
        for section in Page.objects.filter(path__in=section_paths).only("path", "title")
    }
    kept = excerpts or {}
    for page in results:
        page.search_section = sections.get(page.path[: SECTION_DEPTH * Page.steplen])
        if page.pk in kept:
            page.search_excerpt = kept[page.pk]
        else:
            page.search_excerpt = excerpt(shared_page_text(page), query, language)
        page.search_template = getattr(page, "search_result_template", None) or RESULT_TEMPLATE
    return {page.pk: page.search_excerpt for page in results}


def shared_page_text(page):
    """page_text(), the longest part of describing a result, kept for the page's live
    revision in the content generation (core/fragment_cache.py)."""
    name = f"page-text:{page.pk}:{page.live_revision_id}"
    return fragment_cache.get_or_compute(None, name, lambda: page_text(page))


def promotions(query, locale):
    """Editors' promoted results for this query, each page in the visitor's language.

    An editor who promotes a page for "télétravail" means it for "teletravail" and "Télétravail"
    too: queries are compared without accents or case. Promoted queries are few (tens), so
    they are compared in Python rather than with a database-specific accent function.
    """
    wanted = fold(query)
    promoted_queries = Query.objects.filter(editors_picks__isnull=False).distinct()
    query_ids = [
        q.pk for q in promoted_queries.only("query_string") if fold(q.query_string) == wanted
    ]
    if not query_ids:
        return []
    promoted = []
    picks = SearchPromotion.objects.filter(query_id__in=query_ids).select_related("page")
    for promotion in picks.order_by("sort_order"):
        if promotion.page is None:
            promoted.append(promotion)
            continue
        page = promotion.page.get_translation_or_none(locale)
        if page is not None and page.live:
            promotion.localized_page = page
            promoted.append(promotion)
    return promoted


def suggested_pages(locale):
    """Where to go when nothing matched: the first live page of each page type with a
    `search_suggestion_rank` (the offers, then the welcome guides), lowest rank first."""
    ranked = [
        model
        for model in get_page_models()
        if getattr(model, "search_suggestion_rank", None) is not None
    ]
    pages = []
    for model in sorted(ranked, key=lambda model: model.search_suggestion_rank):
        page = model.objects.live().filter(locale=locale).first()
        if page is not None:
            pages.append(page)
    return pages
