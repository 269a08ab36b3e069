"""Where a publish purges pages: Wagtail's frontend-cache backends, from the environment.

This site's own page cache is always purged. A CDN or reverse proxy in front of the site is
purged too when configured: an HTTP cache that accepts PURGE requests (Varnish, nginx with a
purge module: FRONTEND_CACHE_PURGE_URL), Cloudflare (CLOUDFLARE_ZONE_ID and
CLOUDFLARE_BEARER_TOKEN) or CloudFront (CLOUDFRONT_DISTRIBUTION_ID, AWS credentials from the
environment).
"""


def frontend_cache_backends(env):
    """WAGTAILFRONTENDCACHE for this environment (`env` is a django-environ Env)."""
    backends = {"page_cache": {"BACKEND": "core.page_cache.PageCacheBackend"}}
    purge_url = env.str("FRONTEND_CACHE_PURGE_URL", default="")
    if purge_url:
        backends["http"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": purge_url,
        }
    zone = env.str("CLOUDFLARE_ZONE_ID", default="")
    if zone:
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": zone,
            "BEARER_TOKEN": env.str("CLOUDFLARE_BEARER_TOKEN"),
        }
    distribution = env.str("CLOUDFRONT_DISTRIBUTION_ID", default="")
    if distribution:
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": distribution,
        }
    return backends
