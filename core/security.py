"""Security headers: the Content-Security-Policy of the site and of the admin, and the HTTPS
settings production adds.

The public pages run with a strict policy: scripts and styles come from our own static files
only (no inline script, no `style` attribute), nothing may frame them, no plugin runs, forms
post to this site only. JSON-LD blocks (`<script type="application/ld+json">`) are data, which
CSP does not block.

The Wagtail admin cannot run under that policy yet: Wagtail 8 and wagtail-localize render
inline `<script>` elements in their widgets and panels (date pickers, inline panels, workflow
and translation editors; wagtail/wagtail#1288 is still open). The admin's pages therefore allow
inline scripts and styles, and nothing else more than the site; the pages an anonymous visitor
of the admin reaches (sign-in, two-factor step, password reset) keep the strict policy.
"""

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts

ADMIN_PREFIX = "/admin/"
# Admin pages shown before signing in: they have no inline script, so the strict policy holds.
ADMIN_STRICT_PREFIXES = ("/admin/login/", "/admin/password_reset/", "/admin/2fa/auth")


def site_policy(*, media_origins=(), frame_sources=(), report_uri=""):
    """The directives of every public page (django-csp's DIRECTIVES)."""
    media = [SELF, *media_origins]
    directives = {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": media,
        "media-src": media,
        "font-src": [SELF],
        "connect-src": [SELF],
        # Editors may embed videos from the hosts the operator lists (CSP_FRAME_SRC).
        "frame-src": [*frame_sources] or [NONE],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        # Nothing frames the site (clickjacking); X-Frame-Options says the same to old browsers.
        "frame-ancestors": [NONE],
    }
    if report_uri:
        directives["report-uri"] = [report_uri]
    return directives


def admin_policy(site):
    """The site's policy, loosened only where Wagtail's admin needs it."""
    directives = {
        key: list(value) if isinstance(value, list) else value for key, value in site.items()
    }
    directives["script-src"] = [SELF, UNSAFE_INLINE]
    directives["style-src"] = [SELF, UNSAFE_INLINE]
    # Image previews and the focal point editor draw from data: and blob: URLs.
    directives["img-src"] = [*site["img-src"], "data:", "blob:"]
    # The live preview is an iframe of an admin URL.
    directives["frame-src"] = [SELF, *[s for s in site["frame-src"] if s != NONE]]
    directives["frame-ancestors"] = [SELF]
    return directives


def is_admin_page(path):
    return path.startswith(ADMIN_PREFIX) and not path.startswith(ADMIN_STRICT_PREFIXES)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy on the admin's pages."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_page(request.path_info):
            from django.conf import settings

            return PolicyParts(
                config=settings.CONTENT_SECURITY_POLICY_ADMIN,
                update=parts.update,
                replace=parts.replace,
                nonce=parts.nonce,
            )
        return parts


def https_settings(env):
    """What production adds once the site is served over HTTPS (behind a proxy that sets
    X-Forwarded-Proto). Tests apply the same values to check the headers."""
    return {
        "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
        "SECURE_SSL_REDIRECT": env.bool("SECURE_SSL_REDIRECT", default=True),
        "SECURE_HSTS_SECONDS": env.int("SECURE_HSTS_SECONDS", default=31536000),
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True),
        "SECURE_HSTS_PRELOAD": env.bool("SECURE_HSTS_PRELOAD", default=True),
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "LANGUAGE_COOKIE_SECURE": True,
    }
