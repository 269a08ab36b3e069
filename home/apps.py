from django.apps import AppConfig
from django.conf import settings
from django.core import checks
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and shared content")

    def ready(self):
        checks.register(region_cookie_bypasses_page_cache)


def region_cookie_bypasses_page_cache(app_configs, **kwargs):
    """A page built for a visitor's region must never be stored for everyone: the page cache
    (core, which knows no app) learns the region cookie's name from a setting."""
    from .regions import COOKIE  # imports models: not before the app registry is ready

    if COOKIE in settings.PAGE_CACHE_PERSONAL_COOKIES:
        return []
    return [
        checks.Error(
            f"PAGE_CACHE_PERSONAL_COOKIES must list the region cookie {COOKIE!r}.",
            hint="Otherwise the page cache would serve one visitor's regional page to all.",
            id="home.E001",
        )
    ]
