"""The full-page cache: what is stored, what never is, and how publishing purges it."""

import http.server
import threading
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.test import RequestFactory, override_settings
from django.utils import timezone

from core import human_check, rate_limit
from core.frontend_cache import frontend_cache_backends
from core.page_cache import purge_path
from home.models import Contact
from home.regions import COOKIE
from offers.models import OfferPage
from tests.helpers import locale
from tests.servers import redis_server

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache():
    cache.clear()
    with override_settings(PAGE_CACHE_SECONDS=300):
        yield
    cache.clear()


def state(response):
    return response.get("X-Page-Cache")


def an_offer():
    return OfferPage.objects.open().filter(locale__language_code="fr").first()


def publish(page, django_capture_on_commit_callbacks, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def test_anonymous_pages_are_stored_then_served_from_the_cache(client):
    first = client.get("/fr/offres/", {"kind": "postdoc"})
    assert state(first) == "miss"
    assert first["Cache-Control"] == "public, max-age=60, s-maxage=300"
    second = client.get("/fr/offres/", {"kind": "postdoc"})
    assert state(second) == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    # Headers from the outer middleware are added to hits as well.
    assert "script-src 'self'" in second["Content-Security-Policy"]
    # Another query string is another page.
    assert state(client.get("/fr/offres/", {"kind": "phd"})) == "miss"


def test_a_hit_costs_no_database_query(client, django_assert_num_queries):
    client.get("/fr/")
    with django_assert_num_queries(0):
        assert state(client.get("/fr/")) == "hit"


def test_french_and_english_are_cached_separately(client):
    french = client.get("/fr/")
    english = client.get("/en/")
    assert (state(french), state(english)) == ("miss", "miss")
    assert b'<html lang="fr">' in client.get("/fr/").content
    assert b'<html lang="en">' in client.get("/en/").content
    # "/" depends on the browser's language: a redirect, never stored.
    root = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert root.status_code == 302 and state(root) is None
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr")["Location"] == "/fr/"


def test_a_regional_page_is_private_to_its_visitor_and_never_leaks(client):
    anonymous = client.get("/en/offers/")
    assert state(anonymous) == "miss"
    client.cookies[COOKIE] = "grand-est"
    regional = client.get("/en/offers/")
    assert state(regional) is None  # neither served from nor stored in the cache
    assert "Offers in Grand Est come first" in regional.content.decode()
    assert "private" in regional["Cache-Control"]
    assert "Cookie" in regional["Vary"]
    del client.cookies[COOKIE]
    again = client.get("/en/offers/")
    assert state(again) == "hit"
    assert "Offers in Grand Est come first" not in again.content.decode()


def test_signed_in_editors_always_get_fresh_pages(client):
    client.get("/fr/")
    client.force_login(get_user_model().objects.get(username="admin"))
    assert state(client.get("/fr/")) is None


def test_pages_with_a_form_are_never_stored(client):
    for url in ("/fr/alerts/?kind=postdoc", "/fr/alerts/?kind=postdoc"):
        response = client.get(url)
        assert response.status_code == 200
        assert state(response) is None
        assert "private" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_search_results_are_counted_so_never_shared(client):
    response = client.get("/fr/search/", {"q": "logement"})
    assert state(response) is None
    assert "private" in response["Cache-Control"]


def test_the_sitemap_is_stored_although_it_is_outside_the_language_prefix(client):
    for url in ("/sitemap.xml", "/sitemap-pages.xml", "/sitemap-pages.xml?p=1"):
        assert state(client.get(url)) == "miss"
        assert state(client.get(url)) == "hit"


def test_each_host_has_its_own_entries(client):
    """An entry stored under one allowed host is never served to another: Wagtail serves a
    different site per host name once a second Site is set up. (The pages' absolute URLs all
    come from SITE_URL, whatever the host: tests/test_site_url.py.)"""
    urls = ["/robots.txt", "/sitemap.xml", "/fr/offres/feed/", "/fr/offres/api/"]
    for url in urls:
        assert state(client.get(url, HTTP_HOST="carrieres.example.org")) == "miss", url
    for url in urls:
        other = client.get(url, HTTP_HOST="www.carrieres.example.org")
        assert state(other) == "miss", url
    # The port is part of the host.
    with_port = client.get("/robots.txt", HTTP_HOST="carrieres.example.org:8443")
    assert state(with_port) == "miss"
    # Host names are case-insensitive: one entry.
    same = client.get("/robots.txt", HTTP_HOST="Carrieres.Example.org")
    assert state(same) == "hit"
    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in same.content.decode()


def test_a_host_not_allowed_is_refused_even_for_a_stored_page(client):
    with override_settings(ALLOWED_HOSTS=["carrieres.example.org"]):
        client.get("/robots.txt", HTTP_HOST="carrieres.example.org")
        assert state(client.get("/robots.txt", HTTP_HOST="carrieres.example.org")) == "hit"
        assert client.get("/robots.txt", HTTP_HOST="evil.example").status_code == 400


def test_publishing_purges_every_host(client, django_capture_on_commit_callbacks):
    hosts = ["carrieres.example.org", "www.carrieres.example.org:8443"]
    for host in hosts:
        for url in ("/fr/offres/", "/sitemap.xml"):
            client.get(url, HTTP_HOST=host)
            assert state(client.get(url, HTTP_HOST=host)) == "hit", (host, url)
    offer = an_offer()
    publish(offer, django_capture_on_commit_callbacks, title=offer.title + " ")
    for host in hosts:
        for url in ("/fr/offres/", "/sitemap.xml"):
            assert state(client.get(url, HTTP_HOST=host)) == "miss", (host, url)


def test_publishing_purges_the_page_its_listing_and_its_translation(
    client, django_capture_on_commit_callbacks
):
    offer = an_offer()
    english = offer.get_translation(locale("en"))
    urls = [
        offer.url,
        "/fr/offres/",
        "/fr/offres/?kind=postdoc",
        "/fr/offres/feed/",
        "/fr/offres/api/",
        "/fr/offres/api/?kind=postdoc",
        "/fr/",
        english.url,
        "/sitemap.xml",
        "/sitemap-pages.xml",
        "/sitemap-pages.xml?p=1",
    ]
    for url in urls:
        client.get(url)
        assert state(client.get(url)) == "hit", url
    unrelated = "/fr/bienvenue-en-france/"
    client.get(unrelated)

    publish(offer, django_capture_on_commit_callbacks, title="Chercheur en CDD — titre modifié")

    refreshed = client.get(offer.url)
    assert state(refreshed) == "miss"
    assert "titre modifié" in refreshed.content.decode()
    for url in urls[1:]:
        assert state(client.get(url)) == "miss", url
    # Pages that do not show the offer stay cached.
    assert state(client.get(unrelated)) == "hit"


def test_unpublishing_purges_the_page(client, django_capture_on_commit_callbacks):
    offer = an_offer()
    client.get(offer.url)
    with django_capture_on_commit_callbacks(execute=True):
        offer.unpublish()
    assert client.get(offer.url).status_code == 404


def test_saving_a_snippet_purges_every_page(client):
    client.get("/fr/")
    client.get("/en/support-and-protection/")
    contact = Contact.objects.filter(locale__language_code="fr").first()
    contact.name = contact.name + " (mis à jour)"
    contact.save()
    assert state(client.get("/fr/")) == "miss"
    assert state(client.get("/en/support-and-protection/")) in ("miss", None)


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_cdn_is_purged_with_the_same_urls(client, django_capture_on_commit_callbacks):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    PurgeRecorder.received = []
    env = {"FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{server.server_port}"}
    try:
        with override_settings(WAGTAILFRONTENDCACHE=frontend_cache_backends(FakeEnv(env))):
            offer = an_offer()
            publish(offer, django_capture_on_commit_callbacks, title=offer.title + " ")
    finally:
        server.shutdown()
    paths = {path for _host, path in PurgeRecorder.received}
    assert offer.url in paths
    assert {"/fr/offres/", "/fr/", "/sitemap.xml", "/sitemap-pages.xml"} <= paths
    assert offer.get_translation(locale("en")).url in paths


class FakeEnv:
    """The slice of django-environ's Env that frontend_cache_backends reads."""

    def __init__(self, values):
        self.values = values

    def str(self, name, default=None):
        return self.values.get(name, default)


def test_the_cache_lives_in_redis_and_pages_survive_its_loss(client, settings):
    with redis_server() as port:
        redis_cache = {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": f"redis://127.0.0.1:{port}/0",
                "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.25},
            }
        }
        with override_settings(CACHES=redis_cache):
            from django.core.cache import caches

            caches["default"].clear()
            assert state(client.get("/en/")) == "miss"
            assert state(client.get("/en/")) == "hit"
            assert caches["default"].client.get_client().dbsize() > 0
    # Redis is gone: the page is built from the database, without an error, and the form
    # guards let visitors through rather than losing what they sent.
    with override_settings(CACHES=redis_cache):
        response = client.get("/en/")
        assert response.status_code == 200
        assert state(response) == "miss"
        request = RequestFactory().post("/fr/alerts/", REMOTE_ADDR="192.0.2.1")
        assert all(rate_limit.allow(request, "test", limit=1, window=60) for _ in range(3))
        assert human_check.first_use("a-form-token")


def test_an_offer_is_kept_no_longer_than_its_deadline(client):
    offer = an_offer()
    offer.deadline = timezone.now() + timedelta(seconds=90)
    offer.save_revision().publish()
    response = client.get(offer.url)
    assert state(response) == "miss"
    max_age = int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert 80 <= max_age <= 90
    # The listing changes when that deadline passes too.
    listing = client.get("/fr/offres/")
    assert int(listing["Cache-Control"].split("s-maxage=")[1].split(",")[0]) <= 90


def test_cloudflare_and_cloudfront_purges_are_set_up_from_the_environment(monkeypatch):
    """Mutation caught: a CDN's settings built wrong (a key Wagtail does not read, the wrong
    variable): each backend is built by Wagtail itself here, as a publish builds it."""
    import environ
    from django.core.exceptions import ImproperlyConfigured
    from wagtail.contrib.frontend_cache.backends import CloudflareBackend, CloudfrontBackend
    from wagtail.contrib.frontend_cache.utils import get_backends

    for name in (
        "FRONTEND_CACHE_PURGE_URL",
        "CLOUDFLARE_ZONE_ID",
        "CLOUDFLARE_BEARER_TOKEN",
        "CLOUDFRONT_DISTRIBUTION_ID",
    ):
        monkeypatch.delenv(name, raising=False)
    assert list(frontend_cache_backends(environ.Env())) == ["page_cache"]

    monkeypatch.setenv("CLOUDFLARE_ZONE_ID", "zone-0123")
    monkeypatch.setenv("CLOUDFLARE_BEARER_TOKEN", "token-4567")
    monkeypatch.setenv("CLOUDFRONT_DISTRIBUTION_ID", "E2EXAMPLE")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-3")
    settings = frontend_cache_backends(environ.Env())
    assert set(settings) == {"page_cache", "cloudflare", "cloudfront"}
    backends = get_backends(backend_settings=settings)
    cloudflare, cloudfront = backends["cloudflare"], backends["cloudfront"]
    assert isinstance(cloudflare, CloudflareBackend) and isinstance(cloudfront, CloudfrontBackend)
    assert cloudflare.cloudflare_zoneid == "zone-0123"
    assert cloudflare.cloudflare_token == "token-4567"
    assert "zones/zone-0123/" in cloudflare.cloudflare_purge_endpoint_url
    assert cloudfront.cloudfront_distribution_id == "E2EXAMPLE"

    # A zone without its token is refused at start-up, not at the first publish.
    monkeypatch.delenv("CLOUDFLARE_BEARER_TOKEN")
    with pytest.raises(ImproperlyConfigured):
        frontend_cache_backends(environ.Env())


def test_a_stored_page_is_compressed_only_for_clients_that_accept_gzip(client):
    import gzip

    plain = client.get("/fr/")
    assert state(plain) == "miss" and "Content-Encoding" not in plain
    assert "Accept-Encoding" in plain["Vary"]
    compressed = client.get("/fr/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert state(compressed) == "hit"
    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content
    assert int(compressed["Content-Length"]) == len(compressed.content) < len(plain.content)
    assert "Accept-Encoding" in compressed["Vary"]
    # One ETag per representation: a cache never confuses the two bodies.
    assert compressed["ETag"] != plain["ETag"]
    assert not client.get("/fr/", HTTP_ACCEPT_ENCODING="identity").has_header("Content-Encoding")


def test_the_first_visitor_gets_the_compressed_page_too(client):
    first = client.get("/en/", HTTP_ACCEPT_ENCODING="gzip")
    assert state(first) == "miss" and first["Content-Encoding"] == "gzip"


def test_a_repeat_visit_gets_a_304_without_a_body(client, django_assert_num_queries):
    first = client.get("/fr/offres/", HTTP_ACCEPT_ENCODING="gzip")
    etag = first["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")  # strong
    with django_assert_num_queries(0):
        again = client.get("/fr/offres/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag and "s-maxage=" in again["Cache-Control"]
    # The ETag of the other encoding is another representation: a full answer.
    other = client.get("/fr/offres/", HTTP_IF_NONE_MATCH=etag)
    assert other.status_code == 200 and other.content


def test_the_etag_is_computed_when_stored_not_per_hit(client, monkeypatch):
    import hashlib

    page = client.get("/en/")
    hashed = []
    real_md5 = hashlib.md5

    def md5(data=b"", **kwargs):
        hashed.append(len(data))
        return real_md5(data, **kwargs)

    monkeypatch.setattr(hashlib, "md5", md5)
    assert client.get("/en/", HTTP_IF_NONE_MATCH=page["ETag"]).status_code == 304
    assert client.get("/en/")["ETag"] == page["ETag"]
    # Only the short keys are hashed on a hit (the URL and the path), never the page's body.
    assert hashed and max(hashed) < len(page.content)


def test_pages_with_a_csrf_token_or_for_editors_are_never_compressed(client):
    form = client.get("/fr/alerts/?kind=postdoc", HTTP_ACCEPT_ENCODING="gzip")
    assert form.status_code == 200 and b"csrfmiddlewaretoken" in form.content
    assert "Content-Encoding" not in form and "ETag" not in form
    client.get("/fr/", HTTP_ACCEPT_ENCODING="gzip")
    client.force_login(get_user_model().objects.get(username="admin"))
    editor = client.get("/fr/", HTTP_ACCEPT_ENCODING="gzip")
    assert editor.status_code == 200 and state(editor) is None
    assert "Content-Encoding" not in editor


def test_a_hit_tells_a_cdn_how_long_is_left_not_the_full_lifetime(client, monkeypatch):
    import time

    client.get("/fr/")
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 250)
    later = client.get("/fr/")
    assert state(later) == "hit"
    assert "s-maxage=50" in later["Cache-Control"] and "max-age=50" in later["Cache-Control"]


def test_what_the_cdn_relies_on(client):
    """loadtest/nginx.conf.template stores an answer only when it carries X-Page-Cache, and
    honours its s-maxage: an answer with that header never sets a cookie nor is private, and
    the answers for a signed-in editor or a regional visitor never carry it."""
    urls = ["/fr/", "/en/offers/", "/fr/offres/?kind=postdoc", "/fr/alerts/", "/robots.txt"]
    for url in urls:
        for response in (client.get(url), client.get(url, HTTP_ACCEPT_ENCODING="gzip")):
            if state(response) is not None:
                assert not response.cookies, url
                directives = response["Cache-Control"]
                assert "public" in directives and "s-maxage=" in directives, url
                assert not {"private", "no-store", "no-cache"} & set(directives.split(", ")), url
    assert state(client.get("/fr/alerts/")) is None  # a form: its CSRF token is personal
    client.cookies[COOKIE] = "grand-est"
    assert state(client.get("/en/offers/")) is None
    del client.cookies[COOKIE]
    client.force_login(get_user_model().objects.get(username="admin"))
    assert state(client.get("/fr/")) is None


def test_a_page_stored_before_a_purge_commits_is_dropped_once_it_does(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        purge_path("/fr/offres/")
        # A visitor's request before the publish commits stores what the database still holds.
        client.get("/fr/offres/")
        assert state(client.get("/fr/offres/")) == "hit"
    assert state(client.get("/fr/offres/")) == "miss"


def test_offers_created_in_bulk_purge_the_pages_that_show_them(client):
    for url in ("/fr/", "/fr/offres/", "/en/offers/"):
        client.get(url)
        assert state(client.get(url)) == "hit", url
    open_offers = OfferPage.objects.open().filter(locale__language_code="fr").count()
    call_command("generate_offers", count=1, seed=5, verbosity=0)
    assert OfferPage.objects.open().filter(locale__language_code="fr").count() == open_offers + 1
    for url in ("/fr/", "/fr/offres/", "/en/offers/"):
        assert state(client.get(url)) == "miss", url


def test_each_committed_purge_gives_a_generation_of_its_own_that_never_expires(
    client, django_capture_on_commit_callbacks, monkeypatch
):
    """Mutations caught (mutation check): the generation set once a purge commits always the
    same value (a second purge then brought back the pages of the first), or given the cache's
    default lifetime instead of none."""
    import time

    from core.page_cache import generations

    for _ in range(2):
        client.get("/fr/offres/")
        assert state(client.get("/fr/offres/")) == "hit"
        with django_capture_on_commit_callbacks(execute=True):
            purge_path("/fr/offres/")
        assert state(client.get("/fr/offres/")) == "miss"
    kept = generations("/fr/offres/")
    start = time.time()
    monkeypatch.setattr(time, "time", lambda: start + 10 * 365 * 86400)
    assert generations("/fr/offres/") == kept
