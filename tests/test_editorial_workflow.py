"""Moderation through Wagtail's workflow: submit, approve or reject with a comment, scheduled
publishing, locking, previews of drafts, revisions compared and restored."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from offers.models import OfferPage

from .editorial import offer_form, signed_in
from .test_editorial_roles import add_offer

pytestmark = pytest.mark.django_db


def submitted_offer(title, **form):
    """An offer a recruiter wrote and submitted to the moderators."""
    recruiter = signed_in("recruteur")
    add_offer(recruiter, title=title, **{"action-submit": "action-submit"}, **form)
    offer = OfferPage.objects.get(title=title, locale__language_code="fr")
    assert WorkflowState.objects.get(object_id=str(offer.pk)).status == "in_progress"
    return offer


def task_state(offer):
    return TaskState.objects.get(
        workflow_state__object_id=str(offer.pk), status=TaskState.STATUS_IN_PROGRESS
    )


def act(client, offer, action, comment=""):
    return client.post(
        f"/admin/pages/workflow/action/{offer.pk}/{action}/{task_state(offer).pk}/",
        {"comment": comment},
    )


def test_moderator_approves_with_a_comment_and_the_offer_goes_live():
    offer = submitted_offer("Post-doctorat en électrophysiologie")
    moderator = signed_in("moderatrice")
    dashboard = moderator.get("/admin/").content.decode()
    assert "Post-doctorat en électrophysiologie" in dashboard  # Wagtail's "awaiting review"

    state = task_state(offer)
    response = act(moderator, offer, "approve", "Relu, merci.")
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.live
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_APPROVED
    assert state.comment == "Relu, merci."
    assert signed_in("moderatrice").get(offer.url).status_code == 200


def test_moderator_rejects_with_a_comment_the_author_sees():
    offer = submitted_offer("Ingénieur d'études en bioinformatique")
    moderator = signed_in("moderatrice")
    act(moderator, offer, "reject", "Merci de préciser le salaire.")
    offer.refresh_from_db()
    assert not offer.live
    workflow_state = WorkflowState.objects.get(object_id=str(offer.pk))
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    # The recruiter finds the comment on the offer's edit page.
    html = signed_in("recruteur").get(f"/admin/pages/{offer.pk}/edit/").content.decode()
    assert "Merci de préciser le salaire." in html


def test_recruiter_cannot_approve_their_own_offer():
    offer = submitted_offer("Technicien en histologie")
    response = act(signed_in("recruteur"), offer, "approve")
    assert response.status_code in (302, 403)
    offer.refresh_from_db()
    assert not offer.live


def test_scheduled_offer_goes_live_at_its_date():
    go_live = timezone.localtime(timezone.now() + timedelta(hours=2))
    offer = submitted_offer(
        "Chargé de recherche en immunologie", go_live_at=go_live.strftime("%Y-%m-%d %H:%M")
    )
    act(signed_in("moderatrice"), offer, "approve")
    offer.refresh_from_db()
    assert not offer.live
    revision = offer.latest_revision
    assert revision.approved_go_live_at is not None

    call_command("publish_scheduled", stdout=open("/dev/null", "w"))
    offer.refresh_from_db()
    assert not offer.live  # not yet

    # Two hours later (the revision's schedule moved back rather than the clock forward).
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))
    offer.refresh_from_db()
    assert offer.live


def test_a_locked_offer_cannot_be_changed_by_others():
    offer = (
        OfferPage.objects.filter(locale__language_code="fr", region__slug="paris-idf-sud")
        .order_by("pk")
        .first()
    )
    moderator = signed_in("moderatrice")
    assert moderator.post(f"/admin/pages/{offer.pk}/lock/").status_code == 302
    offer.refresh_from_db()
    assert offer.locked

    response = signed_in("recruteur").post(
        f"/admin/pages/{offer.pk}/edit/",
        offer_form("Titre changé", offer=offer),
    )
    offer.refresh_from_db()
    assert offer.get_latest_revision_as_object().title != "Titre changé"
    assert response.status_code in (200, 302)


def test_an_unpublished_offer_is_previewed():
    offer = submitted_offer("Assistant ingénieur en biologie cellulaire")
    moderator = signed_in("moderatrice")
    url = f"/admin/pages/{offer.pk}/edit/preview/"
    response = moderator.post(
        url, offer_form("Assistant ingénieur en biologie cellulaire", offer=offer)
    )
    assert response.json()["is_valid"]
    html = moderator.get(url).content.decode()
    assert "Assistant ingénieur en biologie cellulaire" in html
    assert "plasticité synaptique" in html


def test_revisions_are_compared_and_restored():
    offer = (
        OfferPage.objects.filter(locale__language_code="fr", region__slug="grand-est")
        .order_by("pk")
        .first()
    )
    first = offer.save_revision()
    old_title = offer.title
    offer.title = "Titre révisé pour la comparaison"
    second = offer.save_revision()

    moderator = signed_in("moderatrice")
    compare = moderator.get(f"/admin/pages/{offer.pk}/revisions/compare/{first.pk}...{second.pk}/")
    assert compare.status_code == 200
    html = compare.content.decode()
    assert "Titre révisé pour la comparaison" in html and old_title in html

    revert = moderator.get(f"/admin/pages/{offer.pk}/revisions/{first.pk}/revert/")
    assert revert.status_code == 200
    assert old_title in revert.content.decode()
