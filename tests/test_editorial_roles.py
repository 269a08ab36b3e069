"""Least privilege for each editorial role (editorial/roles.py), through the admin's own views."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, WorkflowState

from guides.models import WelcomeGuidePage
from home.models import Region
from offers.models import OfferIndexPage, OfferPage

from .editorial import offer_form, signed_in
from .helpers import locale

pytestmark = pytest.mark.django_db

DENIED = (302, 403)  # Wagtail redirects to the dashboard with a message; Django answers 403


def french_offers_index():
    return OfferIndexPage.objects.get(locale=locale("fr"))


def offer_in(region_slug, language="fr"):
    return (
        OfferPage.objects.filter(locale=locale(language), region__slug=region_slug)
        .order_by("pk")
        .first()
    )


def edit(client, page):
    return client.get(f"/admin/pages/{page.pk}/edit/")


def add_offer(client, **form):
    index = french_offers_index()
    return client.post(f"/admin/pages/add/offers/offerpage/{index.pk}/", offer_form(**form))


def test_roles_are_groups_with_exactly_their_page_rights():
    rights = {
        (permission.group.name, permission.page.url_path, permission.permission.codename)
        for permission in GroupPagePermission.objects.select_related("group", "page", "permission")
    }
    assert ("Editors", "/accueil/", "change_page") in rights
    assert ("Editors", "/accueil/", "publish_page") not in rights
    assert ("Editors", "/", "change_page") not in rights  # Wagtail's default, narrowed
    assert ("Regional recruiters", "/accueil/offres/", "add_page") in rights
    assert ("Regional recruiters", "/accueil/offres/", "publish_page") not in rights
    assert ("Moderators", "/", "publish_page") in rights
    assert ("Translators", "/home/", "publish_page") in rights
    assert not any(
        name == "Translators" and path.startswith("/accueil/") for name, path, _ in rights
    )
    assert {name for name, _, _ in rights} == {
        "Editors",
        "Regional recruiters",
        "Moderators",
        "Translators",
        "Administrators",
    }


def test_setup_editorial_restores_the_documented_rights():
    editors = Group.objects.get(name="Editors")
    GroupPagePermission.objects.create(
        group=editors,
        page=Page.get_first_root_node(),
        permission=GroupPagePermission._meta.get_field("permission").related_model.objects.get(
            codename="publish_page"
        ),
    )
    call_command("setup_editorial", stdout=open("/dev/null", "w"))
    assert not GroupPagePermission.objects.filter(
        group=editors, permission__codename="publish_page"
    ).exists()


class TestRegionalRecruiter:
    def test_edits_offers_of_their_region_only(self):
        recruiter = signed_in("recruteur")
        assert edit(recruiter, offer_in("paris-idf-sud")).status_code == 200
        assert edit(recruiter, offer_in("grand-est")).status_code in DENIED
        # Not the English translation of their own region's offers either.
        assert edit(recruiter, offer_in("paris-idf-sud", "en")).status_code in DENIED

    def test_cannot_edit_the_offers_index_nor_any_guide(self):
        recruiter = signed_in("recruteur")
        assert edit(recruiter, french_offers_index()).status_code in DENIED
        guide = WelcomeGuidePage.objects.filter(locale=locale("fr")).first()
        assert edit(recruiter, guide).status_code in DENIED

    def test_the_offer_form_offers_their_regions_only(self):
        recruiter = signed_in("recruteur")
        index = french_offers_index()
        response = recruiter.get(f"/admin/pages/add/offers/offerpage/{index.pk}/")
        assert response.status_code == 200
        choices = list(response.context["form"].fields["region"].queryset)
        assert [region.slug for region in choices] == ["paris-idf-sud"]

    def test_an_offer_for_another_region_is_refused_with_a_message(self):
        recruiter = signed_in("recruteur")
        response = add_offer(recruiter, title="Post-doctorat à Strasbourg", region_slug="grand-est")
        assert response.status_code == 200
        assert "region" in response.context["form"].errors
        assert not OfferPage.objects.filter(title="Post-doctorat à Strasbourg").exists()

    def test_submits_for_moderation_and_cannot_publish(self):
        recruiter = signed_in("recruteur")
        response = add_offer(
            recruiter,
            title="Ingénieur en imagerie cérébrale",
            **{"action-publish": "action-publish"},
        )
        offer = OfferPage.objects.get(
            title="Ingénieur en imagerie cérébrale", locale__language_code="fr"
        )
        assert response.status_code == 302
        assert not offer.live  # publishing was not theirs to do

        response = recruiter.post(
            f"/admin/pages/{offer.pk}/edit/",
            offer_form(
                "Ingénieur en imagerie cérébrale", offer=offer, **{"action-submit": "action-submit"}
            ),
        )
        assert response.status_code == 302
        state = WorkflowState.objects.get(object_id=str(offer.pk))
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        offer.refresh_from_db()
        assert not offer.live

    def test_menu_leads_to_offers_not_guides(self):
        menu = signed_in("recruteur").get("/admin/").content.decode()
        assert "/admin/guides-review/" not in menu
        assert "/admin/guides-review/" in signed_in("editrice").get("/admin/").content.decode()

    def test_does_not_see_the_translation_report_nor_users(self):
        recruiter = signed_in("recruteur")
        assert recruiter.get("/admin/translation-status/").status_code in DENIED
        assert recruiter.get("/admin/users/").status_code in DENIED


class TestEditor:
    def test_edits_any_french_page_but_no_english_one(self):
        editor = signed_in("editrice")
        assert edit(editor, offer_in("grand-est")).status_code == 200
        assert (
            edit(editor, WelcomeGuidePage.objects.filter(locale=locale("fr")).first()).status_code
            == 200
        )
        assert edit(editor, offer_in("grand-est", "en")).status_code in DENIED

    def test_cannot_publish(self):
        offer = offer_in("grand-est")
        response = signed_in("editrice").post(
            f"/admin/pages/{offer.pk}/edit/",
            offer_form(
                offer.title,
                region_slug="grand-est",
                offer=offer,
                **{"action-publish": "action-publish"},
            ),
        )
        assert response.status_code == 302
        offer.refresh_from_db()
        assert offer.has_unpublished_changes  # saved as a draft, the live version unchanged

    def test_cannot_manage_users(self):
        assert signed_in("editrice").get("/admin/users/").status_code in DENIED


class TestTranslator:
    def test_edits_english_pages_only(self):
        translator = signed_in("translator")
        assert edit(translator, offer_in("grand-est", "en")).status_code == 200
        assert edit(translator, offer_in("grand-est")).status_code in DENIED

    def test_edits_english_snippets_only(self):
        translator = signed_in("translator")
        french = Region.objects.get(slug="grand-est", locale=locale("fr"))
        english = Region.objects.get(slug="grand-est", locale=locale("en"))
        assert translator.get(f"/admin/snippets/home/region/edit/{english.pk}/").status_code == 200
        assert (
            translator.get(f"/admin/snippets/home/region/edit/{french.pk}/").status_code in DENIED
        )
        assert translator.get("/admin/snippets/home/region/add/").status_code in DENIED
        # English snippets come from translation, never written from scratch.
        assert translator.get("/admin/snippets/home/region/add/?locale=en").status_code in DENIED

    def test_sees_the_translation_report(self):
        assert signed_in("translator").get("/admin/translation-status/").status_code == 200


class TestModeratorAndAdministrator:
    def test_moderator_publishes_both_languages(self):
        moderator = signed_in("moderatrice")
        assert edit(moderator, offer_in("grand-est")).status_code == 200
        assert edit(moderator, offer_in("grand-est", "en")).status_code == 200
        assert moderator.get("/admin/users/").status_code in DENIED

    def test_administrator_manages_users_and_recruiters_regions(self):
        administrator = signed_in("administratrice")
        assert administrator.get("/admin/users/").status_code == 200
        response = administrator.get("/admin/recruiter_profiles/")
        assert response.status_code == 200
        assert "Julien Moreau" in response.content.decode()


def test_form_submissions_are_read_by_those_allowed_to_read_answers_only():
    suggestions = "boite-a-idees"
    assert suggestions not in signed_in("editrice").get("/admin/forms/").content.decode()
    assert suggestions not in signed_in("translator").get("/admin/forms/").content.decode()
    assert suggestions in signed_in("administratrice").get("/admin/forms/").content.decode()


class TestDashboard:
    def panel(self, username):
        response = signed_in(username).get("/admin/")
        assert response.status_code == 200
        return response.content.decode()

    def test_shows_offers_closing_this_week_of_the_recruiters_regions_only(self):
        soon = timezone.now() + timedelta(days=3)
        mine = offer_in("paris-idf-sud")
        other = offer_in("grand-est")
        OfferPage.objects.filter(pk__in=[mine.pk, other.pk]).update(deadline=soon)
        recruiter = self.panel("recruteur")
        assert mine.title in recruiter and other.title not in recruiter
        moderator = self.panel("moderatrice")
        assert mine.title in moderator and other.title in moderator

    def test_counts_pages_awaiting_moderation_and_outdated_translations(self):
        cache.clear()
        html = self.panel("moderatrice")
        assert re.search(r"\b0 pages? (awaiting|en attente)", html)
        assert re.search(r"\b0 (translations?|traductions?) ", html)

        offer = offer_in("grand-est")
        revision = offer.get_latest_revision_as_object()
        revision.city = revision.city + " "
        revision.save_revision().publish()  # the French changes after its translation
        offer.get_workflow().start(offer, get_user_model().objects.get(username="recruteur"))
        cache.clear()
        html = self.panel("moderatrice")
        assert re.search(r"\b1 pages? (awaiting|en attente)", html)
        assert re.search(r"\b1 (translation|traduction) ", html)


def test_each_editor_chooses_the_admin_language():
    translator = signed_in("translator").get("/admin/").content.decode()
    recruiter = signed_in("recruteur").get("/admin/").content.decode()
    assert '<html lang="en"' in translator and "Reports" in translator
    assert '<html lang="fr"' in recruiter and "Rapports" in recruiter
    account = signed_in("recruteur").get("/admin/account/").content.decode()
    assert 'name="locale-preferred_language"' in account
    assert '<option value="en"' in account and '<option value="fr"' in account


def test_a_recruiter_counts_their_own_submissions_awaiting_moderation():
    offer = offer_in("grand-est")
    offer.save_revision()
    offer.get_workflow().start(offer, get_user_model().objects.get(username="editrice"))
    recruiter = signed_in("recruteur").get("/admin/").content.decode()
    assert re.search(r"\b0 (of your pages|de vos pages)", recruiter)
    mine = offer_in("paris-idf-sud")
    mine.save_revision()
    mine.get_workflow().start(mine, get_user_model().objects.get(username="recruteur"))
    recruiter = signed_in("recruteur").get("/admin/").content.decode()
    assert re.search(r"\b1 (of your pages|de vos pages)", recruiter)


def test_translators_see_french_titles_without_a_link_they_cannot_follow():
    translator = signed_in("translator").get("/admin/translation-status/?kind=pages")
    editor = signed_in("editrice").get("/admin/translation-status/?kind=pages")
    first = translator.context["rows"][0]
    assert f'href="{first["edit_url"]}"' not in translator.content.decode()
    assert f'href="{first["edit_url"]}"' in editor.content.decode()


# --- The rules of editorial/permissions.py asked directly (mutation check, docs/mutation.md) --


def user(username):
    return get_user_model().objects.get(username=username)


def permissions_of(username, page):
    return page.permissions_for_user(user(username))


def test_snippet_querysets_are_narrowed_to_the_languages_each_role_writes():
    """Mutations caught: the queryset narrowing of LanguagePermissionPolicy (what Wagtail's
    reports and choosers list) dropped or turned around, and superusers narrowed like
    editors. Wagtail asks it with one action or several."""
    from editorial.permissions import LanguagePermissionPolicy

    policy = LanguagePermissionPolicy(Region)
    bound = sorted(LanguagePermissionPolicy.LANGUAGE_BOUND)

    def languages(username, actions):
        rows = policy.instances_user_has_any_permission_for(user(username), actions)
        return set(rows.values_list("locale__language_code", flat=True))

    assert languages("translator", ["change"]) == {"en"}
    assert languages("translator", bound) == {"en"}
    assert languages("editrice", ["change"]) == {"fr"}
    assert languages("moderatrice", ["change"]) == {"fr", "en"}
    assert languages("admin", ["change"]) == {"fr", "en"}
    # An action outside the languages ("add") is not narrowed: Wagtail's own answer.
    assert languages("moderatrice", ["add", "change"]) == {"fr", "en"}
    english = Region.objects.filter(locale__language_code="en").first()
    assert policy.user_has_permission_for_instance(user("admin"), "change", english)


def test_a_recruiters_regions_are_read_once_per_request(django_assert_num_queries):
    """Mutation caught: the regions' memo on the user dropped (every page of a listing asked
    again)."""
    from editorial.permissions import offer_regions

    recruiter = user("recruteur")
    with django_assert_num_queries(2):  # the groups, then the regions
        regions = offer_regions(recruiter)
    with django_assert_num_queries(0):
        assert offer_regions(recruiter) == regions


def test_a_recruiter_keeps_no_right_on_the_offers_of_other_regions():
    """Mutations caught: the tester's narrowing in __init__ and can_edit dropped. A draft of
    another region, even one the recruiter wrote, is neither editable nor deletable."""
    other = offer_in("grand-est")
    OfferPage.objects.filter(pk=other.pk).update(live=False)
    other.refresh_from_db()
    other.owner = user("recruteur")
    own = permissions_of("recruteur", other)
    assert not own.can_edit()
    assert not own.can_delete()


def test_what_translators_may_never_do_and_moderators_may():
    """Mutations caught: the translator's refusals turned into "or" or inverted (then
    moderators lost them too), and can_delete's bulk rule changed."""
    english = offer_in("grand-est", "en")
    translator = permissions_of("translator", english)
    assert translator.can_publish()  # a translation of a live French offer
    assert not translator.can_set_view_restrictions()
    assert not translator.can_unschedule()
    assert not translator.can_reorder_children()
    english_index = OfferIndexPage.objects.get(locale=locale("en"))
    assert not permissions_of("translator", english_index).can_publish_subpage()

    moderator = permissions_of("moderatrice", french_offers_index())
    assert moderator.can_publish_subpage()
    assert moderator.can_reorder_children()
    assert moderator.can_set_view_restrictions()
    assert moderator.can_unschedule()
    # Moderators hold no bulk_delete: a page with children is deleted only by a bulk action
    # that asks for each page.
    assert not moderator.can_delete()
    assert moderator.can_delete(ignore_bulk=True)


def test_translators_publish_only_enabled_translations_of_live_french_pages():
    """Mutations caught: the alias refusal dropped, and the Translation look-up widened to any
    page's translation or to a stopped one (the English page then stands alone)."""
    from wagtail_localize.models import Translation

    from editorial.permissions import is_translation_of_live_source

    english = offer_in("grand-est", "en")
    assert is_translation_of_live_source(english)
    alias = OfferPage.objects.get(pk=english.pk)
    alias.alias_of_id = english.pk
    assert not is_translation_of_live_source(alias)
    Translation.objects.filter(
        source__object_id=english.translation_key, target_locale=english.locale
    ).update(enabled=False)
    assert not is_translation_of_live_source(english)
