"""Submissions per client over time, without keeping addresses.

The client's address is hashed with the secret key and the current window, and only that
hash is kept, in the cache, for the length of the window: afterwards nothing links a count to
an address. With several app processes, the cache must be shared (Redis) for the limit to hold.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

from careers_site.client_ip import client_ip


def client_key(request, scope, window):
    start = int(time.time() // window)
    # Behind the reverse proxies (TRUSTED_PROXY_COUNT), the visitor's address, not the proxy's.
    address = client_ip(request) or ""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}|{scope}|{start}|{address}".encode())
    return f"rate:{scope}:{digest.hexdigest()[:32]}"


def allow(request, scope, limit, window):
    """Count one attempt for this client; False once it has made `limit` in this window."""
    key = client_key(request, scope, window)
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
