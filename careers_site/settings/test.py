"""Fast settings for the test suite (PostgreSQL when DATABASE_URL is set by scripts/test.sh)."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
# The browser tests' server process serves static files straight from the app folders.
WHITENOISE_USE_FINDERS = True
# Tests never write to a real Elasticsearch server's indexes, even with ELASTICSEARCH_URL set:
# the Elasticsearch tests configure their own backends with a prefix of their own.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.database"}}
