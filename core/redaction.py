"""What never leaves the process in logs or error reports: e-mail addresses and query strings.

Offer alerts are keyed by an e-mail address and their links carry signed tokens; a log line
or an error report must not copy either to a third party or to everyone who reads the logs.
"""

import re

# The local parts people use (RFC 5322 allows more, e.g. "/", "?", "=", which would swallow
# the path or query around an address).
# The "@" may be percent-encoded, as in a URL's query string ("email=someone%40x.org").
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", re.IGNORECASE)
REDACTED_EMAIL = "[email]"


def redact_emails(text):
    return EMAIL.sub(REDACTED_EMAIL, text)


def without_query(url):
    """A URL or path without its query string or fragment."""
    return url.split("?", 1)[0].split("#", 1)[0]


def redact_url_tokens(text, request):
    """`text` without the token of `request`'s URL (a `<token>` in its route: alert links).
    Whoever reads the logs must not be able to open someone's alerts."""
    match = getattr(request, "resolver_match", None)
    token = match.kwargs.get("token") if match else None
    if isinstance(token, str) and token:
        return text.replace(token, "[token]")
    return text
