"""Rights narrower than Wagtail's page tree allows: recruiters by region, translators by language.

Wagtail grants page rights on subtrees. Regional recruiters hold "add" and "change" on the
French offers index; here their "change" is kept only for the offers of their regions, and the
index itself stays theirs to add to, not to edit. Translators hold "change" and "publish" on
the English tree; here they publish translations only. For snippets with a language, editors
write French and translators the translated languages.
"""

from django.conf import settings
from wagtail.models import Page, PagePermissionTester
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.models import Translation

from core.locales import in_source_language, is_source

from .roles import (
    ADMINISTRATORS,
    EDITORS,
    MODERATORS,
    RECRUITERS,
    TRANSLATORS,
    UNRESTRICTED,
)


def _group_names(user):
    if not hasattr(user, "_editorial_groups"):
        user._editorial_groups = set(user.groups.values_list("name", flat=True))
    return user._editorial_groups


def offer_regions(user):
    """The ids of the regions whose offers `user` may edit, or None when not narrowed."""
    if user.is_superuser or not user.is_active:
        return None
    groups = _group_names(user)
    if RECRUITERS not in groups or groups & set(UNRESTRICTED):
        return None
    if not hasattr(user, "_editorial_regions"):
        from .models import RecruiterProfile

        user._editorial_regions = set(
            RecruiterProfile.regions.through.objects.filter(
                recruiterprofile__user=user
            ).values_list("region_id", flat=True)
        )
    return user._editorial_regions


def translates_only(user):
    """True when `user` may change content in the translated languages only."""
    if user.is_superuser:
        return False
    groups = _group_names(user)
    return TRANSLATORS in groups and not groups & set(UNRESTRICTED)


def writes_source_only(user):
    """True when `user` may change content in the source language (French) only."""
    if user.is_superuser:
        return False
    groups = _group_names(user)
    return EDITORS in groups and not groups & {MODERATORS, ADMINISTRATORS, TRANSLATORS}


def may_edit_locale(user, locale):
    """Editors write French, translators the other languages, moderators both."""
    source = is_source(locale)
    if translates_only(user):
        return not source
    if writes_source_only(user):
        return source
    return True


def may_create_in_locale(user, locale_code):
    """New snippets are written in French; other languages come from translation, so that
    their facts follow the French (a superuser may still repair data by hand)."""
    return user.is_superuser or locale_code == settings.LANGUAGE_CODE


class LanguagePermissionPolicy(ModelPermissionPolicy):
    """For snippets with a language (regions, contacts, research fields): the model's rights,
    narrowed to the languages each role writes (`may_edit_locale`). Registered for those
    models (editorial.apps), so Wagtail's snippet views, listings and buttons all ask it."""

    LANGUAGE_BOUND = {"change", "delete", "publish", "lock", "unlock"}

    def user_has_permission_for_instance(self, user, action, instance):
        if action in self.LANGUAGE_BOUND and not may_edit_locale(user, instance.locale):
            return False
        return super().user_has_permission_for_instance(user, action, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if not set(actions) <= self.LANGUAGE_BOUND:
            return instances
        source = {"locale__language_code": settings.LANGUAGE_CODE}
        if translates_only(user):
            return instances.exclude(**source)
        if writes_source_only(user):
            return instances.filter(**source)
        return instances


class EditorialPermissionTester(PagePermissionTester):
    """What a user may do to a page, narrowed beyond Wagtail's page tree.

    Every page type answers `permissions_for_user` with this tester, so the admin's views,
    bulk actions, menus and wagtail-localize's editor all ask the same question here.
    - Recruiters keep "change" only for the offers of their regions (and never the offers
      index, which they only add to).
    - Translators only translate: they publish translations of French pages that are live,
      and never create, unpublish, delete, move, copy or reorder pages, even in the English
      tree where Wagtail's "change" and "publish" would allow all of that.
    """

    def __init__(self, user, page):
        super().__init__(user, page)
        self.translator = translates_only(user)
        regions = offer_regions(user)
        if regions is None:
            return
        region_id = getattr(page, "region_id", None)
        if region_id is None:
            # Not an offer (the index): recruiters add offers to it but do not edit it.
            self.permissions = self.permissions - {"change"}
        elif region_id not in regions:
            self.permissions = set()

    def can_edit(self):
        # Wagtail lets the owner of a page edit it with "add" alone: an offer moved to
        # another region leaves its author's hands too.
        regions = offer_regions(self.user)
        if regions is not None and getattr(self.page, "region_id", None) not in regions:
            return False
        return super().can_edit()

    def can_add_subpage(self):
        return not self.translator and super().can_add_subpage()

    def can_publish(self):
        if self.translator and not is_translation_of_live_source(self.page):
            return False
        return super().can_publish()

    def can_publish_subpage(self):
        return not self.translator and super().can_publish_subpage()

    def can_unpublish(self):
        return not self.translator and super().can_unpublish()

    def can_delete(self, ignore_bulk=False):
        return not self.translator and super().can_delete(ignore_bulk=ignore_bulk)

    def can_copy(self):
        return not self.translator and super().can_copy()

    def can_reorder_children(self):
        return not self.translator and super().can_reorder_children()

    def can_set_view_restrictions(self):
        return not self.translator and super().can_set_view_restrictions()

    def can_unschedule(self):
        return not self.translator and super().can_unschedule()


def is_translation_of_live_source(page):
    """True when `page` is the wagtail-localize translation of a live French page."""
    if page.locale_id is None or page.alias_of_id is not None:
        return False
    source = (
        Page.objects.filter(in_source_language(), translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .values_list("live", flat=True)
        .first()
    )
    return (
        bool(source)
        and Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        ).exists()
    )
