"""The client's address, as far as this site can know it: used by sign-in throttling
(django-axes) and by the visitors' form rate limits (core/rate_limit.py)."""

import ipaddress

from django.conf import settings


def _ip_or_none(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request):
    """The client's address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT reverse proxies the
    address the outermost of them received the request from.

    Each trusted proxy appends to X-Forwarded-For the address it was reached from, so with N
    proxies the client is the N-th entry from the right; entries further left were written by
    the client itself and may be forged (reading the left-most entry, as naive code does, lets
    anyone choose their address and so escape the lockout). A header with fewer entries than
    proxies (the request did not come through all of them) or an entry that is not an address
    falls back to REMOTE_ADDR.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if len(forwarded) >= count:
            address = _ip_or_none(forwarded[-count])
            if address:
                return address
    return _ip_or_none(request.META.get("REMOTE_ADDR", ""))
