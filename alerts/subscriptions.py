"""Asking for an alert: double opt-in, with limits per address.

Nothing but the confirmation request is ever sent to an address that has not confirmed. The
limits keep the form from being used to flood someone's inbox: at most
ALERTS_CONFIRMATIONS_PER_ADDRESS (5) confirmation e-mails per address per day (counted by
core.rate_limit.allow_value: a keyed hash of the address, in the cache, forgotten with the day)
and ALERTS_MAX_PER_ADDRESS (20) alerts per address.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core import rate_limit

from .emails import confirmation_message
from .models import Alert

logger = logging.getLogger(__name__)

DAY = 24 * 3600

SENT = "sent"
ALREADY_ACTIVE = "already-active"
ADDRESS_LIMIT = "address-limit"
TOO_MANY_ALERTS = "too-many-alerts"
NOT_SENT = "not-sent"


def confirmations_per_address():
    return getattr(settings, "ALERTS_CONFIRMATIONS_PER_ADDRESS", 5)


def max_alerts_per_address():
    return getattr(settings, "ALERTS_MAX_PER_ADDRESS", 20)


def address_allowed(email):
    """Count one confirmation e-mail for this address; False past the day's limit.

    Counted by the address itself, not through a stand-in request with the address's hash as
    REMOTE_ADDR: client_ip() keeps real IP addresses only, so every address would share one
    count, and five requests a day would hold back the whole site's confirmations.
    """
    return rate_limit.allow_value(
        "offer-alerts-address", email.lower(), confirmations_per_address(), DAY
    )


def request_alert(email, language, search, frequency, saved_search):
    """Record a pending alert and send its confirmation request; returns what happened.

    The same search asked again while pending renews the request (and its link); asked
    again once active, nothing is sent (the page says the same in both cases, so it never
    tells who subscribes to what).
    """
    existing = (
        Alert.objects.filter(
            email=email, language=language, search=search, unsubscribed_at__isnull=True
        )
        .order_by("-created_at")
        .first()
    )
    if existing is not None and existing.confirmed_at is not None:
        return ALREADY_ACTIVE
    if existing is None:
        count = Alert.objects.filter(email=email, unsubscribed_at__isnull=True).count()
        if count >= max_alerts_per_address():
            return TOO_MANY_ALERTS
    if not address_allowed(email):
        return ADDRESS_LIMIT
    with transaction.atomic():
        if existing is None:
            alert = Alert.objects.create(
                email=email, language=language, search=search, frequency=frequency
            )
        else:
            alert = existing
            alert.frequency = frequency
            alert.created_at = timezone.now()  # a renewed request: its period starts again
            alert.save(update_fields=["frequency", "created_at"])
        try:
            confirmation_message(alert, saved_search).send()
        except Exception:  # the mail server's failure is told, never a 500
            logger.exception("An offer alert confirmation could not be sent")
            transaction.set_rollback(True)
            return NOT_SENT
    return SENT
