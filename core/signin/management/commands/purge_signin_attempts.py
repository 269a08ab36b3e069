"""Delete failed sign-in records past their cool-off: the retention the privacy page states.

django-axes deletes them itself only when someone next tries to sign in; without this job the
last failures (user name, IP address, browser) would stay until then, however long that is.
"""

from axes.models import AccessAttempt
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = "Delete failed admin sign-in attempts older than the lockout's cool-off."

    def handle(self, *args, **options):
        threshold = timezone.now() - settings.AXES_COOLOFF_TIME
        count, _ = AccessAttempt.objects.filter(attempt_time__lte=threshold).delete()
        self.stdout.write(f"Expired sign-in attempts deleted: {count}.")
