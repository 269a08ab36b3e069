from django.core.management.base import BaseCommand

from editorial.roles import ensure_roles


class Command(BaseCommand):
    help = (
        "Create or reset the editorial roles (Editors, Regional recruiters, Moderators, "
        "Translators, Administrators) to their documented permissions, and the moderation "
        "workflow. Idempotent: run it after each deployment's migrate."
    )

    def handle(self, *args, **options):
        ensure_roles(log=self.stdout.write)
