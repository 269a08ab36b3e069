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


def listed_offers(response):
    assert response.status_code == 200
    context = response.context
    pages = context["pages"] if "pages" in context else context["object_list"]
    return list(pages), context["paginator"].count


def test_the_admin_offer_listing_filters_by_region(admin_client):
    """Mutation caught: the admin listing's region filter ignored (offers/wagtail_hooks.py)."""
    from home.models import Region
    from offers.models import OfferPage

    region = Region.objects.filter(locale=locale("fr")).order_by("pk").first()
    expected = OfferPage.objects.filter(region=region)
    assert 0 < expected.count() < OfferPage.objects.count()
    pages, count = listed_offers(admin_client.get("/admin/offers/", {"region": region.pk}))
    assert count == expected.count()
    assert pages and all(page.region_id == region.pk for page in pages)


@pytest.mark.parametrize("state", ["week", "closed"])
def test_the_admin_offer_listing_filters_by_deadline_state(admin_client, state):
    """Mutation caught: the "closing within 7 days" or "closed" choice of the deadline filter
    returning other offers (its bounds swapped, or the whole listing)."""
    from datetime import timedelta

    from django.utils import timezone

    from offers.models import OfferPage

    now = timezone.now()
    if state == "week":
        expected = OfferPage.objects.filter(deadline__gt=now, deadline__lte=now + timedelta(7))
    else:
        expected = OfferPage.objects.filter(deadline__lte=now)
    assert 0 < expected.count() < OfferPage.objects.count()
    pages, count = listed_offers(admin_client.get("/admin/offers/", {"deadline_state": state}))
    assert count == expected.count()
    for page in pages:
        if state == "week":
            assert now < page.deadline <= now + timedelta(days=7), page.reference
        else:
            assert page.deadline <= now, page.reference


def test_the_same_research_field_twice_is_refused_next_to_the_field(admin_client):
    """Mutation caught: OfferPageForm.clean's duplicate check removed (offers/forms.py): the
    second row would break the database's uniqueness, a 500 instead of a message."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    from offers.models import OfferPage, ResearchField

    from .editorial import offer_form

    offer = OfferPage.objects.filter(locale=locale("fr")).order_by("pk").first()
    field = ResearchField.objects.filter(locale=locale("fr")).order_by("pk").first()
    data = offer_form(offer.title, offer=offer)
    twice = nested_form_data(
        {"research_fields": inline_formset([{"research_field": field.pk}] * 2, min=1)}
    )
    data = {k: v for k, v in data.items() if not k.startswith("research_fields-")} | twice
    before = list(offer.research_fields.values_list("research_field_id", flat=True))
    response = admin_client.post(f"/admin/pages/{offer.pk}/edit/", data)
    assert response.status_code == 200  # the form again, not a redirect nor a 500
    html = response.content.decode()
    # The message in the admin's language (the demo admin's is French or English).
    assert (
        "Ce domaine de recherche est déjà indiqué." in html
        or "This research field is already listed." in html
    )
    assert list(offer.research_fields.values_list("research_field_id", flat=True)) == before
