"""Requests that meet a database outage: read requests retried, then a 503 page, never a 500.

A PostgreSQL restart or fail-over closes every open connection and refuses new ones for a
moment (0.3 s when the load runs restart it). Requests caught in that moment used to fail with
a 500. Here a GET or HEAD whose view (or template) hits a connection error is run again after
a short pause, up to RETRY_DELAYS; reading a page twice changes nothing. A request that writes
(a form, an alert subscription) is not replayed: it gets the 503 page at once, which asks the
visitor to send it again (the browser's Back button keeps what they typed).

The 503 page says the site is briefly unavailable and sends Retry-After; like the 500 page, it
is rendered without context or database. Between attempts, connections the error left unusable
are closed (what Django does between requests), so the next attempt reconnects.

Only errors raised by views and templates come here (Django's process_exception); the database
is not used by the middleware before the view for anonymous visitors.
"""

import logging
import time

from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

# Seconds to wait before each new attempt: 1.7 s in all, longer than a restart's outage.
RETRY_DELAYS = (0.2, 0.5, 1.0)
READ_METHODS = ("GET", "HEAD")
RETRY_AFTER = 5  # seconds, the 503's Retry-After

# Lost or refused connections (and a server shutting down) are OperationalErrors; using a
# connection the error closed is an InterfaceError.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def unavailable_response():
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


def close_unusable_connections():
    for connection in connections.all(initialized_only=True):
        connection.close_if_unusable_or_obsolete()


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        delays = list(RETRY_DELAYS) if request.method in READ_METHODS else []
        while True:
            request.database_retry_left = bool(delays)
            request.database_failed = False
            response = self.get_response(request)
            if not (request.database_failed and request.database_retry_left):
                return response
            close_unusable_connections()
            time.sleep(delays.pop(0))

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_UNAVAILABLE):
            return None
        request.database_failed = True
        if request.database_retry_left:
            logger.warning(
                "Database unavailable (%r); the %s is tried again", exception, request.method
            )
            # Discarded by __call__, which runs the request again.
            return HttpResponse(status=503)
        logger.error("Database unavailable: answering 503", exc_info=exception)
        return unavailable_response()
