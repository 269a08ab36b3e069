"""Who writes offers for which region."""

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from home.models import Region

from .roles import RECRUITERS


class RecruiterProfile(models.Model):
    """The regions a regional recruiter writes offers for.

    Only members of the "Regional recruiters" group are limited by it (editorial/permissions.py):
    a recruiter with no region here can edit no offer.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recruiter"),
        on_delete=models.CASCADE,
        related_name="recruiter_profile",
        limit_choices_to={"groups__name": RECRUITERS},
        help_text=_("A member of the “Regional recruiters” group."),
    )
    regions = models.ManyToManyField(
        Region,
        verbose_name=_("regions"),
        related_name="+",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_("The recruiter creates and edits the offers of these regions only."),
    )

    class Meta:
        verbose_name = _("recruiter's regions")
        verbose_name_plural = _("recruiters' regions")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    @admin.display(description=_("regions"))
    def region_names(self):
        return ", ".join(region.name for region in self.regions.all())
