"""Search engines and sharing: sitemap with hreflang alternates, robots.txt, OpenGraph,
the organisation's JSON-LD, the accessibility statement and the legal pages, no trackers."""

import io
import json
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from decimal import Decimal
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Page, Site

from core.sitemaps import BilingualSitemap
from home.models import AccessibilityStatementPage, ComplianceStatus, StandardPage
from offers.models import OfferPage

from .helpers import locale, main_content, page_by_path

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
HOST = settings.SITE_URL  # every absolute URL, whatever the request's host (core/site_url.py)


@pytest.fixture
def site_url():
    """Page URLs (sitemap, canonical, og:url) use the Wagtail site's host, as in production."""
    return Site.objects.get(is_default_site=True).root_url


def sitemap_pieces(client):
    """The piece URLs /sitemap.xml (an index) lists, as paths with their query."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    pieces = []
    for location in root.findall("sm:sitemap/sm:loc", NS):
        url = urlsplit(location.text)
        assert f"{url.scheme}://{url.netloc}" == HOST
        pieces.append(url.path + (f"?{url.query}" if url.query else ""))
    return pieces


def sitemap(client):
    """{location: {hreflang: href}} of every entry of every piece the index lists."""
    entries = {}
    for piece in sitemap_pieces(client):
        response = client.get(piece)
        assert response.status_code == 200
        root = ET.fromstring(response.content)
        for url in root.findall("sm:url", NS):
            links = url.findall("xhtml:link", NS)
            assert all(link.get("rel") == "alternate" for link in links)
            location = url.find("sm:loc", NS).text
            assert location not in entries, "each page is in one piece only"
            entries[location] = {link.get("hreflang"): link.get("href") for link in links}
    return entries


def test_sitemap_declares_the_namespaces(client):
    content = client.get("/sitemap-pages.xml").content.decode()
    assert 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"' in content
    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in content


def test_the_sitemap_is_an_index_of_pieces_that_together_list_every_page(
    client, monkeypatch, site_url
):
    whole = sitemap(client)
    assert sitemap_pieces(client) == ["/sitemap-pages.xml"]  # the demo fits in one piece
    monkeypatch.setattr(BilingualSitemap, "limit", 20)
    pieces = sitemap_pieces(client)
    assert len(pieces) > 3
    assert pieces[:2] == ["/sitemap-pages.xml", "/sitemap-pages.xml?p=2"]
    # Pieces are cut by page, not by entry: alternates stay whole across pieces.
    assert sitemap(client) == whole
    published = Page.objects.live().exclude(last_published_at=None)
    latest = published.order_by("-last_published_at").first().last_published_at
    index = ET.fromstring(client.get("/sitemap.xml").content)
    lastmods = {item.text for item in index.findall("sm:sitemap/sm:lastmod", NS)}
    assert {datetime.fromisoformat(text) for text in lastmods} == {latest}
    # Past the last piece, or not a number: not found, not an error.
    assert client.get(f"/sitemap-pages.xml?p={len(pieces) + 1}").status_code == 404
    assert client.get("/sitemap-pages.xml?p=x").status_code == 404
    assert client.get("/sitemap-offers.xml").status_code == 404


def test_sitemap_lists_both_languages_with_alternates_and_x_default(client, site_url):
    entries = sitemap(client)
    home_fr, home_en = f"{site_url}/fr/", f"{site_url}/en/"
    expected = {"fr": home_fr, "en": home_en, "x-default": home_fr}
    assert entries[home_fr] == expected
    assert entries[home_en] == expected
    statement_fr, statement_en = f"{site_url}/fr/accessibilite/", f"{site_url}/en/accessibility/"
    assert entries[statement_en] == {
        "fr": statement_fr,
        "en": statement_en,
        "x-default": statement_fr,
    }
    # Every entry names itself among its alternates, and x-default is a French URL.
    for location, alternates in entries.items():
        assert location in alternates.values()
        assert alternates["x-default"].startswith(f"{site_url}/fr/")


def test_sitemap_leaves_out_closed_offers_and_their_alternates(client):
    french = OfferPage.objects.open().filter(locale=locale("fr")).first()
    english = french.get_translation(locale("en"))
    entries = sitemap(client)
    assert entries[french.full_url]["en"] == english.full_url
    OfferPage.objects.filter(translation_key=french.translation_key).update(
        deadline=timezone.now() - timedelta(seconds=1)
    )
    content = client.get("/sitemap.xml").content.decode()
    assert french.full_url not in content
    assert english.full_url not in content


def test_a_french_page_without_translation_has_itself_and_x_default(client, site_url):
    home = page_by_path("/accueil/")
    page = StandardPage(title="Page seule", slug="page-seule", search_description="Résumé")
    home.add_child(instance=page)
    page.save_revision().publish()
    # The synchronised English tree gets an alias, which is no translation: not listed.
    alias = page.get_translation_or_none(locale("en"))
    entries = sitemap(client)
    url = f"{site_url}/fr/page-seule/"
    assert entries[url] == {"fr": url, "x-default": url}
    if alias is not None:
        assert alias.full_url not in entries


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "public" in response["Cache-Control"] and "max-age=86400" in response["Cache-Control"]
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    disallowed = {line.split(": ", 1)[1] for line in lines if line.startswith("Disallow:")}
    assert disallowed == {
        "/admin/",
        "/alerts/",
        "/fr/search/",
        "/en/search/",
        "/fr/alerts/",
        "/en/alerts/",
    }
    assert f"Sitemap: {HOST}/sitemap.xml" in lines
    # Nothing public is shut out.
    assert "Disallow: /" not in lines


class Head(HTMLParser):
    """OpenGraph properties, JSON-LD blocks and every resource a page loads."""

    def __init__(self, html):
        super().__init__()
        self.og = {}
        self.og_lists = {}
        self.json_ld = []
        self.resources = []  # (tag, URL) of scripts, stylesheets, images, frames
        self._in_json_ld = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("property") or attrs.get("name", "")).startswith(
            ("og:", "twitter:")
        ):
            key = attrs.get("property") or attrs.get("name")
            self.og.setdefault(key, attrs.get("content"))
            self.og_lists.setdefault(key, []).append(attrs.get("content"))
        if tag == "script":
            self._in_json_ld = attrs.get("type") == "application/ld+json"
            if attrs.get("src"):
                self.resources.append((tag, attrs["src"]))
        elif tag == "link" and attrs.get("rel") in (
            "stylesheet",
            "icon",
            "preload",
            "modulepreload",
        ):
            self.resources.append((tag, attrs.get("href", "")))
        elif tag in ("img", "iframe", "source", "video", "audio", "embed"):
            for name in ("src", "srcset"):
                if attrs.get(name):
                    self.resources.append((tag, attrs[name]))
        elif tag == "object" and attrs.get("data"):
            self.resources.append((tag, attrs["data"]))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld and data.strip():
            self.json_ld.append(json.loads(data))


@pytest.mark.parametrize(
    ("url", "url_path", "og_locale", "alternate"),
    [
        ("/fr/", "/accueil/", "fr_FR", "en_GB"),
        ("/en/legal-notice/", "/home/legal-notice/", "en_GB", "fr_FR"),
    ],
)
def test_opengraph_tags(client, site_url, url, url_path, og_locale, alternate):
    page = page_by_path(url_path)
    head = Head(client.get(url).content.decode())
    assert head.og["og:type"] == "website"
    assert head.og["og:title"] == (page.seo_title or page.title)
    assert head.og["og:description"] == page.search_description
    assert head.og["og:url"] == site_url + url
    assert head.og["og:locale"] == og_locale
    assert head.og_lists["og:locale:alternate"] == [alternate]
    assert head.og["og:site_name"]
    assert head.og["twitter:card"] == "summary_large_image"
    # The site's default picture (a PNG: sharing services ignore SVG), absolute, sized.
    assert head.og["og:image"].startswith("http")
    assert head.og["og:image"].endswith("/img/share-default.png")
    assert head.og["og:image:width"] == "1200" and head.og["og:image:height"] == "630"


def test_opengraph_on_a_view_falls_back_to_the_site(client):
    head = Head(client.get("/en/search/?q=leave").content.decode())
    assert head.og["og:title"]
    assert head.og["og:description"]
    assert head.og["og:url"] == f"{HOST}/en/search/?q=leave"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_home_pages_describe_the_organisation_and_the_site_search(
    client, settings, site_url, language
):
    head = Head(client.get(f"/{language}/").content.decode())
    (data,) = head.json_ld
    assert data["@context"] == "https://schema.org"
    organization, website = data["@graph"]
    assert organization["@type"] == "Organization"
    assert organization["name"] == settings.ORGANIZATION_NAME
    assert organization["url"] == settings.ORGANIZATION_URL
    assert organization["logo"] == f"{site_url}/static/img/organization-logo.svg"
    assert website["@type"] == "WebSite"
    assert website["url"] == f"{site_url}/{language}/"
    assert website["publisher"] == {"@id": organization["@id"]}
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert (
        action["target"]["urlTemplate"] == f"{site_url}/{language}/search/?q={{search_term_string}}"
    )
    assert action["query-input"] == "required name=search_term_string"


def test_only_home_pages_carry_the_organisation(client):
    assert Head(client.get("/fr/mentions-legales/").content.decode()).json_ld == []


def test_json_ld_is_escaped(settings, client):
    settings.ORGANIZATION_NAME = "</script><script>alert(1)</script> & co"
    html = client.get("/fr/").content.decode()
    assert "<script>alert(1)" not in html
    (data,) = Head(html).json_ld
    assert data["@graph"][0]["name"] == settings.ORGANIZATION_NAME


# --- The accessibility statement -------------------------------------------------------


def statement(language):
    return AccessibilityStatementPage.objects.get(locale__language_code=language)


def test_the_statement_is_a_structured_page_in_both_languages(client):
    french, english = statement("fr"), statement("en")
    assert english.translation_key == french.translation_key
    assert english.alias_of_id is None  # a real translation, not an alias
    assert french.url == "/fr/accessibilite/"
    assert french.compliance_status == english.compliance_status == ComplianceStatus.NONE
    assert french.rgaa_version == "4.1"
    assert french.statement_date == date(2026, 11, 21)
    assert french.audit_date is None and french.conformity_rate is None
    # Linked from the footer of every page, in each language, with the status in the link
    # (the RGAA's "Accessibilité : non conforme").
    for url, link in [
        ("/fr/", '<a href="/fr/accessibilite/">Accessibilité : non conforme</a>'),
        ("/fr/offres/", '<a href="/fr/accessibilite/">Accessibilité : non conforme</a>'),
        ("/en/", '<a href="/en/accessibility/">Accessibility: not compliant</a>'),
        ("/en/offers/", '<a href="/en/accessibility/">Accessibility: not compliant</a>'),
    ]:
        assert link in client.get(url).content.decode(), url


# The statement's headings and wording, in each language's UI catalogue.
SECTIONS = [
    "Compliance status",
    "Test results",
    "Content that is not accessible",
    "Preparation of this statement",
    "Feedback and contact",
    "Recourse",
]


@pytest.mark.parametrize(
    ("url", "language"), [("/fr/accessibilite/", "fr"), ("/en/accessibility/", "en")]
)
def test_the_statement_page_shows_every_section(client, url, language):
    html = client.get(url).content.decode()
    assert html.count("<h1") == 1
    with translation.override(language):
        status = str(ComplianceStatus.NONE.label)
        headings = [gettext(heading) for heading in SECTIONS]
    assert f"<strong>{status}</strong>" in html
    found = re.findall(r"<h2[^>]*>([^<]+)</h2>", html)
    assert [heading for heading in found if heading in headings] == headings
    assert '<time datetime="2026-11-21">' in html
    assert "Libre réponse 71120, 75342 Paris CEDEX 07" in html
    assert "101 rue de Tolbiac" in html
    assert "formulaire.defenseurdesdroits.fr" in html


def test_non_conformities_are_listed_with_their_fix(client):
    page = statement("fr")
    page.compliance_status = ComplianceStatus.PARTIAL
    page.conformity_rate = Decimal("75.5")
    page.audit_date = date(2026, 10, 1)
    page.auditor = "Équipe <interne>"
    page.non_conformities = [
        (
            "non_conformity",
            {
                "criterion": "11.10",
                "description": "Les erreurs du formulaire d’alerte ne sont pas reliées au champ.",
                "workaround": "",
                "planned_fix": date(2027, 3, 31),
            },
        )
    ]
    page.save_revision().publish()
    html = client.get("/fr/accessibilite/").content.decode()
    with translation.override("fr"):
        assert f"<strong>{ComplianceStatus.PARTIAL.label}</strong>" in html
    assert "75,5" in html
    assert "Équipe &lt;interne&gt;" in html
    assert '<th scope="row">11.10</th>' in html
    assert '<time datetime="2027-03-31">' in html
    assert '<time datetime="2026-10-01">' in html


@pytest.mark.parametrize(
    ("status", "rate", "audit", "field"),
    [
        (ComplianceStatus.FULL, None, None, "conformity_rate"),
        (ComplianceStatus.FULL, Decimal("80"), date(2026, 1, 1), "compliance_status"),
        (ComplianceStatus.NONE, Decimal("60"), date(2026, 1, 1), "compliance_status"),
        (ComplianceStatus.PARTIAL, Decimal("60"), None, "audit_date"),
    ],
)
def test_the_status_follows_the_rgaa_thresholds(status, rate, audit, field):
    page = statement("fr")
    page.compliance_status, page.conformity_rate, page.audit_date = status, rate, audit
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert field in error.value.message_dict


def test_a_consistent_status_is_accepted():
    page = statement("fr")
    page.compliance_status = ComplianceStatus.FULL
    page.conformity_rate, page.audit_date = Decimal("100"), date(2026, 1, 1)
    page.clean()


def test_rerunning_the_demo_replaces_an_old_standard_statement_at_the_same_url(
    client, django_capture_on_commit_callbacks
):
    """A database loaded before the statement had its own page type keeps its URL."""
    french = statement("fr")
    home = french.get_parent()
    for page in [french.get_translation(locale("en")), french]:
        page.delete()
    old = StandardPage(title="Accessibilité", slug="accessibilite", show_in_footer=True)
    home.add_child(instance=old)
    old.save_revision().publish()
    # wagtail-localize publishes translations when their transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", stdout=io.StringIO())
    page = Page.objects.get(url_path="/accueil/accessibilite/")
    assert page.specific_class is AccessibilityStatementPage
    assert page.get_translation(locale("en")).specific_class is AccessibilityStatementPage
    assert client.get("/fr/accessibilite/").status_code == 200
    assert client.get("/en/accessibility/").status_code == 200


# --- Legal pages ----------------------------------------------------------------------

LEGAL_FACTS = {
    "/fr/mentions-legales/": [
        "101 rue de Tolbiac",
        "75013 Paris",
        "EPST",
        "président-directeur général",
    ],
    "/en/legal-notice/": [
        "101 rue de Tolbiac",
        "75013 Paris",
        "EPST",
        "Chair and Chief Executive Officer",
    ],
    "/fr/donnees-personnelles/": [
        "dpo@inserm.fr",
        "CNIL",
        "7 jours",
        "30 jours",
        "region",
        "csrftoken",
        "Un an",
        "après 5 échecs",
        "jamais le mot de passe",
    ],
    "/en/privacy/": [
        "dpo@inserm.fr",
        "CNIL",
        "7 days",
        "30 days",
        "region",
        "csrftoken",
        "One year",
        "after 5 failures",
        "never the password",
    ],
}


@pytest.mark.parametrize("url", list(LEGAL_FACTS))
def test_legal_pages_state_the_facts(client, url):
    # The page's own content: the header's region picker says "region" on every page.
    content = main_content(client.get(url).content.decode())
    for fact in LEGAL_FACTS[url]:
        assert fact in content, fact


# --- No trackers -----------------------------------------------------------------------


def representative_urls():
    offer_fr = OfferPage.objects.open().filter(locale=locale("fr")).first()
    offer_en = offer_fr.get_translation(locale("en"))
    guide_fr = page_by_path("/accueil/bienvenue-en-france/trouver-un-logement/")
    guide_en = guide_fr.get_translation(locale("en"))
    return [
        "/fr/",
        "/en/",
        "/fr/offres/",
        "/en/offers/",
        offer_fr.url,
        offer_en.url,
        guide_fr.url,
        guide_en.url,
        "/fr/soutien-et-protection/",
        "/en/support-and-protection/",
        "/fr/mentions-legales/",
        "/en/legal-notice/",
        "/fr/accessibilite/",
        "/en/accessibility/",
        "/fr/donnees-personnelles/",
        "/en/privacy/",
        "/fr/search/?q=logement",
        "/en/search/?q=housing",
    ]


def test_no_third_party_resource_and_no_cookie_for_an_anonymous_visitor(client):
    for url in representative_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        head = Head(response.content.decode())
        assert head.resources, url  # the parser does see the site's own stylesheet
        for tag, address in head.resources:
            for candidate in address.split(","):
                target = urlsplit(candidate.strip().split(" ")[0])
                assert not target.netloc and target.scheme in ("", "data"), (url, tag, address)
        assert response.cookies == {}, (url, list(response.cookies))
    assert client.cookies == {}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_job_postings_valid_through_is_the_deadline_in_paris_time(client, language):
    """Mutation caught: JobPosting's validThrough set to another date (a day off, the date
    posted, UTC read as Paris time): search engines drop the offer at that date."""
    from zoneinfo import ZoneInfo

    offer = (
        OfferPage.objects.open()
        .filter(locale=locale(language))
        .exclude(deadline__hour=0)
        .order_by("-deadline")
        .first()
    )
    html = client.get(offer.url).content.decode()
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(block)
    assert data["@type"] == "JobPosting" and data["identifier"]["value"] == offer.reference
    valid_through = datetime.fromisoformat(data["validThrough"])
    assert valid_through == offer.deadline.replace(microsecond=0) or valid_through == offer.deadline
    paris = offer.deadline.astimezone(ZoneInfo("Europe/Paris"))
    assert valid_through.utcoffset() == paris.utcoffset()
    assert data["validThrough"].startswith(paris.date().isoformat())
    assert datetime.fromisoformat(data["datePosted"]).date() < paris.date()
