"""Optional error reporting to Sentry (or any Sentry-compatible service, e.g. GlitchTip).

Off unless SENTRY_DSN is set. What is sent is limited on purpose: no personal data
(Sentry's default, no cookies, user or IP address), no request bodies (forms carry
addresses, comments and answers to the anonymous questionnaire), no local variables of stack
frames, and `scrub` removes query
strings (alert links and searches) and e-mail addresses from whatever else an event holds
(exception messages, log messages, breadcrumbs).

Read by the settings, so Sentry's Django integration is imported only when it is used.
"""

from .redaction import redact_emails, without_query
from .version import app_version


def init_error_reporting(env):
    """Start the Sentry client when SENTRY_DSN is set; returns whether it was started."""
    dsn = env.str("SENTRY_DSN", default="")
    if not dsn:
        return False
    import sentry_sdk

    sentry_sdk.init(
        dsn=dsn,
        environment=env.str("SENTRY_ENVIRONMENT", default="") or None,
        release=app_version(),
        # Performance tracing costs a request to the service per sampled request: off unless
        # the operator asks for a share of the traffic (0.0–1.0).
        traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
        # Neither `send_default_pii` nor `data_collection`: left unset, the SDK collects no
        # personal data. Passing send_default_pii=False is deprecated in recent 2.x releases,
        # and passing data_collection, even {}, turns its permissive defaults on.
        max_request_body_size="never",
        # Stack frames' local variables hold requests (with their query strings), forms and
        # addresses: the traceback's lines and source context are enough.
        include_local_variables=False,
        before_send=scrub,
        before_send_transaction=scrub,
    )
    return True


def scrub(event, hint=None):
    """The event without query strings or e-mail addresses (Sentry's before_send hook)."""
    request = event.get("request")
    if isinstance(request, dict):
        request.pop("query_string", None)
        request.pop("data", None)
        request.pop("cookies", None)
        if isinstance(request.get("url"), str):
            request["url"] = without_query(request["url"])
    for crumb in (event.get("breadcrumbs") or {}).get("values", []):
        data = crumb.get("data") if isinstance(crumb, dict) else None
        if isinstance(data, dict) and isinstance(data.get("url"), str):
            data["url"] = without_query(data["url"])
            data.pop("http.query", None)
    return _redact(event)


def _redact(value):
    if isinstance(value, str):
        return redact_emails(value)
    if isinstance(value, dict):
        return {key: _redact(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_redact(item) for item in value]
    return value
