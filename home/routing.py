"""Wagtail's routing from a home page down, in one query instead of two per level.

Wagtail finds a page one level at a time: the child with the next slug (a query), then its
specific page (another), down to the page asked for. Here the pages on the way are read
together, by their slugs (indexed) below the home page, and only the page that answers is made
specific. What answers is the same as Wagtail's walk:
- the page the path ends at, through its own `route()` (live check, its "/" sub-route);
- on the way, a routable page (RoutablePageMixin) whose sub-routes match the rest of the path
  (Wagtail tries its sub-routes before its children), or a page type with a `route()` of its
  own, which is handed the rest of the path;
- a slug with no page is a 404.
"""

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


def route_below(home, request, path_components):
    """The RouteResult of `path_components` below `home` (a non-empty list of slugs)."""
    depth = home.depth + len(path_components)
    pages = Page.objects.filter(
        slug__in=set(path_components),
        depth__gt=home.depth,
        depth__lte=depth,
        path__startswith=home.path,
    )
    by_path = {page.path: page for page in pages}
    parent = home
    for level, slug in enumerate(path_components):
        page = next(
            (
                candidate
                for path, candidate in by_path.items()
                if candidate.slug == slug
                and candidate.depth == parent.depth + 1
                and path.startswith(parent.path)
            ),
            None,
        )
        if page is None:
            raise Http404
        page._cached_parent_obj = parent
        remaining = path_components[level + 1 :]
        if not remaining or _answers(page, remaining):
            return page.specific.route(request, remaining)
        parent = page
    raise Http404  # not reached: the last level returns


def _answers(page, remaining):
    """Whether `page` handles the rest of the path itself rather than its children."""
    model = page.specific_class
    if model is None or model.route is Page.route:
        return False
    if issubclass(model, RoutablePageMixin) and model.route is RoutablePageMixin.route:
        if not page.live:
            return False
        try:
            model.get_resolver().resolve("/" + "/".join(remaining) + "/")
        except Http404:
            return False
        return True
    return True
