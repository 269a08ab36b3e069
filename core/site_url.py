"""The site's one public base URL (settings.SITE_URL), for every absolute URL it writes.

Pages' own full URLs come from Wagtail's Site record (canonical, hreflang, sitemap, JobPosting,
iCal, the API's links); everything else (robots.txt, feeds, the API's results, views outside the
page tree, e-mails) is built here. Both agree because `sync_site()` writes SITE_URL into the
default Site (`manage.py sync_site_url`, run by scripts/run.sh and the deployment steps), and
`check --deploy` fails when SITE_URL is missing in production or names a host that
ALLOWED_HOSTS refuses. The address a request came in on is never used: behind a proxy or on
another allowed name it would differ from one page to the next.
"""

import copy
import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.db import connection
from django.http.request import validate_host


def site_url():
    """SITE_URL without a trailing slash, e.g. "https://carrieres.example.org"."""
    return settings.SITE_URL.rstrip("/")


def absolute(path):
    """The public URL of a path of this site ("/fr/offres/" → "https://…/fr/offres/"); a URL
    that is already absolute is returned as it is."""
    if path.startswith(("http://", "https://")):
        return path
    return site_url() + "/" + path.lstrip("/")


def public_request(request):
    """A copy of `request` that reads as if it had come to SITE_URL, for code of Django's or
    Wagtail's that builds absolute URLs from the request (the sitemap index)."""
    parts = urlsplit(site_url())
    public = copy.copy(request)
    public.META = {**request.META, "HTTP_HOST": parts.netloc, "wsgi.url_scheme": parts.scheme}
    public.environ = public.META  # WSGIRequest reads the scheme from `environ`
    proxy_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if proxy_header:
        header, secure = proxy_header
        public.META[header] = secure if parts.scheme == "https" else "http"
    return public


def with_public_host(view):
    """Serve `view` with `public_request()`: its absolute URLs name SITE_URL."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        return view(public_request(request), *args, **kwargs)

    return wrapped


def site_address():
    """(hostname, port) of SITE_URL, as Wagtail's Site record stores them."""
    parts = urlsplit(site_url())
    return parts.hostname or "localhost", parts.port or (443 if parts.scheme == "https" else 80)


def sync_site(site):
    """Give `site` SITE_URL's host name and port; True when that changed it."""
    hostname, port = site_address()
    if (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return True


@checks.register(checks.Tags.security, deploy=True)
def check_site_url(app_configs, **kwargs):
    """`manage.py check --deploy`: a production site needs its public address."""
    value = getattr(settings, "SITE_URL", "")
    parts = urlsplit(value)
    if not value or parts.scheme not in ("http", "https") or not parts.hostname:
        return [
            checks.Error(
                "SITE_URL must be the site's public base URL, e.g. https://carrieres.example.org.",
                hint="Every absolute URL (feeds, API, sitemap, e-mails) is built from it.",
                id="core.E001",
            )
        ]
    errors = []
    if parts.scheme != "https":
        errors.append(
            checks.Warning(
                f"SITE_URL is {value}: links in feeds and e-mails will not use HTTPS.",
                id="core.W001",
            )
        )
    if not validate_host(parts.hostname, settings.ALLOWED_HOSTS):
        errors.append(
            checks.Error(
                f"SITE_URL's host {parts.hostname!r} is not in ALLOWED_HOSTS.",
                hint="Visitors following the site's own links would get a 400.",
                id="core.E002",
            )
        )
    return errors


@checks.register(checks.Tags.database)
def check_site_record(app_configs, databases=None, **kwargs):
    """`manage.py check --database default`: the Site record says the same address."""
    if not databases:
        return []
    from wagtail.models import Site  # a model: only once the app registry is ready

    # `migrate` runs this check before it creates the table: nothing to compare then.
    if Site._meta.db_table not in connection.introspection.table_names():
        return []
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == site_address():
        return []
    return [
        checks.Warning(
            f"The default Site is {site.root_url}, SITE_URL is {site_url()}: pages' own URLs "
            "(canonical, sitemap, feeds' entries) and the rest would disagree.",
            hint="Run manage.py sync_site_url.",
            id="core.W002",
        )
    ]
