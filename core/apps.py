from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Infrastructure every app may use; it imports no project app (docs/architecture.md)."""

    name = "core"
    verbose_name = _("Infrastructure")

    def ready(self):
        from . import cache_purge, image_pixels, site_url, spreadsheets  # noqa: F401 (checks)

        # Purge listings, translations and the sitemap with a page (core/cache_purge.py).
        cache_purge.connect()
        # Refuse decompression bombs before Pillow decodes them (core/image_pixels.py).
        image_pixels.install()
        # Every spreadsheet export of the admin runs no formula (core/spreadsheets.py).
        spreadsheets.protect_wagtail_exports()
