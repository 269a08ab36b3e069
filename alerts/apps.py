from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "alerts"
    verbose_name = _("Offer alerts")

    def ready(self):
        from . import switch

        switch.connect()
