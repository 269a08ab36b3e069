"""Submissions per client (or per e-mail address asked for) over time, without keeping addresses.

The client's address is hashed with the secret key and the current window, and only that
hash is kept, in the cache, for the length of the window: afterwards nothing links a count to
an address. With several app processes, the cache must be shared (Redis) for the limit to hold.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

from core.client_ip import client_ip


def _key(scope, window, identity):
    start = int(time.time() // window)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}|{scope}|{start}|{identity}".encode())
    return f"rate:{scope}:{digest.hexdigest()[:32]}"


def client_key(request, scope, window):
    # Behind the reverse proxies (TRUSTED_PROXY_COUNT), the visitor's address, not the proxy's.
    return _key(scope, window, client_ip(request) or "")


def allow(request, scope, limit, window):
    """Count one attempt for this client; False once it has made `limit` in this window."""
    return _count(client_key(request, scope, window), limit, window)


def allow_value(scope, value, limit, window):
    """Count one attempt for `value` (an e-mail address asked for, whoever asks); False once
    it has had `limit` in this window. Kept as a keyed hash too, never as the value."""
    return _count(_key(scope, window, value), limit, window)


def _count(key, limit, window):
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window)
        return True
    # None: the shared cache is unreachable (Redis fails open, settings/base.py). Visitors are
    # let through rather than refused for an outage of ours.
    return count is None or count <= limit
