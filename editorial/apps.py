from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial roles and translation")

    def ready(self):
        from . import translation_rules  # noqa: F401 (connects its signal receivers)
