from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import index as sitemap_index
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from alerts import views as alert_views
from core import sitemaps
from core.document_serving import serve_document
from core.signin.password_reset import LimitedPasswordResetView
from core.site_url import with_public_host
from editorial import translation_rules
from home.regions import choose_region
from search import views as search_views

from .robots import robots_txt
from .views import healthz

SITEMAPS = {"sitemaps": sitemaps.SECTIONS}
handler404 = "careers_site.views.page_not_found"


def favicon(request):
    """/favicon.ico, which browsers and crawlers ask for whatever the page's <link rel="icon">
    says: the 32-pixel icon (static/img/), rather than a 404 on every first visit."""
    return HttpResponsePermanentRedirect(static("img/favicon-32.png"))


# Admin, documents and health stay outside the language prefix.
urlpatterns = [
    # Wagtail's password-reset form with limits per client and per address (signin/), before
    # Wagtail's own view at the same address.
    path(
        "admin/password_reset/",
        LimitedPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    # wagtail-localize's views with the roles' translation rules, before its own URLs for
    # the same addresses (editorial.translation_rules).
    path("admin/", include(translation_rules)),
    path("admin/", include(wagtailadmin_urls)),
    # RFC 8058 one-click unsubscribe (List-Unsubscribe-Post): the same in every language.
    path(
        "alerts/one-click/<str:token>/",
        alert_views.one_click_unsubscribe,
        name="alerts_one_click",
    ),
    # Wagtail's document view (privacy, collections, hooks), with safe headers added; it comes
    # before Wagtail's own URL for the same address and reverses to the same URLs.
    re_path(r"^documents/(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", healthz, name="healthz"),
    path("region/", choose_region, name="choose_region"),
    path(
        "sitemap.xml",
        # Django's index names its sections with the request's host: SITE_URL's instead.
        with_public_host(sitemap_index),
        SITEMAPS | {"sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap, SITEMAPS, name="sitemap_section"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
]

if settings.DEBUG:
    from django.conf.urls.static import static as media_patterns

    urlpatterns += media_patterns(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every page lives under /fr/ or /en/. "/" is redirected by LocaleMiddleware, from the
# browser's Accept-Language (French when unsure, LANGUAGE_CODE).
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("alerts/", include("alerts.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
