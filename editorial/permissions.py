"""Rights narrower than Wagtail's page tree allows: recruiters by region, translators by language.

Wagtail grants page rights on subtrees. Regional recruiters hold "add" and "change" on the
French offers index; here their "change" is kept only for the offers of their regions, and the
index itself stays theirs to add to, not to edit. Translators are narrowed to the translated
languages for snippets (their page rights already lie in the English tree).
"""

from django.conf import settings
from wagtail.models import PagePermissionTester

from .roles import RECRUITERS, TRANSLATORS, UNRESTRICTED


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


def may_edit_locale(user, locale):
    return not translates_only(user) or locale.language_code != settings.LANGUAGE_CODE


class RegionalPermissionTester(PagePermissionTester):
    """For the offers index and its offers: a recruiter keeps "change" only within a region."""

    def __init__(self, user, page):
        super().__init__(user, page)
        regions = offer_regions(user)
        if regions is None:
            return
        region_id = getattr(page, "region_id", None)
        if region_id is None:
            # The index: recruiters add offers to it but do not edit it.
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
