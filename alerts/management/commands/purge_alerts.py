"""Delete unconfirmed requests and unsubscribed alerts past their period (alerts/purge.py).

send_offer_alerts runs the same step first; this command is for running it on its own.
"""

from django.core.management.base import BaseCommand

from alerts.purge import purge


class Command(BaseCommand):
    help = "Delete offer alerts never confirmed or unsubscribed, after their retention period."

    def handle(self, *args, **options):
        deleted = purge()
        self.stdout.write(
            "Purged: {unconfirmed} unconfirmed requests, {unsubscribed} unsubscribed alerts, "
            "{sent_records} sent-offer records, {digests} digests.".format(**deleted)
        )
