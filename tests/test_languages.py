"""Two languages: URL prefixes, the "/" redirect, the language switcher and its fallbacks."""

import pytest
from django.test import override_settings
from wagtail.models import Page

from home.models import StandardPage

from .helpers import Outline, locale, page_by_path

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("", "/fr/"),
        ("fr-FR,fr;q=0.9", "/fr/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9", "/fr/"),  # unsure: French
        ("en-US;q=0.3,fr;q=0.8", "/fr/"),
    ],
)
def test_root_redirects_by_browser_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_every_french_page_has_a_live_english_translation(client):
    french_pages = Page.objects.filter(locale=locale("fr"), depth__gt=1).live()
    assert french_pages.count() >= 10
    served = set()
    for page in french_pages.specific():
        english = page.get_translation(locale("en"))
        assert english.live and english.alias_of_id is None, page.url_path
        # Every page type is served in both languages; of 200 offers, one per kind.
        kind = (type(page), getattr(page, "kind", None))
        if kind in served:
            continue
        served.add(kind)
        for target in (page, english):
            response = client.get(target.url)
            assert response.status_code == 200, target.url


@pytest.mark.parametrize(
    ("url", "lang", "other_url"),
    [
        ("/fr/travailler-a-l-inserm/", "fr", "/en/working-at-inserm/"),
        ("/en/working-at-inserm/", "en", "/fr/travailler-a-l-inserm/"),
        ("/fr/", "fr", "/en/"),
        ("/en/privacy/", "en", "/fr/donnees-personnelles/"),
    ],
)
def test_page_frame_contract(client, url, lang, other_url):
    response = client.get(url)
    outline = Outline(response.content.decode())
    assert outline.html_lang == lang
    assert outline.h1_count == 1
    assert any(a.get("href") == "#main" for a in outline.anchors), "skip link"
    assert "main" in outline.ids
    assert outline.canonical() == f"http://127.0.0.1:8000{url}"
    alternates = outline.alternates()
    assert alternates[lang] == f"http://127.0.0.1:8000{url}"
    other_lang = "en" if lang == "fr" else "fr"
    assert alternates[other_lang] == f"http://127.0.0.1:8000{other_url}"
    assert alternates["x-default"] == alternates["fr"]
    switch = [a for a in outline.anchors if a.get("hreflang") == other_lang]
    assert [a["href"] for a in switch] == [other_url], "switcher leads to the same page"
    assert switch[0]["lang"] == other_lang


@pytest.fixture
def french_only_page():
    """A French page nobody has translated yet (no English version at all)."""
    parent = page_by_path("/accueil/travailler-a-l-inserm/")
    page = StandardPage(title="Charte du temps", slug="charte-du-temps", search_description="x")
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_switcher_says_when_a_page_is_only_in_french(client, french_only_page):
    response = client.get("/fr/travailler-a-l-inserm/charte-du-temps/")
    html = response.content.decode()
    outline = Outline(html)
    english_links = [a for a in outline.anchors if a.get("hreflang") == "en"]
    assert [a["href"] for a in english_links] == ["/en/"], "falls back to the English home"
    assert "This page is only available in French." in html
    assert "en" not in outline.alternates(), "no hreflang for a translation that does not exist"


def test_untranslated_alias_is_shown_in_french_with_a_notice(client, french_only_page):
    """The synchronised tree gives the English site an alias until a translator steps in."""
    alias = french_only_page.copy_for_translation(locale("en"), copy_parents=True, alias=True)
    response = client.get(alias.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<main id="main" tabindex="-1" lang="fr">' in html
    assert "This page has not been translated yet: it is shown in French." in html
    outline = Outline(html)
    assert "en" not in outline.alternates()
    assert [a["href"] for a in outline.anchors if a.get("hreflang") == "fr"] == [
        french_only_page.url
    ]


def test_search_page_switches_to_the_same_search(client):
    response = client.get("/fr/search/?q=cong%C3%A9s")
    outline = Outline(response.content.decode())
    assert [a["href"] for a in outline.anchors if a.get("hreflang") == "en"] == [
        "/en/search/?q=cong%C3%A9s"
    ]
    assert outline.meta["robots"] == "noindex"


@pytest.mark.parametrize(
    ("url", "lang", "text"),
    [("/fr/nulle-part/", "fr", "Page introuvable"), ("/en/nowhere/", "en", "Page not found")],
)
def test_404_is_in_the_visitors_language_and_helps_on(client, url, lang, text):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    outline = Outline(html)
    assert outline.html_lang == lang
    assert outline.h1_count == 1
    assert text in html
    home = "/fr/" if lang == "fr" else "/en/"
    assert any(a.get("href") == home for a in outline.anchors)
    assert f'action="/{lang}/search/"' in html
    other = "en" if lang == "fr" else "fr"
    assert [a["href"] for a in outline.anchors if a.get("hreflang") == other] == [f"/{other}/"]


def test_500_page_is_bilingual_and_needs_no_context(rf):
    from django.views.defaults import server_error

    response = server_error(rf.get("/fr/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Une erreur est survenue" in html and "Something went wrong" in html
    assert '<div lang="en">' in html


@override_settings(LANGUAGE_CODE="fr")
def test_main_navigation_and_footer_follow_the_language(client):
    fr = Outline(client.get("/fr/").content.decode())
    en = Outline(client.get("/en/").content.decode())
    fr_hrefs = {a.get("href") for a in fr.anchors}
    en_hrefs = {a.get("href") for a in en.anchors}
    assert {"/fr/offres/", "/fr/bienvenue-en-france/", "/fr/mentions-legales/"} <= fr_hrefs
    assert {"/en/offers/", "/en/welcome-to-france/", "/en/legal-notice/"} <= en_hrefs
    assert not any(h and h.startswith("/fr/") for h in en_hrefs - {"/fr/"})


def test_current_section_is_marked_in_the_menu(client):
    outline = Outline(client.get("/en/working-at-inserm/").content.decode())
    current = [a for a in outline.anchors if a.get("aria-current")]
    assert [a["href"] for a in current] == ["/en/working-at-inserm/"]


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    # Outside the language prefix; what it reports is tested in tests/test_healthz.py.
    assert response.json()["status"] == "ok"


@pytest.mark.parametrize(
    ("url", "query", "other"),
    [
        (
            "/fr/hr-excellence-in-research/",
            "theme=3&status=in_progress",
            "/en/hr-excellence-in-research/",
        ),
        ("/en/support-and-protection/", "situation=abroad", "/fr/soutien-et-protection/"),
        (
            "/fr/bienvenue-en-france/par-ou-commencer/",
            "citizenship=non_eu&contract=fixed_term&family=yes",
            "/en/welcome-to-france/where-do-i-start/",
        ),
        ("/en/working-at-inserm/", "start=01%2F03%2F2027&rate=80", "/fr/travailler-a-l-inserm/"),
    ],
)
def test_switcher_keeps_the_pages_query_parameters(client, url, query, other):
    """The same page in the other language reads the same parameters (issue 22, point 6)."""
    outline = Outline(client.get(f"{url}?{query}").content.decode())
    language = other.split("/")[1]
    links = [a["href"] for a in outline.anchors if a.get("hreflang") == language]
    assert links == [f"{other}?{query}"]
    # The alternates name the page itself, without the visitor's parameters.
    assert outline.alternates()[language].endswith(other)


def test_switcher_escapes_what_it_carries(client):
    html = client.get('/fr/soutien-et-protection/?situation="><script>x</script>').content.decode()
    assert "<script>x</script>" not in html
    outline = Outline(html)
    [link] = [a["href"] for a in outline.anchors if a.get("hreflang") == "en"]
    assert link == "/en/support-and-protection/?situation=%22%3E%3Cscript%3Ex%3C%2Fscript%3E"


def test_switcher_carries_nothing_to_a_fallback_home(client, french_only_page):
    outline = Outline(client.get("/fr/travailler-a-l-inserm/charte-du-temps/?a=1").content.decode())
    assert [a["href"] for a in outline.anchors if a.get("hreflang") == "en"] == ["/en/"]
