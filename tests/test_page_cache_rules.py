"""The full-page cache's rules asked directly, without a database (core/page_cache.py): what
is never stored, what is compressed, how long a page is kept. The mutation check
(docs/mutation.md) found each of these unasked by the page tests: a page that set a cookie, held
a CSRF token, varied on a header or said no-store would have been stored for everyone."""

import gzip

import pytest
from django.core.cache import cache
from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory

from core import page_cache

BODY = "<!DOCTYPE html><p>" + "Offres d’emploi " * 60 + "</p>"


@pytest.fixture
def request_():
    return RequestFactory().get("/fr/offres/")


def page(**headers):
    response = HttpResponse(BODY, content_type="text/html; charset=utf-8")
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def test_a_plain_page_is_stored(request_):
    assert page_cache.is_storable(request_, page())
    assert page_cache.is_storable(request_, page(Cache_Control="max-age=300, public"))


@pytest.mark.parametrize("directive", ["private", "no-store", "no-cache", "No-Store, max-age=0"])
def test_a_page_that_asks_not_to_be_kept_is_not_stored(request_, directive):
    assert not page_cache.is_storable(request_, page(Cache_Control=directive))


def test_a_page_that_sets_a_cookie_is_never_stored(request_):
    response = page()
    response.set_cookie("region", "grand-est")
    assert not page_cache.is_storable(request_, response)


def test_an_error_or_a_stream_is_not_stored(request_):
    assert not page_cache.is_storable(request_, HttpResponse(BODY, status=404))
    assert not page_cache.is_storable(request_, StreamingHttpResponse(iter([b"a"])))


def test_a_page_holding_a_csrf_token_is_not_stored(request_):
    request_.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    assert not page_cache.is_storable(request_, page())


@pytest.mark.parametrize("vary", ["Cookie", "Accept-Language", "Accept-Language, Cookie"])
def test_a_page_that_varies_on_the_visitor_is_not_stored(request_, vary):
    assert not page_cache.is_storable(request_, page(Vary=vary))


def test_language_neutral_addresses_are_stored_despite_accept_language():
    request = RequestFactory().get("/sitemap.xml")
    assert page_cache.is_storable(request, page(Vary="Accept-Language"))
    assert not page_cache.is_storable(request, page(Vary="Accept-Language, Cookie"))


def test_header_names_are_directives_without_their_values():
    response = page(Cache_Control="Max-Age=300, PUBLIC,, s-maxage=60")
    assert page_cache.header_names(response, "Cache-Control") == {"max-age", "public", "s-maxage"}
    assert page_cache.header_names(response, "Vary") == set()


def test_what_is_compressed():
    html = {"Content-Type": "text/html; charset=utf-8"}
    long = b"x" * page_cache.COMPRESS_MIN_BYTES
    assert page_cache.compressible(html, long)
    assert not page_cache.compressible(html, long[:-1])
    assert not page_cache.compressible({"Content-Type": "image/png"}, long)
    assert not page_cache.compressible({}, long)
    assert not page_cache.compressible({**html, "Content-Encoding": "gzip"}, long)


def test_a_stored_entry_holds_a_gzip_copy_that_varies_on_accept_encoding():
    response = page(Vary="Accept-Language")
    content, compressed, etag, headers, expires = page_cache.entry(response, 60)
    assert content == BODY.encode()
    assert gzip.decompress(compressed) == content
    assert headers["Vary"] == "Accept-Language, Accept-Encoding"
    assert len(etag) == 32
    small = HttpResponse("<p>court</p>", content_type="text/html")
    assert page_cache.entry(small, 60)[1] is None
    assert "Vary" not in page_cache.entry(small, 60)[3]


def test_a_page_is_kept_until_it_changes_and_never_a_negative_time(settings):
    settings.PAGE_CACHE_SECONDS = 300
    assert page_cache.lifetime(page()) == 300
    assert page_cache.lifetime(page_cache.fresh_for(page(), 42.9)) == 42
    assert page_cache.lifetime(page_cache.fresh_for(page(), 10_000)) == 300
    assert page_cache.lifetime(page_cache.fresh_for(page(), -5)) == 0


def test_new_generations_are_random_and_kept():
    cache.clear()
    first = page_cache.generations("/fr/offres/")
    assert all(isinstance(value, str) and len(value) == 8 for value in first)
    assert page_cache.generations("/fr/offres/") == first
    assert page_cache.generations("/en/offers/")[0] == first[0]  # the site's, shared
    assert page_cache.generations("/en/offers/")[1] != first[1]


def test_pages_differ_by_origin_path_query_and_generation():
    keys = {
        page_cache.page_key("https://a.example", "/fr/", "", ("1", "2")),
        page_cache.page_key("https://b.example", "/fr/", "", ("1", "2")),
        page_cache.page_key("https://a.example", "/en/", "", ("1", "2")),
        page_cache.page_key("https://a.example", "/fr/", "page=2", ("1", "2")),
        page_cache.page_key("https://a.example", "/fr/", "", ("3", "2")),
        page_cache.page_key("https://a.example", "/fr/", "", ("1", "3")),
    }
    assert len(keys) == 6


def test_each_page_has_its_own_etag_and_if_none_match_is_honoured():
    first = page_cache.entry(page(), 60)[2]
    other = page_cache.entry(HttpResponse(BODY + "<p>autre</p>", content_type="text/html"), 60)[2]
    assert first != other
    # The middleware compares the ETag as sent: quoted.
    first = f'"{first}"'
    request = RequestFactory().get("/fr/", HTTP_IF_NONE_MATCH=f'"{other}", {first}')
    assert page_cache.not_modified(request, first)
    assert not page_cache.not_modified(
        RequestFactory().get("/fr/", HTTP_IF_NONE_MATCH='"x"'), first
    )
    assert page_cache.not_modified(RequestFactory().get("/fr/", HTTP_IF_NONE_MATCH="*"), first)
    assert not page_cache.not_modified(RequestFactory().get("/fr/"), first)


def test_a_body_that_gzip_does_not_shrink_keeps_no_gzip_copy():
    import secrets

    noise = HttpResponse(secrets.token_hex(2048), content_type="text/plain")
    content, compressed, _etag, headers, _expires = page_cache.entry(noise, 60)
    # Hexadecimal noise does shrink a little: random bytes do not.
    assert compressed is None or len(compressed) < len(content)
    raw = HttpResponse(secrets.token_bytes(4096), content_type="text/plain")
    assert page_cache.entry(raw, 60)[1] is None
    assert "Vary" not in page_cache.entry(raw, 60)[3]


# --- The middleware, with a view of its own (no database) ---------------------------------


class View:
    """A view that counts its calls and answers what the test asks."""

    def __init__(self, make=page):
        self.calls = 0
        self.make = make

    def __call__(self, request):
        self.calls += 1
        return self.make()


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_BROWSER_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


def test_the_middleware_stores_a_page_once_and_serves_it_to_the_next_visitor(cached):
    view = View(lambda: page(Content_Language="fr", X_Custom="not stored"))
    middleware = page_cache.PageCacheMiddleware(view)
    first = middleware(RequestFactory().get("/fr/offres/", {"kind": "phd"}))
    second = middleware(RequestFactory().get("/fr/offres/", {"kind": "phd"}))
    assert view.calls == 1
    assert (first[page_cache.HEADER], second[page_cache.HEADER]) == ("miss", "hit")
    for response in (first, second):
        assert response.status_code == 200 and response.content == BODY.encode()
        assert response["Content-Type"] == "text/html; charset=utf-8"
        assert response["Content-Language"] == "fr" and not response.has_header("X-Custom")
        assert response["Content-Length"] == str(len(BODY.encode()))
        assert response["Cache-Control"] == "public, max-age=60, s-maxage=300"
        assert response["ETag"] == f'"{page_cache.entry(page(), 60)[2]}"'
        assert not response.has_header("Content-Encoding")
    # A HEAD is answered from the same entry; another query string, path or host is another page.
    assert (
        middleware(RequestFactory().head("/fr/offres/", {"kind": "phd"}))[page_cache.HEADER]
        == "hit"
    )
    middleware(RequestFactory().get("/fr/offres/", {"kind": "postdoc"}))
    middleware(RequestFactory().get("/fr/offres/kind/", {"kind": "phd"}))
    middleware(RequestFactory().get("/fr/offres/", {"kind": "phd"}, HTTP_HOST="localhost"))
    assert view.calls == 4
    # The host's case is not meaningful.
    middleware(RequestFactory().get("/fr/offres/", {"kind": "phd"}, HTTP_HOST="TestServer"))
    assert view.calls == 4


@pytest.mark.parametrize(
    "request_",
    [
        RequestFactory().post("/fr/offres/"),
        RequestFactory().get("/fr/offres/", HTTP_COOKIE="sessionid=abc"),
        RequestFactory().get("/fr/offres/", HTTP_COOKIE="region=grand-est"),
    ],
    ids=["post", "signed-in", "regional"],
)
def test_the_middleware_lets_other_requests_through_untouched(cached, request_):
    view = View()
    middleware = page_cache.PageCacheMiddleware(view)
    responses = [middleware(request_) for _ in range(2)]
    assert view.calls == 2
    assert not any(response.has_header(page_cache.HEADER) for response in responses)
    assert not responses[0].has_header("ETag")


def test_without_a_lifetime_setting_the_cache_is_not_even_read(cached, settings):
    settings.PAGE_CACHE_SECONDS = 0
    view = View()
    middleware = page_cache.PageCacheMiddleware(view)
    assert not middleware(RequestFactory().get("/fr/")).has_header(page_cache.HEADER)
    middleware(RequestFactory().get("/fr/"))
    assert view.calls == 2
    assert cache.get(page_cache.SITE_GENERATION) is None  # no generation read or created
    # A lifetime of one second is a lifetime.
    settings.PAGE_CACHE_SECONDS = 1
    assert middleware(RequestFactory().get("/fr/"))[page_cache.HEADER] == "miss"


def test_a_request_without_a_query_string_is_the_page_without_one(cached):
    view = View()
    middleware = page_cache.PageCacheMiddleware(view)
    bare = RequestFactory().get("/fr/")
    del bare.META["QUERY_STRING"]  # WSGI servers may leave it out
    middleware(bare)
    assert middleware(RequestFactory().get("/fr/"))[page_cache.HEADER] == "hit"
    assert view.calls == 1


def test_paths_sharing_a_generation_value_still_have_their_own_entries(cached):
    for path in ("/fr/a/", "/fr/b/"):
        cache.set(page_cache.generation_key(path), "same", None)
    view = View()
    middleware = page_cache.PageCacheMiddleware(view)
    middleware(RequestFactory().get("/fr/a/"))
    assert middleware(RequestFactory().get("/fr/b/"))[page_cache.HEADER] == "miss"
    assert view.calls == 2


def test_a_page_marked_while_rendered_or_not_storable_is_sent_as_it_is(cached):
    def broken():
        page_cache.do_not_store()
        return page()

    for make in (broken, lambda: page(Cache_Control="private"), lambda: fresh(0)):
        view = View(make)
        middleware = page_cache.PageCacheMiddleware(view)
        response = middleware(RequestFactory().get("/fr/"))
        assert not response.has_header(page_cache.HEADER) and not response.has_header("ETag")
        middleware(RequestFactory().get("/fr/"))
        assert view.calls == 2
    # A page that changes in a second is still stored.
    middleware = page_cache.PageCacheMiddleware(View(lambda: fresh(1)))
    assert middleware(RequestFactory().get("/en/"))[page_cache.HEADER] == "miss"
    # The mark is for the request being rendered only.
    assert page_cache._request_state.get() is None
    page_cache.do_not_store()  # outside a request: nothing to mark, no error


def fresh(seconds):
    return page_cache.fresh_for(page(), seconds)


def test_a_page_that_changes_sooner_is_kept_and_announced_for_less(cached, monkeypatch):
    import time

    middleware = page_cache.PageCacheMiddleware(View(lambda: fresh(30)))
    assert middleware(RequestFactory().get("/fr/"))["Cache-Control"] == (
        "public, max-age=30, s-maxage=30"
    )
    middleware = page_cache.PageCacheMiddleware(View(lambda: fresh(200)))
    start = time.time()
    monkeypatch.setattr(time, "time", lambda: start)
    assert middleware(RequestFactory().get("/en/"))["Cache-Control"] == (
        "public, max-age=60, s-maxage=200"
    )
    # On a hit, what is left of the entry's life, rounded up.
    monkeypatch.setattr(time, "time", lambda: start + 150.5)
    later = middleware(RequestFactory().get("/en/"))
    assert later[page_cache.HEADER] == "hit"
    assert later["Cache-Control"] == "public, max-age=50, s-maxage=50"
    monkeypatch.setattr(time, "time", lambda: start + 20)
    assert middleware(RequestFactory().get("/en/"))["Cache-Control"] == (
        "public, max-age=60, s-maxage=180"
    )
    # Once its time is up, the page is built again (never served stale, whatever the cache's
    # default timeout).
    monkeypatch.setattr(time, "time", lambda: start + 201)
    assert middleware(RequestFactory().get("/en/"))[page_cache.HEADER] == "miss"


def test_a_purged_generation_is_new_each_time_and_never_expires(cached, monkeypatch):
    import time

    middleware = page_cache.PageCacheMiddleware(View())
    for _ in range(2):
        middleware(RequestFactory().get("/fr/offres/"))
        page_cache.purge_path("/fr/offres/")
        assert middleware(RequestFactory().get("/fr/offres/"))[page_cache.HEADER] == "miss"
        page_cache.purge_all()
        assert middleware(RequestFactory().get("/fr/offres/"))[page_cache.HEADER] == "miss"
    kept = page_cache.generations("/fr/offres/")
    start = time.time()
    monkeypatch.setattr(time, "time", lambda: start + 10 * 365 * 86400)
    assert page_cache.generations("/fr/offres/") == kept


def test_a_hit_past_its_expiry_says_zero_not_a_negative_age(cached):
    stored = page_cache.entry(page(), 60)
    expired = (*stored[:4], stored[4] - 3600)
    response = page_cache.PageCacheMiddleware.rebuild(RequestFactory().get("/fr/"), expired, "hit")
    assert response["Cache-Control"] == "max-age=0, s-maxage=0"


def test_gzip_is_sent_to_clients_that_accept_it_with_its_own_etag(cached):
    view = View(lambda: page(Vary="Accept-Language", Content_Language="fr"))
    middleware = page_cache.PageCacheMiddleware(view)
    plain = middleware(RequestFactory().get("/sitemap.xml"))
    zipped = middleware(RequestFactory().get("/sitemap.xml", HTTP_ACCEPT_ENCODING="gzip"))
    assert view.calls == 1
    assert gzip.decompress(zipped.content) == plain.content == BODY.encode()
    assert zipped["Content-Encoding"] == "gzip" and not plain.has_header("Content-Encoding")
    assert zipped["Content-Length"] == str(len(zipped.content))
    assert zipped["ETag"] == plain["ETag"][:-1] + '-gzip"'
    assert zipped["Vary"] == plain["Vary"] == "Accept-Language, Accept-Encoding"
    # A client that has the page gets a 304 with the headers a cache needs, and no body.
    for sent, encoding in ((plain, ""), (zipped, "gzip")):
        again = middleware(
            RequestFactory().get(
                "/sitemap.xml", HTTP_ACCEPT_ENCODING=encoding, HTTP_IF_NONE_MATCH=sent["ETag"]
            )
        )
        assert again.status_code == 304 and again.content == b""
        assert again["ETag"] == sent["ETag"] and again[page_cache.HEADER] == "hit"
        assert again["Vary"] == sent["Vary"]
        assert again["Cache-Control"] == "public, max-age=60, s-maxage=300"
        assert not again.has_header("Content-Language")
        assert not again.has_header("Content-Encoding")
    assert view.calls == 1


def test_a_304_without_a_vary_or_cache_control_stored_has_none():
    stored = (b"x", None, "abc", {"Content-Type": "text/plain"}, 4_000_000_000)
    request = RequestFactory().get("/fr/", HTTP_IF_NONE_MATCH='"abc"')
    response = page_cache.PageCacheMiddleware.rebuild(request, stored, "hit")
    assert response.status_code == 304
    assert not response.has_header("Vary") and not response.has_header("Content-Type")


def test_purging_a_path_or_the_site_drops_its_pages_for_every_host_and_query(cached):
    view = View()
    middleware = page_cache.PageCacheMiddleware(view)

    def visit(path, **extra):
        return middleware(RequestFactory().get(path, **extra))[page_cache.HEADER]

    for path in ("/", "/fr/", "/fr/offres/", "/fr/offres/?kind=phd"):
        visit(path)
    page_cache.PageCacheBackend({}).purge("https://carrieres.example.org/fr/offres/")
    assert [visit(path) for path in ("/fr/", "/fr/offres/", "/fr/offres/?kind=phd")] == [
        "hit",
        "miss",
        "miss",
    ]
    # A URL without a path is the home page's.
    page_cache.PageCacheBackend({}).purge("https://carrieres.example.org")
    assert [visit("/"), visit("/fr/"), visit("/fr/offres/")] == ["miss", "hit", "hit"]
    page_cache.purge_all()
    assert [visit("/fr/"), visit("/fr/offres/")] == ["miss", "miss"]
    # One generation key per path, none shared.
    assert page_cache.generation_key("/fr/") != page_cache.generation_key("/fr/offres/")
    assert page_cache.generation_key("/fr/").startswith("page-cache:path:")


def test_the_origin_is_the_scheme_and_the_host_with_its_port_in_lower_case():
    request = RequestFactory().get("/fr/", HTTP_HOST="TestServer:8443", secure=True)
    assert page_cache.origin(request) == "https://testserver:8443"
