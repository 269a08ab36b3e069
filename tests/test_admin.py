"""The admin as an editor meets it: every page type opens in its editor, blocks included."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.models import Page

from .helpers import locale

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


def test_every_french_page_type_opens_in_the_editor(admin_client):
    one_per_type = {}
    for page in Page.objects.filter(locale=locale("fr"), depth__gt=1).order_by("path"):
        one_per_type.setdefault(page.content_type_id, page)
    assert len(one_per_type) >= 5
    for page in one_per_type.values():
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page.url_path
        html = response.content.decode()
        if hasattr(page.specific_class, "body") and page.depth > 2:
            # The body's StreamField editor, labelled in French.
            with translation.override("fr"):
                label = str(page.specific_class._meta.get_field("body").verbose_name)
            assert label.lower() in html.lower(), page.url_path


def test_english_pages_open_in_the_translation_editor(admin_client):
    english = Page.objects.get(url_path="/home/working-at-inserm/")
    response = admin_client.get(f"/admin/pages/{english.pk}/edit/")
    assert response.status_code == 200
    assert "Working at Inserm" in response.content.decode()


def test_new_standard_page_form_and_block_chooser(admin_client):
    home = Page.objects.get(url_path="/accueil/")
    response = admin_client.get(f"/admin/pages/add/home/standardpage/{home.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Chiffres cl", "FAQ / accord", "Tableau", "Citation"):
        assert label in html


def test_offers_listing_for_editors_filters_by_kind_region_and_deadline(admin_client):
    response = admin_client.get("/admin/offers/")
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Type d’offre", "Région", "Date limite", "Référence"):
        assert label in html, label
    filtered = admin_client.get("/admin/offers/", {"kind": "phd", "deadline_state": "open"})
    assert filtered.status_code == 200
    pages = (
        filtered.context["pages"]
        if "pages" in filtered.context
        else filtered.context["object_list"]
    )
    assert pages and all(page.kind == "phd" and page.is_open for page in pages)


def test_editors_see_popular_searches_and_manage_promotions(admin_client, client):
    for _ in range(3):
        client.get("/fr/search/", {"q": "titre de séjour"})
    report = admin_client.get("/admin/searchpicks/reports/search-terms/")
    assert report.status_code == 200
    assert "titre de séjour" in report.content.decode()

    promotions = admin_client.get("/admin/searchpicks/")
    html = promotions.content.decode()
    assert "concours" in html and "logement" in html
    # The add form opens (editors promote a page for a query without a developer).
    assert admin_client.get("/admin/searchpicks/add/").status_code == 200
