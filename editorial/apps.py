from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial roles and translation")

    def ready(self):
        # Imported here, not at the top: these modules import models, which exist only once
        # the app registry is ready.
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        # home.translation imports models: not before the registry is ready (see above).
        from home.translation import translatable_models

        from . import (
            slugs,
            translation_rules,  # noqa: F401 (connects its signal receivers)
            workflow_names,
        )
        from .permissions import LanguagePermissionPolicy
        from .roles import WORKFLOW_NAMES

        workflow_names.install(WORKFLOW_NAMES)
        slugs.connect()

        # Before Wagtail's snippet viewsets ask for a policy (they would make a default one).
        for model in translatable_models():
            if not issubclass(model, Page):
                register_permission_policy(model, LanguagePermissionPolicy(model))
