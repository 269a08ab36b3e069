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
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction

from core import page_cache

RESTRICTIONS_KEY = "fragment:view-restrictions-exist"
RESTRICTIONS_SECONDS = 60


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
    values = cache.get_many(keys)
    missing = [key for key in keys if key not in values]
    if missing:
        # A generation never read before (or evicted) gets a random value, never a default
        # one: an evicted key read as 0 again would bring back entries stored under 0.
        for key in missing:
            cache.add(key, secrets.token_hex(4), None)
        values = cache.get_many(keys)
    current = ":".join(str(values.get(key, "")) for key in keys)
    if request is not None:
        request._content_generation = current
    return current


def get_or_compute(request, name, compute):
    """`compute()`'s value for `name` (which says what it was built for: site, language,
    page) in the current content generation, from the cache when stored."""
    if not enabled():
        return compute()
    key = f"fragment:{generation(request)}:{_transaction_scope()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.FRAGMENT_CACHE_SECONDS)
    return value


class _TransactionScope:
    """Registered to run on commit: while it waits in the connection's list, the transaction
    it was registered in is still open; a rollback discards it."""

    def __init__(self):
        self.token = secrets.token_hex(4)

    def __call__(self):
        pass


def _transaction_scope():
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


def restrictions_exist():
    """True when any page has a view restriction (private, password, groups)."""
    found = cache.get(RESTRICTIONS_KEY)
    if found is None:
        found = PageViewRestriction.objects.exists()
        # Saving or deleting a restriction clears it; the short lifetime bounds what a process
        # with a cache of its own (no Redis) or a delete lost while Redis was down would miss.
        cache.set(RESTRICTIONS_KEY, found, RESTRICTIONS_SECONDS)
    return found


def public(pages):
    """`pages.public()`, without its query while no view restriction exists."""
    return pages.public() if restrictions_exist() else pages


def _restrictions_changed(sender, **kwargs):
    cache.delete(RESTRICTIONS_KEY)


# Connected on import: home's page models import this module, so it is connected before any
# page is served or any restriction saved.
post_save.connect(
    _restrictions_changed, sender=PageViewRestriction, dispatch_uid="fragment_restrictions_saved"
)
post_delete.connect(
    _restrictions_changed, sender=PageViewRestriction, dispatch_uid="fragment_restrictions_deleted"
)
