from django.conf import settings
from django.utils.translation import gettext as _


def site(request):
    return {
        "site_name": _("Inserm careers & welcome"),
        # The source language: x-default alternates and the language of untranslated aliases.
        "source_language": settings.LANGUAGE_CODE,
    }
