"""Page routing from the home page kept in the fragment cache.

Wagtail routes every page from the site's root page made localized and specific (the active
locale, the translation, the specific row: two to three queries before the route itself).
This middleware gives Wagtail's page view the same route, computed from the home page that
home.navigation keeps under the content generation; Wagtail reads it from the request, where
it keeps the route it computed itself (`Page.route_for_request`).
"""

from django.db import DatabaseError
from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Site

from home.navigation import localized_home


def route_for_request(request, path):
    """What `Page.route_for_request` gives: (page, args, kwargs), or None for a 404."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        return localized_home(request, site).route(
            request, [component for component in path.split("/") if component]
        )
    except Http404:
        return None


class HomeRoutingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve and not hasattr(request, "_wagtail_route_for_request"):
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            try:
                request._wagtail_route_for_request = route_for_request(request, path)
            except DatabaseError:
                # Django hands errors raised here to no middleware: left to Wagtail, the route
                # is looked up again inside the view, where a database outage gets its retry
                # and its 503 page (core.database_outage), not a 500.
                pass
