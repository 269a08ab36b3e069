"""What many pages share (the navigation's homes, menu and footer, breadcrumbs, language
versions), kept across requests in the cache under the site's content generation.

One invalidation mechanism, the page cache's (core/page_cache.py), not a second one:
- publishing, unpublishing, moving or deleting a page purges its ancestors through Wagtail's
  frontend cache (core/cache_purge.py), so its language's home page path ("/fr/", "/en/")
  gets a new generation;
- saving or deleting a snippet or a site setting purges the whole site (SITE_GENERATION).
The content generation is these values together: any page change in any language, and any
snippet or setting saved, gives a new one, and entries of the old one are never read again
(they expire on their own, FRAGMENT_CACHE_SECONDS).

Only what every visitor of a language sees goes in: live pages of the tree, never the
visitor's region, session or an editor's interface (those stay per request), and keys name
the site, the language or the page they were built for.

Whether any page view restriction exists is cached too (`restrictions_exist`): while none
does, Wagtail's check before serving a page and the listings' `.public()` need no query.
Saving or deleting a restriction clears it.
"""

import secrets

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from wagtail.models import PageViewRestriction, Site

from core import page_cache
from core.request_log import HEALTH_CHECK_PATH

RESTRICTIONS_KEY = "fragment:view-restrictions-exist"
RESTRICTIONS_SECONDS = 60
SITES_KEY = "fragment:sites"
SITES_SECONDS = 300


def enabled():
    return settings.FRAGMENT_CACHE_SECONDS > 0


def _generation_keys():
    # A language's home page is at /<code>/ (i18n_patterns): every page of that language is
    # below it, so purging any of them purges this path too.
    homes = [page_cache.generation_key(f"/{code}/") for code, _name in settings.LANGUAGES]
    return [page_cache.SITE_GENERATION, *homes]


def generation(request=None):
    """The site's content generation: one cache round trip, once per request."""
    if request is not None and "_content_generation" in request.__dict__:
        return request._content_generation
    keys = _generation_keys()
    values = page_cache.current(keys)
    current = ":".join(str(values.get(key, "")) for key in keys)
    if request is not None:
        request._content_generation = current
    return current


def _key(request, name):
    return f"fragment:{generation(request)}:{transaction_scope()}:{name}"


def lookup(request, name):
    """The value stored for `name` in the current content generation, or None."""
    return cache.get(_key(request, name)) if enabled() else None


def store(request, name, value, seconds=None):
    """Keep `value` for FRAGMENT_CACHE_SECONDS, or `seconds` when that is sooner."""
    if enabled():
        limit = settings.FRAGMENT_CACHE_SECONDS
        cache.set(_key(request, name), value, limit if seconds is None else min(limit, seconds))


def lookup_many(request, names):
    """{name: value} of those stored, in one cache round trip."""
    if not enabled():
        return {}
    keys = {_key(request, name): name for name in names}
    return {keys[key]: value for key, value in cache.get_many(list(keys)).items()}


def store_many(request, values):
    if enabled() and values:
        cache.set_many(
            {_key(request, name): value for name, value in values.items()},
            settings.FRAGMENT_CACHE_SECONDS,
        )


def get_or_compute(request, name, compute):
    """`compute()`'s value for `name` (which says what it was built for: site, language,
    page) in the current content generation, from the cache when stored."""
    value = lookup(request, name)
    if value is None:
        value = compute()
        store(request, name, value)
    return value


class _TransactionScope:
    """Registered to run on commit: while it waits in the connection's list, the transaction
    it was registered in is still open; a rollback discards it."""

    def __init__(self):
        self.token = secrets.token_hex(4)

    def __call__(self):
        pass


def transaction_scope():
    """ "" outside a transaction; inside one, a token of its own.

    What is read inside a transaction may include what it wrote and will roll back (each test
    runs in one, rolled back at its end): it is kept for that transaction only, never shared.
    """
    if not connection.in_atomic_block:
        return ""
    for _sids, callback, _robust in connection.run_on_commit:
        if isinstance(callback, _TransactionScope):
            return callback.token
    scope = _TransactionScope()
    transaction.on_commit(scope)
    return scope.token


def _restrictions_key():
    # Like the fragments, what a transaction reads stays in it (a test's restriction, rolled
    # back, would otherwise leave the flag set for the next tests).
    return f"{RESTRICTIONS_KEY}:{transaction_scope()}"


def restrictions_exist():
    """True when any page has a view restriction (private, password, groups)."""
    key = _restrictions_key()
    found = cache.get(key)
    if found is None:
        found = PageViewRestriction.objects.exists()
        # Saving or deleting a restriction clears it; the short lifetime bounds what a process
        # with a cache of its own (no Redis) or a delete lost while Redis was down would miss.
        cache.set(key, found, RESTRICTIONS_SECONDS)
    return found


def public(pages):
    """`pages.public()`, without its query while no view restriction exists."""
    return pages.public() if restrictions_exist() else pages


def _restrictions_changed(sender, **kwargs):
    shared = f"{RESTRICTIONS_KEY}:"
    cache.delete_many([shared, _restrictions_key()])
    # Again once committed: a request in between may have read the table as it was.
    transaction.on_commit(lambda: cache.delete(shared))


class SiteLookupMiddleware:
    """Give the request its Wagtail site from the cache: Wagtail looks it up with a query on
    every request (about a fifth of a 404's time). To be placed after the page cache (a hit
    needs no site), before anything that asks for the site.

    {(host, port): site} under one key, for host names ALLOWED_HOSTS accepts only (others keep
    Wagtail's own lookup: a stranger's Host header never grows the entry); saving or deleting a
    Site clears it, and it lasts SITES_SECONDS at most.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The health check needs no site, and must answer within its deadline while the cache
        # hangs (careers_site/health.py): it never waits on the cache here.
        if request.path == HEALTH_CHECK_PATH:
            return self.get_response(request)
        try:
            request.get_host()
        except DisallowedHost:
            return self.get_response(request)
        # Wagtail's own key: the raw host name and the port (Site._find_for_request).
        where = (split_domain_port(request._get_raw_host())[0], request.get_port())
        try:
            sites = cache.get(SITES_KEY) or {}
            if where not in sites:
                sites[where] = Site._find_for_request(request)
                cache.set(SITES_KEY, sites, SITES_SECONDS)
        except Exception:  # noqa: BLE001
            # The cache failing (any backend's error) or the database (an outage): Wagtail
            # looks the site up itself, below the database-outage guard.
            return self.get_response(request)
        request._wagtail_site = sites[where]
        return self.get_response(request)


def _sites_changed(sender, **kwargs):
    cache.delete(SITES_KEY)


# Connected on import: home's page models import this module, so it is connected before any
# page is served or any restriction saved.
post_save.connect(
    _restrictions_changed, sender=PageViewRestriction, dispatch_uid="fragment_restrictions_saved"
)
post_delete.connect(
    _restrictions_changed, sender=PageViewRestriction, dispatch_uid="fragment_restrictions_deleted"
)
post_save.connect(_sites_changed, sender=Site, dispatch_uid="fragment_sites_saved")
post_delete.connect(_sites_changed, sender=Site, dispatch_uid="fragment_sites_deleted")
