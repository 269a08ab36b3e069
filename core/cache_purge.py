"""What else leaves the page caches when content changes.

Wagtail's frontend cache purges a published or unpublished page's own URLs. A page also shows
on its ancestors (the offers listing lists it, the home page features it) and in its other
language versions (aliases show the French text), and the sitemap lists it; those are purged
here too, through the same backends (this site's page cache and a CDN when configured).
Snippets and site settings appear on many pages (contacts, regions, navigation, footer):
saving or deleting one purges the site's own cache entirely.

URLs are purged with the default Site's host name only; the site's own page cache drops the
path for every allowed host and every query string (core/page_cache.py).
"""

from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache, purge_urls_from_cache
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from core.page_cache import purge_all
from core.sitemaps import SECTIONS as SITEMAP_SECTIONS


def pages_showing(page):
    """The live pages other than `page` whose content depends on it."""
    ancestors = page.get_ancestors().filter(depth__gt=1)
    versions = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    aliases = Page.objects.filter(alias_of=page)
    return (ancestors | versions | aliases).live()


def purge_related(sender, instance, **kwargs):
    purge_pages_from_cache(pages_showing(instance))
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        # The index (its lastmod) and its sections' pieces, every ?p= of them.
        paths = [reverse("sitemap")]
        paths += [reverse("sitemap_section", args=[name]) for name in SITEMAP_SECTIONS]
        purge_urls_from_cache([site.root_url + path for path in paths])


def purge_site(sender, **kwargs):
    # Snippets are registered by wagtail_hooks modules, after the apps are ready: which models
    # they are is asked when something is saved.
    if sender in get_snippet_models():
        purge_all()


def purge_site_on_change(sender, created=False, **kwargs):
    # Settings rows are created with their defaults the first time a page reads them: that
    # changes nothing a visitor sees.
    if not created:
        purge_all()


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge_related, dispatch_uid=f"cache_purge_related_{id(signal)}")
    post_save.connect(purge_site, dispatch_uid="cache_purge_snippet_saved")
    post_delete.connect(purge_site, dispatch_uid="cache_purge_snippet_deleted")
    for model in settings_registry:
        post_save.connect(
            purge_site_on_change, sender=model, dispatch_uid=f"cache_purge_{model.__name__}"
        )
