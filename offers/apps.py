from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "offers"
    verbose_name = _("Job offers")

    def ready(self):
        from . import signals

        signals.connect()
