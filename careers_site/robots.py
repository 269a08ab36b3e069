"""robots.txt: everything public may be crawled except the admin, search results and the
alert forms (pages of one visitor's subscription); it names the sitemap."""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.site_url import absolute

ONE_DAY = 24 * 3600


def disallowed_paths():
    """The admin, the one-click unsubscribe address, and the search and alert pages of every
    language: reversed, so a renamed URL never leaves a stale rule."""
    paths = ["/admin/", "/alerts/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths += [reverse("search"), reverse("alerts:subscribe")]
    return list(dict.fromkeys(paths))


@require_GET
@cache_control(public=True, max_age=ONE_DAY)
def robots_txt(request):
    context = {
        "disallowed": disallowed_paths(),
        "sitemap_url": absolute(reverse("sitemap")),
    }
    return render(request, "robots.txt", context, content_type="text/plain; charset=utf-8")
