"""Settings shared by every environment.

Every value that differs between machines is read here, once, from the environment
(django-environ), with an embedded default that runs the portal with no set-up:
SQLite, Wagtail's database search backend, local media, local-memory cache.
"""

from pathlib import Path

import environ

from careers_site.storage import document_serve_method, media_storage
from editorial.machine_translation import machine_translator
from search.config import elasticsearch_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    SECRET_KEY=(str, ""),
    ALLOWED_HOSTS=(list, ["localhost", "127.0.0.1", "[::1]"]),
    CSRF_TRUSTED_ORIGINS=(list, []),
    DATABASE_URL=(str, f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
    MEDIA_ROOT=(str, str(BASE_DIR / "media")),
    STATIC_ROOT=(str, str(BASE_DIR / "staticfiles")),
    WAGTAILADMIN_BASE_URL=(str, "http://127.0.0.1:8000"),
    SITE_NAME=(str, "Inserm — Carrières"),
    ORGANIZATION_NAME=(str, "Inserm"),
    ORGANIZATION_URL=(str, "https://www.inserm.fr"),
    EMAIL_URL=(str, "consolemail://"),
    DEFAULT_FROM_EMAIL=(str, "noreply@localhost"),
    LOG_LEVEL=(str, "INFO"),
    ELASTICSEARCH_URL=(str, ""),
    ELASTICSEARCH_INDEX_PREFIX=(str, "careers_"),
    ELASTICSEARCH_TIMEOUT=(float, 2.0),
    DEEPL_API_KEY=(str, ""),
    DEEPL_API_URL=(str, ""),
)

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "editorial",
    "home",
    "guides",
    "offers",
    "search",
    "alerts",
    "wagtail_localize",
    # Replaces wagtail.locales: adds "synchronise from" to the locale editor.
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django documents LocaleMiddleware after SessionMiddleware and before CommonMiddleware.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Pages built for a visitor's chosen region are private to that visitor.
    "home.regions.RegionalCacheMiddleware",
]

ROOT_URLCONF = "careers_site.urls"
WSGI_APPLICATION = "careers_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "careers_site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "careers_site.context_processors.site",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# French is the default and the source locale; English is its translation.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# "Translate with DeepL" in the translation editor when a key is set; no button otherwise.
# DEEPL_API_URL defaults to DeepL's own (free keys, ending in ":fx", use api-free.deepl.com).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(env("DEEPL_API_KEY"), env("DEEPL_API_URL"))
# Each editor chooses the admin's language in their account settings.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# No Gravatar: the admin makes no request to a third party about its users.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

# --- Static and media --------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT")
# Local files in MEDIA_ROOT by default; S3-compatible object storage when
# AWS_STORAGE_BUCKET_NAME is set (careers_site/storage.py reads the AWS_* variables).
STORAGES = {
    "default": media_storage(env),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Cache -----------------------------------------------------------------
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}

# --- E-mail ------------------------------------------------------------------
vars().update(env.email_url("EMAIL_URL"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")

# --- Offer alerts (alerts/) ----------------------------------------------------
# Editors switch the service off in admin › Settings › Offer alerts. Retention, in days:
# requests never confirmed (and their links), then alerts after unsubscribing.
ALERTS_UNCONFIRMED_DAYS = env.int("ALERTS_UNCONFIRMED_DAYS", default=7)
ALERTS_UNSUBSCRIBED_DAYS = env.int("ALERTS_UNSUBSCRIBED_DAYS", default=30)
# Unsubscribe and manage links in e-mails stay valid this long (each digest brings new ones).
ALERTS_LINK_DAYS = env.int("ALERTS_LINK_DAYS", default=365)
# Abuse limits: subscriptions per client per hour, confirmation e-mails per address per day,
# alerts per address.
ALERTS_SUBSCRIBE_PER_HOUR = env.int("ALERTS_SUBSCRIBE_PER_HOUR", default=10)
ALERTS_CONFIRMATIONS_PER_ADDRESS = env.int("ALERTS_CONFIRMATIONS_PER_ADDRESS", default=5)
ALERTS_MAX_PER_ADDRESS = env.int("ALERTS_MAX_PER_ADDRESS", default=20)

# --- Wagtail -----------------------------------------------------------------
WAGTAIL_SITE_NAME = env("SITE_NAME")
# The employer named in job postings' structured data (schema.org hiringOrganization).
ORGANIZATION_NAME = env("ORGANIZATION_NAME")
ORGANIZATION_URL = env("ORGANIZATION_URL")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")
# The database backend (French and English analysis, see search/database) is always kept up to
# date: it answers alone by default, and when Elasticsearch is set it answers whenever the
# engine cannot (search/engine.py). Elasticsearch has one index per language.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.database"}}
if env("ELASTICSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS.update(
        elasticsearch_backends(
            env("ELASTICSEARCH_URL"),
            index_prefix=env("ELASTICSEARCH_INDEX_PREFIX"),
            timeout=env("ELASTICSEARCH_TIMEOUT"),
        )
    )

# --- Uploads (home/uploads.py checks every file against these) -------------------
# Documents: only these formats, each checked by its content as well as its name.
WAGTAILDOCS_EXTENSIONS = [
    ext.lower().lstrip(".")
    for ext in env.list("DOCUMENT_EXTENSIONS", default=["pdf", "docx", "odt", "xlsx"])
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(env.float("DOCUMENT_MAX_UPLOAD_MB", default=10) * 1024 * 1024)
# Images: Wagtail checks that the content matches the extension (SVG is never allowed here).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(env.float("IMAGE_MAX_UPLOAD_MB", default=10) * 1024 * 1024)
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.uploads.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.uploads.ImageForm"
# Documents are always served through Wagtail's view (careers_site/urls.py wraps it with safe
# headers), which applies collection privacy and the before_serve_document hooks first. Then:
# - local files: "serve_view" streams the file from Django (MEDIA_ROOT is never served
#   directly in production);
# - S3: "redirect" sends the visitor to a signed URL that expires (AWS_QUERYSTRING_EXPIRE), so
#   no gunicorn worker is held for the length of a slow download, and the file comes from the
#   storage's own origin, which holds no cookie of this site. The signed URL forces the
#   Content-Type and Content-Disposition (home/document_serving.py). Never "direct": links
#   would point at the storage and skip the privacy checks.
WAGTAILDOCS_SERVE_METHOD = document_serve_method(STORAGES["default"])
# PDFs open in the browser's viewer; every other document is downloaded (Wagtail's default,
# written out because home/document_serving.py builds its headers on it).
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Editors write slugs in each language: /fr/offres/ and /en/offers/.
WAGTAIL_ALLOW_UNICODE_SLUGS = False


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # One line per background task (search index, reference index) is noise.
        "django_tasks": {"level": "WARNING"},
    },
}
