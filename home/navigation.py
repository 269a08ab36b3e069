"""Navigation data for the page frame, computed once per content generation.

Each function keeps its result on the request, so the header, the footer, the home page
cards and the language switcher share it, and in the cache under the site's content
generation (core/fragment_cache.py), which publishing, moving or deleting a page and saving a
snippet renew: most requests run none of these queries, and never more than a fixed number,
whatever the size of the site. Only live pages of the tree go in, nothing of the visitor.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import F, Q
from django.urls import translate_url
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from core import fragment_cache
from core.site_url import absolute
from home.models.legal import ComplianceStatus
from home.models.snippets import ROUTING_CACHE_KEY, ROUTING_KINDS, Contact, ContactKind
from home.regions import preferred_region


def _cached(request, key, compute):
    """`compute()` once per request, and across requests in the current content generation
    (`key` says what the value was built for: site, home page, page, language)."""
    cache = request.__dict__.setdefault("_navigation_cache", {})
    if key not in cache:
        name = "nav:" + ":".join(str(part) for part in key)
        cache[key] = fragment_cache.get_or_compute(request, name, compute)
    return cache[key]


def locale_homes(request):
    """{language_code: live home page} for every language of the site (one query)."""

    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return {}
        homes = site.root_page.get_translations(inclusive=True).live().select_related("locale")
        return {home.locale.language_code: home for home in homes}

    site = Site.find_for_request(request)
    return _cached(request, ("homes", site.pk if site else None), compute)


def localized_home(request, site):
    """The site's home page in the active language, as its specific model: where Wagtail
    starts routing every page (two to three queries per request when asked of Wagtail)."""
    return _cached(
        request, ("home", site.pk, get_language()), lambda: site.root_page.localized.specific
    )


def current_home(request, language_code):
    homes = locale_homes(request)
    return homes.get(language_code) or homes.get(settings.LANGUAGE_CODE)


def menu_pages(request, home):
    """The sections of the main navigation: live children of the home page shown in menus."""
    if home is None:
        return []
    return _cached(
        request,
        ("menu", home.pk),
        lambda: list(home.get_children().live().in_menu().select_related("locale")),
    )


def footer_pages(request, home):
    """The legal pages: standard pages marked for the footer, and the accessibility statement,
    which the law wants reachable from every page (one query).

    Each has a `footer_label`: its title, and for the accessibility statement its compliance
    status too ("Accessibilité : non conforme"), which the RGAA asks every page to show.
    """
    if home is None:
        return []
    in_footer = Q(standardpage__show_in_footer=True) | Q(accessibilitystatementpage__isnull=False)

    def pages():
        found = list(
            Page.objects.child_of(home)
            .live()
            .filter(in_footer)
            .annotate(compliance_status=F("accessibilitystatementpage__compliance_status"))
            .order_by("path")
        )
        for page in found:
            page.footer_label = page.title
            if page.compliance_status:
                status = ComplianceStatus(page.compliance_status).label
                page.footer_label = _("%(title)s: %(status)s") % {
                    "title": page.title,
                    "status": status,
                }
        return found

    # The compliance status is labelled in the active language.
    return _cached(request, ("footer", home.pk, get_language()), pages)


def breadcrumbs(page, request=None):
    """Ancestors below the tree root, from the home page down (one query, cached)."""

    def compute():
        return list(Page.objects.ancestor_of(page).filter(depth__gt=1).order_by("depth"))

    if request is None:
        return compute()
    return _cached(request, ("breadcrumbs", page.pk, page.path), compute)


def page_translations(request, page):
    """The page and its translations, all languages (one query, cached)."""

    def compute():
        return list(page.get_translations(inclusive=True).select_related("locale"))

    return _cached(request, ("translations", page.translation_key), compute)


def is_translation(page):
    """An alias made by the synchronised tree shows the source text: it is no translation."""
    return page.live and page.alias_of_id is None


def language_versions(request, page=None):
    """One entry per site language: the same page in that language, or that language's home.

    Returns dicts with `code`, `name`, `url`, `available` (the same page exists, translated)
    and `current`. Never a link that would 404.
    """
    if page is None:
        return _view_language_versions(request)
    # One query gives the page's own locale (inclusive) and its translations.
    translations = {}
    current_language = get_language()
    for p in page_translations(request, page):
        if p.pk == page.pk:
            current_language = p.locale.language_code
            translations[current_language] = p
        elif is_translation(p):
            translations[p.locale.language_code] = p
    query = carried_query(request)
    versions = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        available = target is not None and (target.pk != page.pk or is_translation(page))
        if target is None:
            target = current_home(request, code)
        versions.append(
            {
                "code": code,
                "name": name,
                "url": (target.get_url(request) + (query if available else ""))
                if target
                else f"/{code}/",
                "full_url": target.get_full_url(request) if target else None,
                "available": available,
                "current": code == current_language,
            }
        )
    return versions


def carried_query(request):
    """The query string the same page in another language is given: "?theme=3&status=done".

    A page and its translation are the same page type, reading the same parameters with
    language-neutral values (codes, slugs, numbers, dates typed as dd/mm/yyyy or ISO): the
    action plan's filters, the support situation, the newcomer path's answers, the leave
    estimator's dates, the listing's filters and page. So every parameter is carried,
    percent-encoded again by QueryDict (the template escapes the link). The full-page cache
    keys by the whole query string, so a carried parameter never reaches another visitor.
    """
    return "?" + request.GET.urlencode() if request.GET else ""


def _view_language_versions(request):
    """Language versions of a Django view (search…): the same URL under the other prefix.

    Wagtail's catch-all route (used by 404 pages) cannot be translated that way: its slugs
    differ by language, so those fall back to each language's home.
    """
    current_language = get_language()
    match = getattr(request, "resolver_match", None)
    translatable = match is not None and match.url_name not in (None, "wagtail_serve")
    versions = []
    for code, name in settings.LANGUAGES:
        url = translate_url(request.get_full_path(), code) if translatable else None
        available = translatable and (code == current_language or url != request.get_full_path())
        if not available:
            home = current_home(request, code)
            url = home.get_url(request) if home else f"/{code}/"
        versions.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": absolute(url),
                "available": available,
                "current": code == current_language,
            }
        )
    return versions


ROUTING_CACHE_SECONDS = 300


def _routing_contacts(request, locale_id):
    """{(kind, region id): contact} of the HR departments with a channel in a language: from
    the cache, which saving or deleting one of them clears (Contact.save), else one query."""

    def compute():
        key = ROUTING_CACHE_KEY.format(locale_id=locale_id)
        found = cache.get(key)
        if found is None:
            found = {}
            for contact in Contact.objects.filter(locale_id=locale_id, kind__in=ROUTING_KINDS):
                if contact.has_channel:
                    found.setdefault((contact.kind, contact.region_id), contact)
            cache.set(key, found, ROUTING_CACHE_SECONDS)
        return found

    return _cached(request, ("routing", locale_id), compute) if request else compute()


def contact_route(request, contact):
    """How a visitor reaches `contact`: never a dead end.

    Returns {"via": the contact whose channel to use (itself, the visitor's regional HR
    department, else the national one) or None, "official_page", "official_source",
    "pending": True when its own direct address is still to be published}. Without any channel
    on the way, the institute's official page about the body (an address an editor copied from
    a published source) and a sentence saying the direct address will be published.
    """
    if contact.has_channel:
        return {"via": contact, "pending": False, "official_page": "", "official_source": ""}
    routing = _routing_contacts(request, contact.locale_id)
    region = preferred_region(request) if request is not None else None
    candidates = []
    if region is not None:
        candidates.append(routing.get((ContactKind.REGIONAL_HR, region.pk)))
    candidates.append(routing.get((ContactKind.HR_DEPARTMENT, None)))
    via = next(
        (
            body
            for body in candidates
            if body is not None and body.pk != contact.pk and body.has_channel
        ),
        None,
    )
    return {
        "via": via,
        "pending": True,
        "official_page": contact.official_page,
        "official_source": contact.official_page_source,
    }
