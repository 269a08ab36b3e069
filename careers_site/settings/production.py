"""Production: secrets come from the environment with no default, so a missing one fails loudly."""

from django.core.exceptions import ImproperlyConfigured

from careers_site.logging import build_logging
from careers_site.security import admin_policy, https_settings

from .base import *  # noqa: F403
from .base import CONTENT_SECURITY_POLICY, env

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

# HTTPS only: redirect, HSTS, secure cookies (careers_site/security.py).
vars().update(https_settings(env))
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = env.bool(
    "SECURE_SSL_REDIRECT", default=True
)
CONTENT_SECURITY_POLICY_ADMIN = admin_policy(CONTENT_SECURITY_POLICY["DIRECTIVES"])

# Anonymous pages are served from the page cache for 5 minutes unless an editor publishes.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)

# JSON lines on stdout for the log collector (careers_site/logging.py); LOG_FORMAT=plain to read
# them by eye.
LOGGING = build_logging(env.str("LOG_FORMAT", default="json"), env("LOG_LEVEL"))
# Load balancers probe instances over plain HTTP, often without X-Forwarded-Proto: /healthz
# answers them instead of redirecting to HTTPS.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
