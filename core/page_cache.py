"""The full-page cache: anonymous GET pages served from the cache (Redis in production), and
purged through Wagtail's frontend cache when an editor publishes.

What may be cached, and how it stays correct:
- Only anonymous visitors are served from it: a request with a session cookie (an editor
  signed in) or a cookie listed in PAGE_CACHE_PERSONAL_COOKIES (the region: pages built for
  that visitor) goes through.
- Only a 200 that sets no cookie, did not render a CSRF token (forms carry one per visitor),
  varies on nothing but the URL, and is not marked private or no-store is stored. The language
  is in the URL (/fr/, /en/), so FR and EN are separate entries; "/" (which varies on
  Accept-Language) is a redirect and never stored.
- Entries are keyed by scheme, host, path and query string. Pages write no host of the
  request's (their absolute URLs come from SITE_URL, core/site_url.py), but Wagtail serves a
  different site per host name once a second Site is set up, so an entry stored for one
  allowed host is not served to another. It is the host the request was validated with
  (ALLOWED_HOSTS), lower-cased, with its port; case is not meaningful.
- Purging needs no host: a URL's path has one generation, shared by every host and query
  string. Purging a URL bumps it, which drops that path for every host (Wagtail purges the
  Site's own host name, visitors may use another allowed one) and every query string (filtered
  listings included); purging everything bumps the site's generation. Old entries then expire
  on their own. Listing each host's variants instead would have to know every allowed host.
- Publishing, unpublishing or moving a page purges the page, its translations and aliases, and
  its ancestors (listings and the home page show their children) through Wagtail's
  frontend-cache backends: this cache, plus a CDN when one is configured. Snippets and site
  settings appear on many pages, so saving one purges the whole site.

Responses stored here get `Cache-Control: public, max-age=<browser>, s-maxage=<cache>` so a
CDN may keep them as long as this cache (it is purged the same way) while browsers, which
cannot be purged, keep them briefly. On a hit both count down to the entry's expiry, so a CDN
that stores a hit never keeps it past an offer's deadline. `X-Page-Cache: hit|miss` tells
operators (and the CDN, loadtest/nginx.conf.template) what happened.

Compression and validators are computed once, when a page is stored: a gzip copy of the body
(served to clients that accept it, with `Vary: Accept-Encoding`) and a strong ETag per encoding,
so a repeat visit with `If-None-Match` gets a 304 without a body. Only stored pages are
compressed, which is what keeps BREACH away: an attack needs a secret in a compressed body
that also reflects the attacker's input, and a stored page is by construction the same for
every anonymous visitor, holds no CSRF token (rendering one keeps the page out) and no
session data (signed-in visitors and personal cookies never get here). Pages for a signed-in
editor, forms and search results are sent uncompressed.
"""

import contextvars
import gzip
import hashlib
import math
import secrets
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import cc_delim_re, patch_cache_control, patch_vary_headers
from django.utils.http import parse_etags
from wagtail.contrib.frontend_cache.backends import BaseBackend

HEADER = "X-Page-Cache"
# Headers the inner middleware and views set that belong to the page (security headers from
# the outer middleware are added again on every response, hit or not).
STORED_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Content-Disposition",
    "Cache-Control",
    "X-Frame-Options",
    "Link",
    "X-Robots-Tag",
    "Vary",
    # The offers API and its OpenAPI document are read by other sites (offers/api.py).
    "Access-Control-Allow-Origin",
)
SITE_GENERATION = "page-cache:site"
# URLs outside /fr/ and /en/ get "Vary: Accept-Language" from LocaleMiddleware; these ones
# read nothing from the language, so they are stored all the same.
LANGUAGE_NEUTRAL_PATHS = ("/sitemap.xml", "/sitemap-pages.xml", "/robots.txt")
# Bodies shorter than this are sent as they are: gzip's header and a round trip of decoding
# cost more than they save.
COMPRESS_MIN_BYTES = 512
# Text is worth compressing (HTML, XML sitemaps and feeds, JSON of the API); images are not.
COMPRESSIBLE_TYPES = ("text/", "application/json", "application/xml", "application/atom+xml")


# Per request: a mutable marker, so that a mark set in a copied context (a thread pool, asgiref)
# still reaches the middleware.
_request_state = contextvars.ContextVar("page_cache_request_state", default=None)


def do_not_store():
    """Keep the page being rendered out of the cache: a component failed while it was built
    (core/s3_storage.py: an image shown as missing while S3 is down), and the page
    would stay broken after the component is back."""
    state = _request_state.get()
    if state is not None:
        state["store"] = False


def enabled():
    return settings.PAGE_CACHE_SECONDS > 0


def generation_key(path):
    return "page-cache:path:" + hashlib.md5(path.encode(), usedforsecurity=False).hexdigest()


def origin(request):
    """The scheme and host a page is built for: "https://carrieres.example.org:8443"."""
    return f"{request.scheme}://{request.get_host().lower()}"


def page_key(origin, path, query, generations):
    digest = hashlib.md5(f"{origin}{path}?{query}".encode(), usedforsecurity=False).hexdigest()
    # "v2": entries hold a gzip copy and ETags (Entry); older ones are never read.
    return f"page-cache:page:v2:{generations[0]}:{generations[1]}:{digest}"


def generations(path):
    """The site's and the path's generations (one cache round trip once they exist).

    The fragment cache (core/fragment_cache.py) reads the same keys and creates them the same
    way (current()): otherwise it would create them while this request's page is built, so
    that the page is stored under a key no later request reads.
    """
    keys = [SITE_GENERATION, generation_key(path)]
    values = current(keys)
    return values.get(keys[0], 0), values.get(keys[1], 0)


def current(keys):
    """{key: generation} of `keys`, one cache round trip once they exist.

    A generation never read before (or evicted) gets a random value, never a default one: an
    evicted key read as 0 again would bring back entries stored under 0.
    """
    values = cache.get_many(keys)
    if len(values) < len(keys):
        for key in keys:
            if key not in values:
                cache.add(key, new_generation(), None)
        values = cache.get_many(keys)
    return values


def new_generation():
    """A random generation. A counter would need `incr`, which fails on a missing key; a random
    value needs none, and two processes bumping at once both invalidate."""
    return secrets.token_hex(4)


def bump(key):
    """A new generation for a key: entries of the old one are never read again."""
    cache.set(key, new_generation(), None)
    # Purges are asked for inside the transaction that publishes: a request served before it
    # commits still reads the old content and would store it under the new generation. A
    # second generation once committed drops that too. (Outside a transaction there is nothing
    # to wait for, and asking would open a database connection.)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: cache.set(key, new_generation(), None))


def purge_path(path):
    bump(generation_key(path))


def purge_all():
    bump(SITE_GENERATION)


def is_anonymous(request):
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies:
        return False
    return not any(name in cookies for name in settings.PAGE_CACHE_PERSONAL_COOKIES)


def lifetime(response):
    """Seconds to keep a page: PAGE_CACHE_SECONDS, or less when the view said its page changes
    sooner (`fresh_for`: an offer or a listing when the next deadline passes)."""
    fresh_for = getattr(response, "fresh_for", None)
    if fresh_for is None:
        return settings.PAGE_CACHE_SECONDS
    return max(0, min(settings.PAGE_CACHE_SECONDS, int(fresh_for)))


def fresh_for(response, seconds):
    """Tell the page cache (and through s-maxage a CDN) that this page changes in `seconds`."""
    response.fresh_for = seconds
    return response


def is_storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # get_token() was called: the page holds a CSRF token tied to this visitor's cookie.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    vary = header_names(response, "Vary")
    if vary and not (vary == {"accept-language"} and request.path in LANGUAGE_NEUTRAL_PATHS):
        return False
    return not header_names(response, "Cache-Control") & {"private", "no-store", "no-cache"}


def header_names(response, header):
    """The lower-case names in a comma-separated header (directives without their values)."""
    parts = cc_delim_re.split(response.get(header, ""))
    return {part.split("=")[0].strip().lower() for part in parts if part.strip()}


def compressible(headers, content):
    content_type = headers.get("Content-Type", "")
    return (
        len(content) >= COMPRESS_MIN_BYTES
        and content_type.startswith(COMPRESSIBLE_TYPES)
        and "Content-Encoding" not in headers
    )


def entry(response, timeout):
    """What is stored for a page: (body, gzip body or None, ETag, headers, expiry Unix time).

    Compressing and hashing happen here, once per stored page, never per hit.
    """
    content = response.content
    headers = {name: response[name] for name in STORED_HEADERS if response.has_header(name)}
    compressed = None
    if compressible(headers, content):
        # mtime=0: the same page compresses to the same bytes, whichever process stores it.
        compressed = gzip.compress(content, compresslevel=6, mtime=0)
        if len(compressed) >= len(content):
            compressed = None
        else:
            # Whether or not this client accepts gzip, the body depends on the header.
            vary = HttpResponse()
            if "Vary" in headers:
                vary["Vary"] = headers["Vary"]
            patch_vary_headers(vary, ["Accept-Encoding"])
            headers["Vary"] = vary["Vary"]
    etag = hashlib.md5(content, usedforsecurity=False).hexdigest()
    return content, compressed, etag, headers, time.time() + timeout


def accepts_gzip(request):
    return bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


def not_modified(request, etag):
    """True when the client's If-None-Match names this representation (or "*")."""
    header = request.META.get("HTTP_IF_NONE_MATCH")
    if not header:
        return False
    tags = parse_etags(header)
    return "*" in tags or etag in tags


class PageCacheMiddleware:
    """Serve and store anonymous GET pages (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (enabled() and request.method in ("GET", "HEAD") and is_anonymous(request)):
            return self.get_response(request)
        path = request.path
        query = request.META.get("QUERY_STRING", "")
        key = page_key(origin(request), path, query, generations(path))
        stored = cache.get(key)
        if stored is not None:
            return self.rebuild(request, stored, "hit")
        state = {"store": True}
        token = _request_state.set(state)
        try:
            response = self.get_response(request)
        finally:
            _request_state.reset(token)
        timeout = lifetime(response)
        if state["store"] and timeout > 0 and is_storable(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=min(settings.PAGE_CACHE_BROWSER_SECONDS, timeout),
                s_maxage=timeout,
            )
            stored = entry(response, timeout)
            cache.set(key, stored, timeout)
            # The first visitor gets what every later one will: compressed, with its ETag.
            return self.rebuild(request, stored, "miss")
        return response

    @staticmethod
    def rebuild(request, stored, state):
        content, compressed, etag, headers, expires = stored
        if compressed is not None and accepts_gzip(request):
            content, etag = compressed, f'"{etag}-gzip"'
        else:
            etag = f'"{etag}"'
        if not_modified(request, etag):
            response = HttpResponseNotModified()
            for name in ("Cache-Control", "Vary"):
                if name in headers:
                    response[name] = headers[name]
        else:
            response = HttpResponse(content)
            for name, value in headers.items():
                response[name] = value
            response["Content-Length"] = str(len(content))
            if content is compressed:
                response["Content-Encoding"] = "gzip"
        response["ETag"] = etag
        # What is left of the entry's life: a CDN storing this answer keeps it no longer.
        remaining = max(0, math.ceil(expires - time.time()))
        patch_cache_control(
            response,
            max_age=min(settings.PAGE_CACHE_BROWSER_SECONDS, remaining),
            s_maxage=remaining,
        )
        response[HEADER] = state
        return response


class PageCacheBackend(BaseBackend):
    """Wagtail frontend-cache backend purging this site's own page cache by URL."""

    def purge(self, url):
        purge_path(urlsplit(url).path or "/")
