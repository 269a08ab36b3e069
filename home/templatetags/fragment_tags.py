"""A part of a page that every visitor without a personal cookie sees the same, rendered once
per content generation (core/fragment_cache.py) instead of on every request:

    {% load fragment_tags %}
    {% shared_fragment "offer-body" page page.days_left %} … {% endshared_fragment %}

The name and the values after it (a page stands for its id and live revision) make the key,
with the active language; publishing anything renews the generation. Put around markup that
reads nothing of the request (no form, no query string, no region) and pass what else it
depends on (a date, an open/closed state).

Rendered afresh, never stored nor read, for: previews (a draft shares the live page's id),
requests with a session (editors, a page's password) or a personal cookie (the region: the
same rule as the full-page cache, core/page_cache.is_anonymous), anything but GET and HEAD,
and a block that asked for a CSRF token.
"""

from django import template
from django.utils.translation import get_language

from core import fragment_cache, page_cache

register = template.Library()


def shareable(request):
    return (
        request is not None
        and request.method in ("GET", "HEAD")
        and not getattr(request, "is_preview", False)
        and page_cache.is_anonymous(request)
    )


def key_part(value):
    if hasattr(value, "live_revision_id") and hasattr(value, "pk"):
        return f"{value.pk}.{value.live_revision_id}"
    return str(value)


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, values):
        self.nodelist = nodelist
        self.name = name
        self.values = values

    def render(self, context):
        request = context.get("request")
        if not shareable(request):
            return self.nodelist.render(context)
        parts = [self.name.resolve(context), get_language()]
        parts += [key_part(value.resolve(context)) for value in self.values]
        name = "html:" + ":".join(str(part) for part in parts)
        return shared(request, name, lambda: self.nodelist.render(context))


def shared(request, name, render):
    """The HTML stored for `name` in the current content generation, else `render()`'s, then
    stored, for a request that is `shareable`."""
    stored = fragment_cache.lookup(request, name)
    if stored is not None:
        return stored
    # get_token() marks the request: HTML holding a CSRF token (tied to this visitor's cookie)
    # is never shared.
    asked_before = request.META.get("CSRF_COOKIE_NEEDS_UPDATE", False)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = False
    rendered = render()
    asked = request.META["CSRF_COOKIE_NEEDS_UPDATE"]
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = asked_before or asked
    if not asked:
        fragment_cache.store(request, name, rendered)
    return rendered


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("shared_fragment needs a name")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    )
