from django.core.management.base import BaseCommand

from home.translation_bulk import adopt_plain_copies


class Command(BaseCommand):
    help = (
        "Make every English page and snippet that is a plain copy of its French source a "
        "wagtail-localize translation, so that its facts are locked in the translation editor "
        "(idempotent: run it once after upgrading a database made before)."
    )

    def handle(self, *args, **options):
        adopt_plain_copies(log=self.stdout.write)
