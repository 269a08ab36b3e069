"""The visitor's regional preference: "regional content is offered in addition to national
content across the site; this choice also applies to future visits" (source documents).

A cookie holds the chosen delegation's slug: no account, no tracking, explained on the privacy
page. It puts the region's offers first and shows its contacts in guides. Responses to a
visitor who chose a region are private, so a shared cache never serves one visitor's regional
page to another; visitors who chose none get the same public, cacheable pages as before.
"""

from django.core.cache import cache
from django.http import HttpResponseRedirect
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET

from core.locales import in_source_language

from .models import Contact, Region

COOKIE = "region"
COOKIE_AGE = 365 * 24 * 3600  # a year: the choice applies to future visits
PICKER_CACHE_SECONDS = 3600


def preferred_region(request):
    """The (French, source) region the visitor chose, or None; read once per request."""
    if not hasattr(request, "_preferred_region"):
        slug = request.COOKIES.get(COOKIE, "")
        region = None
        if slug:
            region = Region.objects.filter(in_source_language(), slug=slug[:100]).first()
        request._preferred_region = region
    return request._preferred_region


def regional_contacts(request, locale):
    """Contacts of the chosen region, in the page's language (contacts point to the French
    region). `locale` may be a Locale or its id (a page's `locale_id` costs no query)."""
    region = preferred_region(request)
    if region is None:
        return []
    return list(Contact.objects.filter(locale=locale, region=region))


def region_choices(language_code):
    """[(slug, name)] in a language, for the picker in the page frame (cached)."""
    key = f"region-choices-{language_code}"
    choices = cache.get(key)
    if choices is None:
        regions = Region.objects.filter(locale__language_code=language_code).order_by("name")
        choices = list(regions.values_list("slug", "name"))
        cache.set(key, choices, PICKER_CACHE_SECONDS)
    return choices


@require_GET
def choose_region(request):
    """Remember a region (or forget it with an empty value), then go back where the visitor was.

    A plain GET link or form, like the language switcher: it only sets a preference cookie.
    """
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    slug = request.GET.get("region", "")
    known = slug and Region.objects.filter(slug=slug[:100]).exists()
    if known:
        response.set_cookie(
            COOKIE,
            slug,
            max_age=COOKIE_AGE,
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
    else:
        response.delete_cookie(COOKIE, samesite="Lax")
    patch_cache_control(response, no_store=True)
    return response


class RegionalCacheMiddleware:
    """Responses built with a regional preference are private to that visitor."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if COOKIE in request.COOKIES:
            patch_cache_control(response, private=True)
            patch_vary_headers(response, ["Cookie"])
        return response
