from django import template

from core.site_url import absolute

register = template.Library()


@register.filter
def absolute_url(path):
    """The public URL of a path of this site, from SITE_URL (core/site_url.py)."""
    return absolute(str(path))
