"""The LOGGING setting: JSON lines on stdout in production, plain text in development and tests.

One record per line whatever happens (a traceback is the `exc_info` field of its record), so a
log shipper never splits a record, and every line has `time` (ISO 8601, UTC), `level`, `logger`
and `message`, plus whatever the caller passed in `extra` (the request log adds method, path,
status, duration_ms and request_id: core/request_log.py).

gunicorn.conf.py uses the same configuration, so the app server's own lines look the same.
"""

import logging

from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter as BaseJsonFormatter

from .redaction import redact_emails, redact_url_tokens

FORMATS = ("json", "plain")


class Redact(logging.Filter):
    """Replaces e-mail addresses and URL tokens in every message: django.request writes
    "Not Found: <path>" or "Bad Request: <path>", and a path may hold either."""

    def filter(self, record):
        message = record.getMessage()
        redacted = redact_emails(redact_url_tokens(message, getattr(record, "request", None)))
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


class JsonFormatter(BaseJsonFormatter):
    """python-json-logger's formatter with our field names and UTC ISO 8601 times."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("fmt", "%(levelname)s %(name)s %(message)s")
        kwargs.setdefault("rename_fields", {"levelname": "level", "name": "logger"})
        # A timezone-aware UTC datetime, written as ISO 8601 ("2026-11-21T12:52:40.123+00:00").
        kwargs.setdefault("timestamp", "time")
        # django.request and django.server attach the request object to their records; its
        # repr carries the query string (signed alert tokens), so it is never written out.
        kwargs.setdefault("reserved_attrs", [*RESERVED_ATTRS, "request", "server_time"])
        super().__init__(*args, **kwargs)


def build_logging(log_format="plain", level="INFO", access_log=False):
    """The LOGGING dict for `log_format` ("json" or "plain"; anything else is refused).

    `access_log`: gunicorn's own access lines (gunicorn.conf.py); off, the request log of
    core/request_log.py is the only line per request.
    """
    if log_format not in FORMATS:
        raise ValueError(f"LOG_FORMAT must be one of {', '.join(FORMATS)}, not {log_format!r}.")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
            "json": {"()": JsonFormatter},
        },
        "filters": {"redact": {"()": Redact}},
        "handlers": {
            # stdout: the process manager (systemd, the container runtime) collects it.
            "console": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
                "formatter": log_format,
                "filters": ["redact"],
            }
        },
        "root": {"handlers": ["console"], "level": level.upper()},
        "loggers": {
            "django.db.backends": {"level": "WARNING"},
            # One line per background task (search index, reference index) is noise.
            "django_tasks": {"level": "WARNING"},
            # django-axes announces its version at every start of every command.
            "axes.apps": {"level": "WARNING"},
            # gunicorn configures these two with handlers of its own; here they go through the
            # root handler like everything else.
            "gunicorn.error": {"level": level.upper(), "handlers": [], "propagate": True},
            "gunicorn.access": {
                "level": "INFO" if access_log else "WARNING",
                "handlers": [],
                "propagate": True,
            },
        },
    }
