"""Signed links in alert e-mails: confirm, unsubscribe, manage.

A link carries the alert's random key, signed with the secret key, a purpose (salt) and the
time it was made; it never carries the address. Confirmation links expire with the pending
request; unsubscribe and manage links last longer (every digest brings fresh ones).
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from core.site_url import absolute

from .models import Alert

DAY = 24 * 3600


def confirm_days():
    return getattr(settings, "ALERTS_UNCONFIRMED_DAYS", 7)


def max_age(purpose):
    if purpose == "confirm":
        return confirm_days() * DAY
    return getattr(settings, "ALERTS_LINK_DAYS", 365) * DAY


def make_token(alert, purpose):
    return signing.dumps(alert.key.hex, salt=f"offer-alerts.{purpose}")


@dataclass
class TokenResult:
    alert: Alert | None = None
    error: str = ""  # "invalid", "expired" or "gone" (the alert was deleted)


def read_token(token, purpose):
    try:
        key = signing.loads(token, salt=f"offer-alerts.{purpose}", max_age=max_age(purpose))
    except signing.SignatureExpired:
        return TokenResult(error="expired")
    except signing.BadSignature:
        return TokenResult(error="invalid")
    if not isinstance(key, str) or len(key) != 32:
        return TokenResult(error="invalid")
    alert = Alert.objects.filter(key=key).first()
    if alert is None:
        return TokenResult(error="gone")
    return TokenResult(alert=alert)


def url(name, alert, purpose=None, language=None):
    """The absolute, language-prefixed address of an alert page with a fresh token."""
    with translation.override(language or alert.language):
        return absolute(reverse(f"alerts:{name}", args=[make_token(alert, purpose or name)]))


def one_click_url(alert):
    """RFC 8058 one-click unsubscribe (List-Unsubscribe): outside the language prefix."""
    return absolute(reverse("alerts_one_click", args=[make_token(alert, "unsubscribe")]))
