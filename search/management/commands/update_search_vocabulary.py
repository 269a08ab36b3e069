"""Rebuild the words typo correction chooses from (search/spelling.py), for every locale.

A scheduled job (hourly, and after `update_index`: docs/deployment.md), so that no visitor's
search waits for it: at 10,000 offers a rebuild reads the whole index.
"""

import time

from django.core.management.base import BaseCommand
from wagtail.models import Locale

from search import spelling


class Command(BaseCommand):
    help = (
        "Rebuild the search vocabulary (the indexed words of each language's live pages) that "
        "typo correction suggests from. Run it hourly and after update_index."
    )

    def handle(self, *args, **options):
        for locale in Locale.objects.order_by("language_code"):
            started = time.perf_counter()
            words = spelling.rebuild(locale)
            self.stdout.write(
                f"{locale.language_code}: {words} words ({time.perf_counter() - started:.1f} s)."
            )
