"""Whether offer alerts are on (AlertSettings), without a query on every listing request.

The listing shows the "e-mail me new offers" link on every request, and its query count is
fixed (tests/test_performance.py): the switch is kept in the cache, forgotten when an editor
saves the setting, and re-read after a minute at most (processes with a local-memory cache
do not see each other's deletions).
"""

from django.core.cache import cache
from django.db.models.signals import post_save

CACHE_KEY = "offer-alerts-enabled"
CACHE_SECONDS = 60


def alerts_enabled():
    enabled = cache.get(CACHE_KEY)
    if enabled is None:
        from .models import AlertSettings

        enabled = AlertSettings.load().enabled
        cache.set(CACHE_KEY, enabled, CACHE_SECONDS)
    return enabled


def _forget(sender, **kwargs):
    cache.delete(CACHE_KEY)


def connect():
    from .models import AlertSettings

    post_save.connect(_forget, sender=AlertSettings, dispatch_uid="offer-alerts-switch")
