"""Offer alerts without an account: an e-mail address, a saved search, nothing more.

What is stored (and said on the subscribe page and in every e-mail): the address, the saved
search (the listing's filters and text query, as a query string), the language, the
frequency, and the dates of the request, the confirmation, the last digest and the
unsubscription. No name, no IP address, no tracking of opens or clicks.

`Alert.key` is a random identifier that signed links point to, so a link never carries the
address. `Digest` and `SentOffer` record what was sent: `SentOffer` has one row per
(alert, offer) and a unique constraint, so an offer is never sent twice to the same alert,
even if `send_offer_alerts` is interrupted and run again (see alerts/digests.py).
"""

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class Frequency(models.TextChoices):
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")


# How long after the previous check an alert is due again. The scheduler runs the command
# at about the same time every day; the slack keeps a run a little earlier than yesterday's
# from skipping a day (or a week).
INTERVALS = {Frequency.DAILY: timedelta(days=1), Frequency.WEEKLY: timedelta(days=7)}
DUE_SLACK = timedelta(hours=2)


class AlertQuerySet(models.QuerySet):
    def pending(self):
        """Asked for, not confirmed yet: nothing is ever sent to these addresses but the
        confirmation request."""
        return self.filter(confirmed_at__isnull=True, unsubscribed_at__isnull=True)

    def active(self):
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)

    def unsubscribed(self):
        return self.filter(unsubscribed_at__isnull=False)

    def due(self, now):
        """Active alerts whose period has passed since their last check."""
        due = Q()
        for frequency, interval in INTERVALS.items():
            due |= Q(frequency=frequency, checked_until__lte=now - interval + DUE_SLACK)
        return self.active().filter(due)


class Alert(models.Model):
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("e-mail address"), max_length=254, db_index=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    search = models.TextField(
        _("saved search"),
        blank=True,
        help_text=_("The listing's filters and text query, as in its address."),
    )
    frequency = models.CharField(
        _("frequency"), max_length=8, choices=Frequency.choices, default=Frequency.DAILY
    )
    created_at = models.DateTimeField(_("requested"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    # Offers published up to this moment have been considered for this alert.
    checked_until = models.DateTimeField(null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last digest"), null=True, blank=True)

    objects = AlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("offer alert")
        verbose_name_plural = _("offer alerts")
        # No add/change/delete/view in the admin: editors never see addresses. Counts only,
        # for those given this permission (admin › Reports › Offer alerts).
        default_permissions = ()
        permissions = [("view_alert_counts", _("Can view offer alert counts"))]
        indexes = [models.Index(fields=["confirmed_at", "unsubscribed_at", "checked_until"])]

    def __str__(self):
        return f"Alert {self.pk}"

    @property
    def is_active(self):
        return self.confirmed_at is not None and self.unsubscribed_at is None

    @property
    def is_pending(self):
        return self.confirmed_at is None and self.unsubscribed_at is None


class Digest(models.Model):
    """One e-mail of new offers. `sent_at` is empty while it is being sent; a digest left
    so by an interruption is never sent again (at most once), and is counted as such."""

    alert = models.ForeignKey(Alert, null=True, on_delete=models.SET_NULL, related_name="digests")
    # Kept when the alert is deleted, for the counts per language.
    language = models.CharField(max_length=8)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)
    offer_count = models.PositiveIntegerField(default=0)

    class Meta:
        default_permissions = ()
        verbose_name = _("alert digest")
        verbose_name_plural = _("alert digests")


class SentOffer(models.Model):
    """An offer listed in a digest: never listed again for the same alert."""

    # Hundreds of thousands of rows are written at once by a big run: no index beyond what
    # is read (the unique constraint starts with the alert, so it serves alert look-ups).
    alert = models.ForeignKey(
        Alert, on_delete=models.CASCADE, related_name="sent_offers", db_index=False
    )
    digest = models.ForeignKey(Digest, on_delete=models.CASCADE, related_name="offers")
    # The offer in any language (its translation key): the same offer is one offer, and a
    # deleted page changes nothing here.
    offer_key = models.UUIDField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        default_permissions = ()
        verbose_name = _("offer sent in a digest")
        verbose_name_plural = _("offers sent in digests")
        constraints = [
            models.UniqueConstraint(fields=["alert", "offer_key"], name="unique_sent_offer")
        ]


@register_setting(icon="mail")
class AlertSettings(BaseGenericSetting):
    """The switch editors use to pause the service (admin › Settings › Offer alerts)."""

    enabled = models.BooleanField(
        _("offer alerts are on"),
        default=True,
        help_text=_(
            "When off, the listing no longer offers alerts, the subscription page says the "
            "service is paused and no digest is sent. Unsubscribing still works."
        ),
    )

    panels = [
        HelpPanel(
            _(
                "Visitors subscribe with an e-mail address to receive new offers matching a "
                "search. Counts are in Reports › Offer alerts."
            )
        ),
        FieldPanel("enabled"),
    ]

    class Meta:
        verbose_name = _("offer alerts")
        verbose_name_plural = _("offer alerts")
