"""What editors are told (issue 22, point 5): the dashboard counts missing translations, labels
and plurals read right in both admin languages, notifications open politely, and approving
says the page is live."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.template.loader import render_to_string
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.models import GroupApprovalTask, Workflow
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from editorial.translation_status import State, page_rows, snippet_rows
from guides.models import WelcomeGuidePage
from offers.models import ResearchField

from .editorial import offer_form, signed_in
from .helpers import locale
from .test_editorial_workflow import submitted_offer

pytestmark = pytest.mark.django_db
FORM = "application/x-www-form-urlencoded"


def in_admin_language(username, language):
    profile = UserProfile.get_for_user(get_user_model().objects.get(username=username))
    profile.preferred_language = language
    profile.save()
    return signed_in(username)


def test_the_dashboard_counts_missing_translations_with_a_link_to_them():
    ResearchField.objects.create(locale=locale("fr"), name="Glycobiologie", slug="glycobiologie")
    cache.clear()
    english = locale("en")
    missing = sum(row.live and row.state == State.MISSING for row in page_rows(english))
    missing += sum(row.state == State.MISSING for row in snippet_rows(english))
    assert missing > 0
    response = in_admin_language("translator", "en").get("/admin/")
    html = response.content.decode()
    assert "/admin/translation-status/?state=missing" in html
    assert f"{missing} translation missing" in html or f"{missing} translations missing" in html
    assert "/admin/translation-status/?state=outdated" in html


def test_the_dashboard_panel_keeps_its_query_budget(django_assert_max_num_queries):
    client = in_admin_language("translator", "en")
    cache.clear()
    client.get("/admin/")
    cache.clear()
    with django_assert_max_num_queries(60):
        client.get("/admin/")


def test_the_reports_menu_follows_each_users_admin_language():
    french = in_admin_language("moderatrice", "fr").get("/admin/").content.decode()
    english = in_admin_language("translator", "en").get("/admin/").content.decode()
    assert "Traductions" in french
    assert "Traductions" not in english


def test_welcome_guides_have_a_french_plural():
    with translation.override("fr"):
        assert str(WelcomeGuidePage._meta.verbose_name_plural) == "guides d’accueil"
    with translation.override("en"):
        assert str(WelcomeGuidePage._meta.verbose_name_plural) == "welcome guides"


def test_approval_is_confirmed_and_the_author_notified_politely():
    """The moderator approves in the French admin; the recruiter reads English e-mails."""
    offer = submitted_offer("Ingénieur en imagerie cellulaire")
    in_admin_language("recruteur", "en")
    moderator = in_admin_language("moderatrice", "fr")
    mail.outbox.clear()
    # "Approve" in the page editor, as the moderator does from the page's status.
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = moderator.post(
            f"/admin/pages/{offer.pk}/edit/",
            offer_form(
                offer.title,
                offer=offer,
                **{"action-workflow-action": "true", "workflow-action-name": "approve"},
            ),
            follow=True,
        )
    offer.refresh_from_db()
    assert offer.live
    shown = [str(message) for message in response.context["messages"]]
    assert len(shown) == 1
    assert "a été approuvée et publiée" in shown[0] and offer.full_url in shown[0], shown
    assert mail.outbox, "the author is told"
    for message in mail.outbox:
        assert message.body.lstrip().startswith("Hello "), message.body
        assert "Salut" not in message.body
        assert "Moderators approval" in message.body  # the workflow, in the reader's language
    with translation.override("fr"):
        french = render_to_string(
            "wagtailadmin/notifications/base.txt", {"user": offer.owner, "settings": None}
        )
    assert french.lstrip().startswith("Bonjour ")


def test_the_workflow_and_its_task_are_named_in_each_admin_language():
    page = WelcomeGuidePage.objects.filter(locale=locale("fr")).first()
    french = in_admin_language("editrice", "fr").get(f"/admin/pages/{page.pk}/edit/")
    english = in_admin_language("moderatrice", "en").get(f"/admin/pages/{page.pk}/edit/")
    assert "Validation par les modérateurs" in french.content.decode()
    assert "Moderators approval" not in french.content.decode()
    assert "Moderators approval" in english.content.decode()
    # Stored once, in the source language, whoever saves it: setup_editorial finds it again.
    workflow = Workflow.objects.get(name="Moderators approval")
    task = GroupApprovalTask.objects.get(name="Moderators approval")
    with translation.override("fr"):
        assert f"{workflow.name}" == "Validation par les modérateurs"
        assert "Soumettre à %s" % task.name == "Soumettre à Validation par les modérateurs"  # noqa: UP031 (as Wagtail formats it)
        workflow.name = str(workflow.name)
        workflow.save()
    assert Workflow.objects.filter(name="Moderators approval").count() == 1


def test_the_english_slug_follows_the_translated_title_unless_set_by_hand():
    french = WelcomeGuidePage.objects.filter(locale=locale("fr")).order_by("pk").first()
    english = french.get_translation(locale("en"))
    translation_ = Translation.objects.get(
        source__object_id=french.translation_key, target_locale=locale("en")
    )
    segments = {
        segment.context.path: segment
        for segment in StringSegment.objects.filter(
            source=translation_.source, context__path__in=("title", "slug")
        ).select_related("context", "string")
    }
    slug = StringTranslation.objects.get(
        translation_of=segments["slug"].string,
        locale=locale("en"),
        context=segments["slug"].context,
    )
    slug.data = french.slug  # as when the translator never opened the slug
    slug.save()
    translator = signed_in("translator")

    def put(path, value):
        url = reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation_.pk, segments[path].pk],
        )
        response = translator.put(url, urlencode({"value": value}), content_type=FORM)
        assert response.status_code in (200, 201), response.content

    put("title", "Settling in: a first guide")
    slug.refresh_from_db()
    assert slug.data == "settling-in-a-first-guide"
    put("title", "Settling in: the first weeks")  # the slug still follows
    slug.refresh_from_db()
    assert slug.data == "settling-in-the-first-weeks"
    with TestCase.captureOnCommitCallbacks(execute=True):
        translator.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"})
    english.refresh_from_db()
    assert english.slug == "settling-in-the-first-weeks"
    put("slug", "first-weeks")  # set by hand: kept from now on
    put("title", "Settling in")
    slug.refresh_from_db()
    assert slug.data == "first-weeks"


def test_the_action_plan_menu_starts_with_a_capital_in_french():
    html = in_admin_language("moderatrice", "fr").get("/admin/").content.decode()
    assert '"label": "Actions HRS4R"' in html
