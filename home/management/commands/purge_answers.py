"""Delete the answers of forms older than each form's retention period.

Run it daily from the scheduler (see README): questionnaire responses and suggestions are kept
no longer than the period an editor set on their page.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from home.models import QuestionnairePage, Response, SuggestionFormPage


class Command(BaseCommand):
    help = "Delete questionnaire responses and suggestions older than their form's retention."

    def handle(self, *args, **options):
        today = timezone.localdate()
        # One retention per questionnaire: its translations share it and its answers.
        retention = dict(QuestionnairePage.objects.values_list("translation_key", "retention_days"))
        responses = 0
        for key, days in retention.items():
            old = Response.objects.filter(questionnaire=key, day__lt=today - timedelta(days=days))
            responses += old.delete()[1].get("home.Response", 0)
        suggestions = 0
        for page_id, days in SuggestionFormPage.objects.values_list("pk", "retention_days"):
            limit = timezone.now() - timedelta(days=days)
            old = FormSubmission.objects.filter(page_id=page_id, submit_time__lt=limit)
            suggestions += old.delete()[0]
        self.stdout.write(
            f"Deleted: {responses} questionnaire responses, {suggestions} suggestions."
        )
