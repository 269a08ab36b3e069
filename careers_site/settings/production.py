"""Production: secrets come from the environment with no default, so a missing one fails loudly."""

from django.core.exceptions import ImproperlyConfigured

from core.logging import build_logging
from core.security import admin_policy, https_settings

from .base import *  # noqa: F403
from .base import CONTENT_SECURITY_POLICY, EMAIL_BACKEND, env

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
# No default address in production: `check --deploy` fails until SITE_URL is set
# (core/site_url.py), rather than every feed and e-mail pointing at 127.0.0.1.
SITE_URL = env.str("SITE_URL", default="")
WAGTAILADMIN_BASE_URL = SITE_URL
# The embedded default (consolemail://) would print every e-mail, password-reset links
# included, into the logs; memory and dummy backends would drop alert confirmations and
# messages to form recipients without a word. Refused at start-up, like a missing secret, rather
# than by `check --deploy`: instances start without anyone running it, and the first reset link
# is logged on the first request. SMTP is the real backend (filemail:// to a folder is accepted
# too, as an explicit choice: the load runs, which send nothing anyone reads, use it).
REFUSED_EMAIL_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
}
if EMAIL_BACKEND in REFUSED_EMAIL_BACKENDS:
    raise ImproperlyConfigured(
        "EMAIL_URL must name a real e-mail backend in production, such as "
        "smtp+tls://user:password@relay:587 (console, memory and dummy backends are refused)."
    )

# HTTPS only: redirect, HSTS, secure cookies (core/security.py).
vars().update(https_settings(env))
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = env.bool(
    "SECURE_SSL_REDIRECT", default=True
)
CONTENT_SECURITY_POLICY_ADMIN = admin_policy(CONTENT_SECURITY_POLICY["DIRECTIVES"])

# Anonymous pages are served from the page cache for 5 minutes unless an editor publishes.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)

# load_demo_content creates accounts with a known password (admin / inserm-demo, one per role):
# refused under these settings. Only the load runs, on a throwaway database that nobody else
# reaches, load it here, and they say so: `load_demo_content --allow-production-settings`.
DEMO_CONTENT_ALLOWED = False

# JSON lines on stdout for the log collector (core/logging.py); LOG_FORMAT=plain to read
# them by eye.
LOGGING = build_logging(env.str("LOG_FORMAT", default="json"), env("LOG_LEVEL"))
# Load balancers probe instances over plain HTTP, often without X-Forwarded-Proto: /healthz
# answers them instead of redirecting to HTTPS.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
