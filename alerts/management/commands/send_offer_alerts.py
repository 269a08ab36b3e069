"""Send each confirmed alert the offers published since its last digest (see alerts/digests.py).

Run it daily from the scheduler: daily alerts are due every day, weekly ones every seventh
day. It first purges what the service forgets (alerts/purge.py), even while paused.
"""

import signal

from django.core.management.base import BaseCommand, CommandError

from alerts.digests import BATCH_SIZE, DeliveryStopped, send_offer_alerts
from alerts.purge import purge


class Command(BaseCommand):
    help = "E-mail confirmed offer alerts their new matching offers (daily or weekly)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help="Digests recorded and sent together (default %(default)s).",
        )
        parser.add_argument("--no-purge", action="store_true", help="Skip the purge step.")

    def handle(self, *args, batch_size, no_purge, **options):
        # A scheduler stops jobs with SIGTERM: turned into SystemExit, so the batch being
        # sent is settled (alerts/digests.py) instead of left recorded and unsent.
        try:
            previous = signal.signal(signal.SIGTERM, _exit)
        except ValueError:  # not the main thread (called from code): leave signals alone
            previous = None
        try:
            if not no_purge:
                deleted = purge()
                self.stdout.write(
                    "Purged: {unconfirmed} unconfirmed requests, {unsubscribed} unsubscribed "
                    "alerts, {sent_records} sent-offer records, {digests} digests.".format(
                        **deleted
                    )
                )
            try:
                report = send_offer_alerts(batch_size=batch_size)
            except DeliveryStopped as error:
                raise CommandError(f"{error} Stopped; run again later.") from error
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
        self.stdout.write(report.as_text())


def _exit(signum, frame):
    raise SystemExit(1)
