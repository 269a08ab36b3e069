"""One log line per request, with a request id that the response echoes in `X-Request-ID`.

The line carries the method, the path (never the query string: alert links and filtered
searches carry tokens and personal choices; never an e-mail address), the status, the time spent
in Django and the request id. A proxy or CDN in front may send its own `X-Request-ID`: it is
kept when it looks like an id, so one id follows the request through every tier; anything else
(too long, spaces, control characters that could forge log lines) is replaced by a new one.
"""

import logging
import re
import time
import uuid

from .redaction import redact_emails, redact_url_tokens

logger = logging.getLogger("careers_site.request")

REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
HEADER = "X-Request-ID"
# The health check's address (careers_site/urls.py). Load balancers ask for it every few
# seconds: its successes are logged at DEBUG only.
HEALTH_CHECK_PATH = "/healthz"
QUIET_PATHS = (HEALTH_CHECK_PATH,)


def request_id_of(request):
    incoming = request.headers.get(HEADER, "")
    if REQUEST_ID.fullmatch(incoming):
        return incoming
    return uuid.uuid4().hex


def loggable_path(request):
    """The path, without URL tokens or e-mail addresses."""
    return redact_emails(redact_url_tokens(request.path, request))


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_of(request)
        started = time.perf_counter()
        # Django turns a view's exception into a 500 response before it reaches this point
        # (and django.request logs the traceback), so every request gets its line.
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        response[HEADER] = request.request_id
        path = loggable_path(request)
        status = response.status_code
        quiet = request.path in QUIET_PATHS and status < 400
        logger.log(
            logging.DEBUG if quiet else logging.INFO,
            "%s %s %s %.1f ms",
            request.method,
            path,
            status,
            duration_ms,
            extra={
                "method": request.method,
                "path": path,
                "status": status,
                "duration_ms": duration_ms,
                "request_id": request.request_id,
            },
        )
        return response
