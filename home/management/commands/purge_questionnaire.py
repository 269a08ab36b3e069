"""Delete questionnaire answers older than each questionnaire's retention period.

Run it daily from the scheduler (see README): answers are kept no longer than announced.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from home.models import QuestionnairePage, Response


class Command(BaseCommand):
    help = "Delete questionnaire responses older than their questionnaire's retention period."

    def handle(self, *args, **options):
        today = timezone.localdate()
        deleted = 0
        # One retention per questionnaire (its translations share it and its answers).
        retention = dict(QuestionnairePage.objects.values_list("translation_key", "retention_days"))
        for key, days in retention.items():
            old = Response.objects.filter(questionnaire=key, day__lt=today - timedelta(days=days))
            deleted += old.delete()[1].get("home.Response", 0)
        self.stdout.write(f"Questionnaire responses deleted: {deleted}.")
