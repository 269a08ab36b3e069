"""Template tags for the page frame: menu, footer, breadcrumbs and language versions.

All resolve to the active language; the data comes from home.navigation, cached per request.
"""

from django import template
from django.utils.translation import get_language

from home import navigation

register = template.Library()


def _page(context):
    page = context.get("page")
    # Only Wagtail pages carry translations; views pass no page or a non-page object.
    return page if hasattr(page, "get_translations") else None


@register.simple_tag(takes_context=True)
def locale_home(context):
    # The active language is the page's: LocaleMiddleware set it from the /fr/ or /en/ prefix.
    return navigation.current_home(context["request"], get_language())


@register.simple_tag(takes_context=True)
def menu_pages(context):
    return navigation.menu_pages(context["request"], locale_home(context))


@register.simple_tag(takes_context=True)
def footer_pages(context):
    return navigation.footer_pages(context["request"], locale_home(context))


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context):
    page = _page(context)
    if page is None or page.depth <= 2:
        return []
    return navigation.breadcrumbs(page, context.get("request"))


@register.simple_tag(takes_context=True)
def language_versions(context):
    return navigation.language_versions(context["request"], _page(context))


@register.filter
def in_section(page, section):
    """True when `page` is `section` or below it: marks the current menu entry."""
    return page is not None and hasattr(page, "path") and page.path.startswith(section.path)


@register.simple_tag(takes_context=True)
def contact_route(context, contact):
    """How to reach a contact card's body, never a dead end (home.navigation.contact_route)."""
    return navigation.contact_route(context.get("request"), contact)
