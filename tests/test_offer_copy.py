"""Copying an offer in the admin: the copy gets a reference of its own, asked for in the copy
form, and "Publish copied page" publishes it (offers/copying.py).

Wagtail's copy kept the original's reference: ticking "Publish copied page" validated the copy
against the offer it came from and failed the request (a 500), and a draft copy held the same
reference, which imports look offers up by.
"""

import pytest
from django.urls import reverse

from offers.models import OfferPage

from .factories import make_offer
from .helpers import page_by_path

pytestmark = pytest.mark.django_db

REFERENCE = "2026-COPY-0001"


@pytest.fixture
def offer():
    return make_offer(REFERENCE)


def copy(client, offer, **data):
    fields = {
        "new_title": "Copie de l’offre",
        "new_slug": "copie-de-l-offre",
        "new_parent_page": offer.get_parent().pk,
        **data,
    }
    return client.post(reverse("wagtailadmin_pages:copy", args=[offer.pk]), fields)


def the_copy():
    return OfferPage.objects.get(slug="copie-de-l-offre")


def test_a_published_copy_has_its_own_reference(english_admin, offer):
    response = copy(english_admin, offer, new_reference="2026-COPY-0002", publish_copies="on")
    assert response.status_code == 302
    copied = the_copy()
    assert copied.live and not copied.has_unpublished_changes
    assert copied.reference == "2026-COPY-0002"
    assert copied.title == "Copie de l’offre"
    assert copied.live_revision.as_object().reference == "2026-COPY-0002"
    # The offer copied from keeps its reference, and is the only offer with it.
    offer.refresh_from_db()
    assert offer.reference == REFERENCE and offer.live
    assert OfferPage.objects.filter(reference=REFERENCE, locale=offer.locale).count() == 1
    # The copy is on the site.
    assert english_admin.get(copied.url).status_code == 200


def test_a_draft_copy_has_its_own_reference_too(english_admin, offer):
    response = copy(english_admin, offer, new_reference="2026-COPY-0003")
    assert response.status_code == 302
    copied = the_copy()
    assert not copied.live
    assert copied.reference == "2026-COPY-0003"
    # What the editor opens is the latest revision: it has the new reference.
    assert copied.get_latest_revision_as_object().reference == "2026-COPY-0003"
    edit = english_admin.get(reverse("wagtailadmin_pages:edit", args=[copied.pk]))
    assert 'value="2026-COPY-0003"' in edit.content.decode()


@pytest.mark.parametrize("publish", [{}, {"publish_copies": "on"}])
def test_a_reference_already_taken_is_a_form_error(english_admin, offer, publish):
    make_offer("2026-COPY-0009")
    for taken in (REFERENCE, "2026-COPY-0009"):
        response = copy(english_admin, offer, new_reference=taken, **publish)
        assert response.status_code == 200
        errors = response.context["form"].errors
        assert errors["new_reference"] == ["Another offer already has this reference."]
    assert not OfferPage.objects.filter(slug="copie-de-l-offre").exists()


def test_the_copy_form_asks_for_a_reference(english_admin, offer):
    form = english_admin.get(reverse("wagtailadmin_pages:copy", args=[offer.pk]))
    html = form.content.decode()
    assert 'name="new_reference"' in html
    assert "Every offer has its own reference" in html
    # No alias: an alias keeps the reference of the offer it follows.
    assert 'name="alias"' not in html
    response = copy(english_admin, offer, publish_copies="on")
    assert response.status_code == 200
    assert response.context["form"].errors["new_reference"] == ["This field is required."]
    # An alias asked for anyway is a plain copy.
    response = copy(english_admin, offer, new_reference="2026-COPY-0004", alias="on")
    assert response.status_code == 302
    assert the_copy().alias_of_id is None


def test_the_copy_form_in_french(client, offer):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="admin"))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "fr"
    html = client.get(reverse("wagtailadmin_pages:copy", args=[offer.pk])).content.decode()
    assert "Nouvelle référence" in html
    assert "Chaque offre a sa propre référence\xa0: donnez à la copie" in html
    assert "Copier cette page" in html


def test_a_copy_that_cannot_be_published_stays_a_draft_with_a_message(english_admin, offer):
    # The offer copied from no longer meets a rule (no application address, changed outside
    # the editor): its copy is kept as a draft, and the editor is told why.
    OfferPage.objects.filter(pk=offer.pk).update(apply_url="", apply_email="")
    response = copy(english_admin, offer, new_reference="2026-COPY-0005", publish_copies="on")
    assert response.status_code == 302
    copied = the_copy()
    assert not copied.live and copied.reference == "2026-COPY-0005"
    shown = [str(message) for message in response.wsgi_request._messages]
    assert any(
        "The copy was saved as a draft, not published" in message
        and "Give an application address" in message
        for message in shown
    ), shown


def test_other_pages_keep_wagtails_copy_form(english_admin):
    page = page_by_path("/accueil/mentions-legales/")
    html = english_admin.get(reverse("wagtailadmin_pages:copy", args=[page.pk])).content.decode()
    names = ["new_title", "new_slug", "new_parent_page", "publish_copies", "alias"]
    positions = [html.index(f'name="{name}"') for name in names]
    assert positions == sorted(positions)
    assert 'name="new_reference"' not in html
