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
