"""Settings shared by every environment.

Every value that differs between machines is read here, once, from the environment
(django-environ), with an embedded default that runs the portal with no set-up:
SQLite, Wagtail's database search backend, local media, local-memory cache.
"""

from datetime import timedelta
from pathlib import Path

import environ

from core.error_reporting import init_error_reporting
from core.frontend_cache import frontend_cache_backends
from core.logging import build_logging
from core.security import admin_policy, site_policy
from core.storage import document_serve_method, media_origins, media_storage
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
    SITE_URL=(str, "http://127.0.0.1:8000"),
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
    REDIS_URL=(str, ""),
    CACHE_KEY_PREFIX=(str, "careers"),
    CSP_REPORT_URI=(str, ""),
)

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The composition root is an app for its site-wide commands (benchmark).
    "careers_site",
    "demo",
    "editorial",
    "home",
    "guides",
    "offers",
    "search",
    "alerts",
    "core",
    # Admin sign-in security (see "Sign-in security" below). Not "wagtail_2fa": its
    # wagtail_hooks cannot be imported on Wagtail 8; core.signin registers its views.
    "core.signin",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
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
    "wagtail.contrib.frontend_cache",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.request_log.RequestLogMiddleware",
    # Security headers come first so every response has them, cached pages and errors too.
    "core.security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Before anything reads the address or the cookies: a NUL character in the address is a 400
    # page, in a cookie the cookie is ignored (PostgreSQL refuses it in a query: a 500).
    "core.nul_characters.NulCharacterMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session and everything per-visitor: a cached page costs two cache reads.
    "core.page_cache.PageCacheMiddleware",
    # The request's Wagtail site from the cache (Wagtail asks the database on every request).
    "core.fragment_cache.SiteLookupMiddleware",
    # Retries a read that met a database outage, then answers 503 (never 500); it reruns
    # everything below it.
    "core.database_outage.DatabaseOutageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django documents LocaleMiddleware after SessionMiddleware and before CommonMiddleware.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before the CSRF check: a POST, PUT, DELETE… to the offers API is a 405, not a 403.
    "offers.api.ReadOnlyApiMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After AuthenticationMiddleware (django-otp's rule): asks signed-in users for their code.
    "core.signin.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Wagtail's page view routed from the home page kept in the cache (no queries to find it).
    "home.routing_middleware.HomeRoutingMiddleware",
    # Pages built for a visitor's chosen region are private to that visitor.
    "home.regions.RegionalCacheMiddleware",
    # Last, as django-axes documents: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
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
# Each worker keeps its connection for a minute: a PostgreSQL connection costs a few ms to open
# (more over TLS); a SQLite one parses the schema again on its first query and gets Django's
# functions registered, about 3 to 5 ms of CPU per request under gunicorn (the home page 15.6 ->
# 12.8 ms, the listing 19.4 -> 14.2, measured per worker). The development server closes its
# threads' connections after each request anyway.
_POSTGRESQL = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
# A persistent connection broken by a database restart is replaced before the next request
# uses it, instead of failing that request.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if _POSTGRESQL:
    # PostgreSQL's JIT compiler spent 1.7 s compiling a 0.3 s report query (issue 8); the
    # portal's queries are short OLTP ones that never repay it.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
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
# British English dates and times, French thousands with a no-break space (careers_site/formats/).
FORMAT_MODULE_PATH = ["careers_site.formats"]

# --- Editorial rights --------------------------------------------------------
# The editorial app decides who may do what (editorial/permissions.py); the content apps, a
# layer below it, ask through these names rather than importing it (docs/architecture.md).
PAGE_PERMISSION_TESTER = "editorial.permissions.EditorialPermissionTester"
OFFER_REGIONS_FOR_USER = "editorial.permissions.offer_regions"
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
# AWS_STORAGE_BUCKET_NAME is set (core/storage.py reads the AWS_* variables).
STORAGES = {
    "default": media_storage(env),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Cache -----------------------------------------------------------------
# Redis (REDIS_URL) is shared by every app process: page cache, rate limits, search fallback
# state. It is a cache only and fails open: when Redis is down, reads miss and writes are
# dropped (and logged), pages are built from the database, and nobody is signed out because
# sessions live in the database. Without Redis, each process has its own memory cache.
if env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": env("CACHE_KEY_PREFIX"),
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                # A stopped or unreachable Redis costs a request at most this long.
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
            },
        }
    }
    # Not one error line per cache call while Redis is down (that flood slowed every request):
    # /healthz reports the cache as "error" and the status "degraded" instead.
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
else:
    CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}

# Full-page cache for anonymous visitors (core/page_cache.py); 0 turns it off. Shared
# caches (a CDN) may keep pages this long, as they are purged on publish; browsers, which
# cannot be purged, keep them PAGE_CACHE_BROWSER_SECONDS.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
PAGE_CACHE_BROWSER_SECONDS = env.int("PAGE_CACHE_BROWSER_SECONDS", default=60)
# Cookies that make a page personal: a request carrying one (or the session cookie) is neither
# served from the page cache nor stored in it. "region" is home.regions.COOKIE (the visitor's
# chosen region); home's system check fails at start-up if the two part ways.
PAGE_CACHE_PERSONAL_COOKIES = ("region",)
# What many pages share (navigation, footer, breadcrumbs, language versions) is cached this
# long under the content generation, which publishing and snippet saves renew
# (core/fragment_cache.py); 0 turns it off.
FRAGMENT_CACHE_SECONDS = 3600
# Site search keeps each query's ranked page of results this long, under the same content
# generation, and never past the moment a page leaves search (an offer's deadline):
# search/result_cache.py. Ranking a word found in most of 10,000 offers reads every match;
# visitors search the same few words. 0 turns it off.
SEARCH_RESULTS_CACHE_SECONDS = env.int("SEARCH_RESULTS_CACHE_SECONDS", default=300)
# Publishing purges pages through Wagtail's frontend cache: this site's own page cache always,
# and a CDN or reverse proxy when configured (core/frontend_cache.py).
WAGTAILFRONTENDCACHE = frontend_cache_backends(env)

# --- Security headers (core/security.py) ---------------------------------
# Strict on the site; the admin allows inline scripts and styles, which Wagtail still needs.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": site_policy(
        media_origins=media_origins(env),
        frame_sources=env.list("CSP_FRAME_SRC", default=[]),
        report_uri=env("CSP_REPORT_URI"),
    )
}
CONTENT_SECURITY_POLICY_ADMIN = admin_policy(CONTENT_SECURITY_POLICY["DIRECTIVES"])
# No page of the portal uses a device API; browsers refuse them to every frame.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "browsing-topics",
    )
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
# An editor's session ends after 8 hours without activity, not 2 weeks.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 3600)

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
# The site's public base URL: every absolute URL it writes starts with it (core/site_url.py);
# scripts/run.sh sets it from PORT_BIND, and `manage.py sync_site_url` writes it into the Site.
SITE_URL = env("SITE_URL")
WAGTAILADMIN_BASE_URL = SITE_URL  # links in Wagtail's own e-mails
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

# --- Uploads (core/uploads.py checks every file against these) -------------------
# Documents: only these formats, each checked by its content as well as its name.
WAGTAILDOCS_EXTENSIONS = [
    ext.lower().lstrip(".")
    for ext in env.list("DOCUMENT_EXTENSIONS", default=["pdf", "docx", "odt", "xlsx"])
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(env.float("DOCUMENT_MAX_UPLOAD_MB", default=10) * 1024 * 1024)
# Images: Wagtail checks that the content matches the extension (SVG is never allowed here).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(env.float("IMAGE_MAX_UPLOAD_MB", default=10) * 1024 * 1024)
# At most 52 megapixels (width × height), whatever the file's size: a 15 KB PNG can declare
# 11000 × 11000 pixels, which take half a gigabyte once decoded, plus the rendition's working
# copies, in each worker that renders it. The largest photos editors bring come from
# 50-megapixel cameras (8688 × 5792 = 50.3 million pixels; medium format 8256 × 6192 = 51.1
# million), about 160 MB decoded; the site never shows an image wider than 1200 pixels. The
# size is read from the header before anything decodes the image, at upload and at render
# time (core/image_pixels.py; Pillow's MAX_IMAGE_PIXELS is set to the same limit).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(env.float("IMAGE_MAX_MEGAPIXELS", default=52) * 1_000_000)
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.uploads.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.uploads.ImageForm"
# Documents are always served through Wagtail's view (careers_site/urls.py wraps it with safe
# headers), which applies collection privacy and the before_serve_document hooks first. Then:
# - local files: "serve_view" streams the file from Django (MEDIA_ROOT is never served
#   directly in production);
# - S3: "redirect" sends the visitor to a signed URL that expires (AWS_QUERYSTRING_EXPIRE), so
#   no gunicorn worker is held for the length of a slow download, and the file comes from the
#   storage's own origin, which holds no cookie of this site. The signed URL forces the
#   Content-Type and Content-Disposition (core/document_serving.py). Never "direct": links
#   would point at the storage and skip the privacy checks.
WAGTAILDOCS_SERVE_METHOD = document_serve_method(STORAGES["default"])
# PDFs open in the browser's viewer; every other document is downloaded (Wagtail's default,
# written out because core/document_serving.py builds its headers on it).
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Editors write slugs in each language: /fr/offres/ and /en/offers/.
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# --- Sign-in security (core/signin/) -------------------------------------
# django-axes counts failed admin sign-ins in the database (its default handler, shared by
# every app process) and refuses further tries for a while. django.contrib.admin is installed
# but not routed, so Wagtail's /admin/login/ is the only password form.
AUTHENTICATION_BACKENDS = [
    # First, so a locked-out sign-in is refused before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
# Locked per username AND address: a lock by username alone would let anyone who knows an
# editor's username lock them out from everywhere, and one by address alone would lock a
# whole office behind one NAT address out. The price: one address may still try 5 passwords
# on each of many usernames (strong passwords, two-factor sign-in and rate limits at the
# proxy are the defence there). Usernames count case-folded (core/signin/lockout.py).
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "core.signin.lockout.attempted_username"
AXES_RESET_ON_SUCCESS = True
# A try during the lockout restarts the wait, so "try again in 15 minutes" on the page holds.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = True
# Failed attempts are kept until their cool-off is over (axes deletes expired ones at the next
# sign-in, anyone's). No table of every successful sign-in (address, browser) that nothing
# would ever purge: axes still logs each sign-in, username and address masked, to the log.
AXES_DISABLE_ACCESS_LOG = True
AXES_LOCKOUT_CALLABLE = "core.signin.lockout.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# The client's address. TRUSTED_PROXY_COUNT = the number of reverse proxies in front of the
# app (nginx, a load balancer, a CDN...), each appending to X-Forwarded-For; 0 (the default)
# reads REMOTE_ADDR and ignores the header, which a client could otherwise forge. Read by our
# own function: axes' AXES_IPWARE_* settings need django-ipware, which is not installed.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
# The admin's password-reset form, an hour: requests per client address, and e-mails per address
# asked for, whoever asks (core/signin/password_reset.py; HTTP 429 past either).
PASSWORD_RESET_PER_CLIENT = env.int("PASSWORD_RESET_PER_CLIENT", default=5)
PASSWORD_RESET_PER_EMAIL = env.int("PASSWORD_RESET_PER_EMAIL", default=3)

# Two-factor sign-in (TOTP) with wagtail-2fa, optional: nobody is forced, every admin user
# may turn it on for themselves (account settings › More actions › Two-factor sign-in), and
# once they have, every sign-in asks for the code after the password. An operator forces it
# on everyone with WAGTAIL_2FA_REQUIRED=True: users without an authenticator are then sent to
# set one up before anything else. wagtail-2fa alone cannot do "optional but always asked of
# those who turned it on" (core/signin/middleware.py says why); a wrong code is
# throttled by django-otp (each failure doubles the wait before the next try).
WAGTAIL_2FA_REQUIRED = env.bool("WAGTAIL_2FA_REQUIRED", default=False)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME


# --- Logs and error reporting ---------------------------------------------------
# LOG_FORMAT: "plain" text here, JSON lines in production (settings/production.py);
# core/logging.py. Errors go to Sentry only when SENTRY_DSN is set.
LOGGING = build_logging(env.str("LOG_FORMAT", default="plain"), env("LOG_LEVEL"))
init_error_reporting(env)
