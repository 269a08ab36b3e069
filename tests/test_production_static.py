"""Every page type rendered with production's static storage, so that a typo in a `{% static %}`
path fails CI instead of being a 500 in production (issue 23, point 6).

The test settings serve static files from the app folders (StaticFilesStorage, whitenoise's
finders), where `{% static "css/sitee.css" %}` renders a URL that merely 404s. Production uses
whitenoise's CompressedManifestStaticFilesStorage, whose manifest is strict: a path that
`collectstatic` did not collect raises, and the page is a 500. Here `collectstatic` runs once
for the module into a temporary STATIC_ROOT with that storage, then the first live page of each
page type (Wagtail's `get_page_models()`, so a new type is covered without being listed), in
both languages, plus search, the alert pages and the 404 page, are rendered with it; every
`/static/` address they name must be a collected file.
"""

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import get_page_models

pytestmark = pytest.mark.django_db

PRODUCTION_STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
STATIC_URLS = re.compile(r"""(?:src|href|content)=["']([^"']*/static/[^"']+)["']""")
LANGUAGES = ("fr", "en")


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """STATIC_ROOT filled by `collectstatic` with production's storage, used by every test
    of the module (collected once: compressing every file takes a few seconds)."""
    root = tmp_path_factory.mktemp("static_root")
    with override_settings(
        STATIC_ROOT=str(root),
        STORAGES=PRODUCTION_STORAGES,
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        assert (root / "staticfiles.json").exists()
        yield root


def static_files_named(html):
    """The paths under STATIC_URL that a page names (scripts, styles, icons, images)."""
    paths = []
    for url in STATIC_URLS.findall(html):
        path = unquote(urlsplit(url).path)
        if path.startswith(settings.STATIC_URL):
            paths.append(path.removeprefix(settings.STATIC_URL))
    return paths


def check_page(client, url, static_root, status=200):
    response = client.get(url)
    assert response.status_code == status, f"{url}: {response.status_code}"
    html = response.content.decode()
    named = static_files_named(html)
    assert named, f"{url} names no static file: is it the site's page frame?"
    missing = [path for path in named if not (Path(static_root) / path).is_file()]
    assert not missing, f"{url} names static files collectstatic did not write: {missing}"
    # Manifest names carry the file's hash: the page was rendered by the production storage.
    assert any(re.search(r"\.[0-9a-f]{12}\.", path) for path in named), named


def first_pages():
    """(type name, language, URL) of the first live page of each page type, per language."""
    pages = []
    for model in get_page_models():
        if model._meta.abstract:
            continue
        for language in LANGUAGES:
            page = (
                model.objects.live()
                .public()
                .filter(locale__language_code=language)
                .exact_type(model)
                .order_by("path")
                .first()
            )
            # Wagtail's root and the pages of no Site have no address.
            if page is not None and page.url:
                pages.append((model.__name__, language, page.url))
    return pages


def test_every_page_type_renders_with_the_production_static_storage(client, static_root):
    pages = first_pages()
    types = {name for name, _language, _url in pages}
    # The page types the issue lists, at least (a demo site without one would test less).
    assert {
        "HomePage",
        "OfferIndexPage",
        "OfferPage",
        "WelcomeGuidePage",
        "WorkingConditionsPage",
        "ContactsPage",
        "HRExcellencePage",
        "StandardPage",
    } <= types, types
    for _name, _language, url in pages:
        check_page(client, url, static_root)


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_alerts_and_404_render_with_the_production_static_storage(
    client, static_root, language
):
    from alerts.links import make_token
    from alerts.models import Alert

    alert = Alert.objects.create(email="static-check@example.org", language=language)
    check_page(client, f"/{language}/search/?q=neurosciences", static_root)
    check_page(client, f"/{language}/search/?q=zzzzqqqq", static_root)  # nothing found
    check_page(client, f"/{language}/alerts/", static_root)
    check_page(client, f"/{language}/alerts/manage/{make_token(alert, 'manage')}/", static_root)
    check_page(
        client, f"/{language}/alerts/unsubscribe/{make_token(alert, 'unsubscribe')}/", static_root
    )
    check_page(client, f"/{language}/alerts/confirm/not-a-token/", static_root, status=400)
    check_page(client, f"/{language}/no-such-page-here/", static_root, status=404)


def test_a_typo_in_a_static_path_fails_here(static_root):
    """The check above can fail: a template naming a file that was not collected is a 500."""
    from django.template import Template
    from django.template.context import Context

    template = Template(
        '{% load static %}<link rel="stylesheet" href="{% static "css/sitee.css" %}">'
    )
    with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
        template.render(Context())
