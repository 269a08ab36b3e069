from django import template
from django.utils.translation import get_language

from home.regions import COOKIE, region_choices

register = template.Library()


@register.inclusion_tag("includes/region_picker.html", takes_context=True)
def region_picker(context):
    """The region picker of the page frame: no query once the region names are cached."""
    request = context["request"]
    choices = region_choices(get_language())
    current = request.COOKIES.get(COOKIE, "")
    return {
        "choices": choices,
        "current": current,
        "current_name": dict(choices).get(current, ""),
        # Where choosing a region leads back to: this page, unless the page gave another
        # address (the 404 page sends to the home page, not back to an address that is none).
        "next": context.get("region_next") or request.get_full_path(),
    }
