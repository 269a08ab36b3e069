from django.http import HttpResponseNotFound, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from core.version import app_version
from home.templatetags.fragment_tags import shareable, shared

from .health import run_checks

NOT_FOUND = "404.html"


@never_cache
def healthz(request):
    """Health of this instance for load balancers and monitoring, as JSON (no HTML, session or
    cookie; never cached). 503 only when the database fails; a failing cache or search engine
    gives 200 "degraded" (see careers_site/health.py for why)."""
    status, body = run_checks()
    body["version"] = app_version()
    return JsonResponse(body, status=status)


def page_not_found(request, exception):
    """The 404 page. It is the same for every missing address of a language (404.html names
    none), so for visitors who see the shared pages (no session, no personal cookie: the
    shared fragments' rule) it is rendered once per language and content generation: a 404
    then costs the routing that found nothing, where rendering the page frame had been half
    of its time (profiled).

    Not for a 404 raised inside another view (search, API, documents…): its language
    versions are that view's address in the other language, which depends on the path.
    """
    language = get_language()
    context = {"region_next": f"/{language}/"}
    match = request.resolver_match
    if not shareable(request) or (match is not None and match.url_name != "wagtail_serve"):
        return HttpResponseNotFound(render_to_string(NOT_FOUND, context, request))
    return HttpResponseNotFound(
        shared(
            request, f"html:404:{language}", lambda: render_to_string(NOT_FOUND, context, request)
        )
    )
