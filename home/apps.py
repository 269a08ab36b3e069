from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and shared content")

    def ready(self):
        from . import cache_purge, image_pixels

        cache_purge.connect()
        image_pixels.install()

        # Every spreadsheet export of the admin runs no formula (home/spreadsheets.py).
        from .spreadsheets import protect_wagtail_exports

        protect_wagtail_exports()
