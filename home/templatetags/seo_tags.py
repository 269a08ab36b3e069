"""Sharing and search-engine metadata for the page frame: OpenGraph locales and picture, and
the organisation's JSON-LD on the home pages. Everything comes from objects the page has
already loaded: no query of its own."""

from urllib.parse import urljoin

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language

from core.json_ld import json_ld_script
from core.site_url import absolute

register = template.Library()

# OpenGraph wants a territory: French from France, British English (the site's spelling).
OG_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
LOGO = "img/organization-logo.svg"


# The default picture of a shared link (1200 × 630, original artwork); a page type gives its
# own with a `share_image_url(request)` method (offers: their share card).
SHARE_IMAGE = "img/share-default.png"
SHARE_IMAGE_SIZE = (1200, 630)


@register.simple_tag(takes_context=True)
def share_image(context):
    """The page's og:image: absolute URL, text alternative (empty: the site's name), size."""
    page = context.get("page")
    request = context.get("request")
    url = alt = ""
    own = getattr(page, "share_image_url", None)
    if callable(own) and request is not None:
        url = own(request)
        alt = page.title  # a page's own picture shows its title
    if not url:
        default = static(SHARE_IMAGE)
        url = absolute(default)
    return {"url": url, "alt": alt, "width": SHARE_IMAGE_SIZE[0], "height": SHARE_IMAGE_SIZE[1]}


@register.filter
def og_locale(language_code):
    return OG_LOCALES.get(language_code, language_code)


@register.simple_tag(takes_context=True)
def organization_json_ld(context):
    """schema.org Organization and WebSite (with its site search) on a home page only."""
    from home.models import HomePage

    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, HomePage) or request is None:
        return ""
    home_url = page.get_full_url(request)
    # Absolute URLs on the site's own host, like the page's canonical URL (a static URL may
    # already be absolute, e.g. on a CDN: urljoin keeps it).
    origin = urljoin(home_url, "/")
    organization = {
        "@type": "Organization",
        "@id": settings.ORGANIZATION_URL.rstrip("/") + "/#organization",
        "name": settings.ORGANIZATION_NAME,
        "url": settings.ORGANIZATION_URL,
        "logo": urljoin(origin, static(LOGO)),
    }
    # The active language is the page's (its /fr/ or /en/ prefix), so is the search URL.
    search_url = urljoin(origin, reverse("search"))
    website = {
        "@type": "WebSite",
        "name": context.get("site_name", ""),
        "url": home_url,
        "inLanguage": get_language(),
        "publisher": {"@id": organization["@id"]},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": search_url + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }
    return json_ld_script({"@context": "https://schema.org", "@graph": [organization, website]})
