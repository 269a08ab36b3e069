from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The bilingual demo site, the only code that knows every area (docs/architecture.md)."""

    name = "demo"
    verbose_name = _("Demo content")
