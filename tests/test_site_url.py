"""One public base URL (SITE_URL) for every absolute URL the site writes (issue 23, point 1).

A visitor may reach the site on another allowed name (a proxy, a second domain, a port):
whatever the request's host, feeds, API, sitemap, robots.txt, canonical and share links,
iCal and JSON-LD must all name SITE_URL.
"""

import io
import re
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Site

from core.site_url import check_site_record, check_site_url
from offers.models import OfferPage

pytestmark = pytest.mark.django_db

PUBLIC = "https://carrieres.example.org"
ELSEWHERE = "other.example.net:8443"
URL = re.compile(r"https?://[^\s\"'<>\\]+")
# Hosts that would mean the page named itself from the request or a stale Site record.
OWN_HOSTS = {"carrieres.example.org", "other.example.net", "testserver", "localhost", "127.0.0.1"}


@pytest.fixture
def public_site(settings):
    settings.SITE_URL = PUBLIC
    settings.ALLOWED_HOSTS = ["carrieres.example.org", "other.example.net", "testserver"]
    call_command("sync_site_url", stdout=io.StringIO())
    return Site.objects.get(is_default_site=True)


def own_urls(text):
    return [url for url in URL.findall(text) if urlsplit(url).hostname in OWN_HOSTS]


def offer_path(language):
    offer = OfferPage.objects.open().filter(locale__language_code=language).first()
    return offer.url


@pytest.mark.parametrize(
    "path",
    [
        "/robots.txt",
        "/sitemap.xml",
        "/sitemap-pages.xml",
        "/fr/offres/feed/",
        "/en/offers/feed/?kind=postdoc",
        "/fr/offres/api/",
        "/en/offers/calendar/",
        "/fr/search/?q=visa",
        "/en/alerts/",
        "offer:fr",
        "offer:en",
    ],
)
def test_every_absolute_url_names_site_url_whatever_the_host(client, public_site, path):
    if path.startswith("offer:"):
        path = offer_path(path.removeprefix("offer:"))
    response = client.get(path, HTTP_HOST=ELSEWHERE, follow=True)
    assert response.status_code == 200, path
    body = response.content.decode()
    urls = own_urls(body)
    assert urls, f"{path} writes no absolute URL of its own"
    wrong = [url for url in urls if not url.startswith(PUBLIC + "/")]
    assert wrong == []


def test_sync_site_url_writes_the_site_record(public_site):
    assert (public_site.hostname, public_site.port) == ("carrieres.example.org", 443)
    assert public_site.root_url == PUBLIC
    assert check_site_record(None, databases=["default"]) == []


def test_a_site_record_left_behind_is_reported(public_site):
    Site.objects.filter(pk=public_site.pk).update(hostname="localhost", port=80)
    (warning,) = check_site_record(None, databases=["default"])
    assert warning.id == "core.W002" and "sync_site_url" in warning.hint


@pytest.mark.parametrize(
    ("site_url", "allowed", "ids"),
    [
        ("https://carrieres.example.org", ["carrieres.example.org"], []),
        ("https://carrieres.example.org", [".example.org"], []),
        ("", ["carrieres.example.org"], ["core.E001"]),
        ("carrieres.example.org", ["carrieres.example.org"], ["core.E001"]),
        ("https://carrieres.example.org", ["other.example.net"], ["core.E002"]),
        ("http://carrieres.example.org", ["carrieres.example.org"], ["core.W001"]),
    ],
)
def test_check_deploy_wants_a_public_address_that_allowed_hosts_accepts(site_url, allowed, ids):
    with override_settings(SITE_URL=site_url, ALLOWED_HOSTS=allowed):
        assert [message.id for message in check_site_url(None)] == ids


def test_the_site_record_check_waits_for_its_table(public_site, monkeypatch):
    """`migrate` runs the database checks before it creates any table: on a fresh database
    the check has nothing to compare, and must not query (it stopped the migration)."""
    from django.db import connection

    Site.objects.filter(pk=public_site.pk).update(hostname="elsewhere.example.org")
    monkeypatch.setattr(connection.introspection, "table_names", lambda *args, **kwargs: [])
    assert check_site_record(None, databases=["default"]) == []
