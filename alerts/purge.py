"""What the service forgets, and when (run by `purge_alerts`, and first by `send_offer_alerts`
so that one daily job is enough; it runs even while the service is paused).

- Requests never confirmed: deleted ALERTS_UNCONFIRMED_DAYS (7) after they were made; their
  confirmation link expires at the same time.
- Alerts unsubscribed: deleted ALERTS_UNSUBSCRIBED_DAYS (30) after unsubscribing (until then
  the manage page can resume them).
- Records of offers sent, once they can no longer matter (older than the alert's last check
  and than SENT_RECORD_DAYS), and digests (counts only) after DIGEST_DAYS.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from .digests import LOOKBACK
from .models import Alert, Digest, SentOffer

SENT_RECORD_DAYS = 30
DIGEST_DAYS = 90


def purge(now=None):
    now = now or timezone.now()
    unconfirmed_days = getattr(settings, "ALERTS_UNCONFIRMED_DAYS", 7)
    unsubscribed_days = getattr(settings, "ALERTS_UNSUBSCRIBED_DAYS", 30)
    unconfirmed = Alert.objects.pending().filter(created_at__lt=now - timedelta(unconfirmed_days))
    unsubscribed = Alert.objects.unsubscribed().filter(
        unsubscribed_at__lt=now - timedelta(unsubscribed_days)
    )
    old_records = SentOffer.objects.filter(
        created_at__lt=now - timedelta(SENT_RECORD_DAYS),
        created_at__lte=F("alert__checked_until") - LOOKBACK,
    )
    old_digests = Digest.objects.filter(created_at__lt=now - timedelta(DIGEST_DAYS))
    return {
        "unconfirmed": _delete(unconfirmed, Alert),
        "unsubscribed": _delete(unsubscribed, Alert),
        "sent_records": _delete(old_records, SentOffer),
        "digests": _delete(old_digests, Digest),
    }


def _delete(queryset, model):
    return queryset.delete()[1].get(model._meta.label, 0)
