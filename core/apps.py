from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Infrastructure every app may use; it imports no project app (docs/architecture.md)."""

    name = "core"
    verbose_name = _("Infrastructure")
