"""Digests of new offers for confirmed alerts: what `send_offer_alerts` runs.

**What is new.** Each alert keeps `checked_until`: offers published up to then have been
considered for it. A run looks at offers of the alert's language published after it (minus
LOOKBACK, for an offer whose publication committed just after the previous run looked), and
open now. After the run, the alert's `checked_until` is the run's start, whether a digest
was sent or nothing matched, so an old offer is never sent later. An alert whose e-mail
failed keeps its `checked_until`: the next run sends it again.

**Never the same offer twice: at most once.** Every offer listed in a digest is recorded
(`SentOffer`, unique per alert and offer) *before* the e-mail leaves, in one transaction per
batch of digests, and offers already recorded for an alert are never listed again. Then:
- an e-mail that fails (the server refuses it) is not sent: its records are deleted at once,
  and the next run sends it;
- an interruption that Python sees (Ctrl-C, SIGTERM, an error) releases the digests of the
  batch not tried yet, marks those sent, and keeps the one in flight as recorded;
- a hard crash (power loss, SIGKILL) leaves the unsent rest of the batch recorded (at most
  BATCH_SIZE digests): those offers are not sent, rather than perhaps sent twice. Such
  digests keep `sent_at` empty and are counted as interrupted in the admin.
Runs do not overlap: on PostgreSQL a second run waits for nothing and exits (advisory lock).

**Queries grow with distinct searches, not with alerts.** Due alerts are grouped by
language and saved search: each distinct search runs once (OfferFilters, as the listing
reads it: two taxonomy look-ups, the view restrictions and the search itself), restricted
to the new offers. Offers are read once per language, what was already sent once per run,
and the bookkeeping is written in bulk, six queries per batch of BATCH_SIZE digests.
When no offer was published since the alerts' last check, a language costs two queries.
"""

import logging
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from django.core import mail
from django.db import connection as db_connection
from django.db import transaction
from django.utils import timezone, translation
from wagtail.models import Locale

from home.models import Region
from offers.filters import Taxonomy
from offers.models import OfferIndexPage, OfferPage

from . import links
from .emails import MAX_OFFERS_PER_DIGEST, digest_message, listing_path_for, offer_summary
from .models import Alert, Digest, SentOffer
from .searches import SavedSearch
from .switch import alerts_enabled

logger = logging.getLogger(__name__)

LOOKBACK = timedelta(hours=1)
BATCH_SIZE = 100
MAX_CONSECUTIVE_FAILURES = 10
UPDATE_CHUNK = 5000
OFFER_CHUNK = 5000
LOCK_ID = 7_243_561_001  # pg advisory lock: one send_offer_alerts at a time


class DeliveryStopped(Exception):
    """The mail server refused too many e-mails in a row: the run stops, to be run again."""


@dataclass
class Report:
    enabled: bool = True
    locked: bool = False
    due: int = 0
    searches: int = 0
    digests: int = 0
    offers: int = 0
    nothing_new: int = 0
    failed: int = 0
    broken: int = 0
    uncertain: int = 0

    def as_text(self):
        if not self.enabled:
            return "Offer alerts are off (admin › Settings › Offer alerts): nothing sent."
        if self.locked:
            return "Another send_offer_alerts run is in progress: nothing done."
        return (
            f"{self.due} alerts due, {self.searches} distinct searches run: "
            f"{self.digests} digests sent ({self.offers} offers), {self.nothing_new} with "
            f"nothing new, {self.failed} failed (sent next run), {self.broken} with a filter "
            f"that no longer exists, {self.uncertain} interrupted."
        )


@contextmanager
def exclusive_run():
    """True when this run may go on: no other run holds the lock (PostgreSQL only)."""
    if db_connection.vendor != "postgresql":
        yield True
        return
    with db_connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_ID])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            with db_connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK_ID])


def send_offer_alerts(*, now=None, batch_size=BATCH_SIZE, connection=None):
    """Send every due alert its digest; returns a Report."""
    now = now or timezone.now()
    report = Report()
    if not alerts_enabled():
        report.enabled = False
        return report
    with exclusive_run() as acquired:
        if not acquired:
            report.locked = True
            return report
        _Run(now, report, batch_size, connection).run()
    return report


class _Run:
    def __init__(self, now, report, batch_size, connection):
        self.now = now
        self.report = report
        self.batch_size = max(1, batch_size)
        self.connection = connection or mail.get_connection()
        self.pending = []  # (alert, offers, more, saved search, listing url) waiting to be sent
        self.checked = []  # alert ids considered with nothing to send
        self.consecutive_failures = 0

    def run(self):
        due = Alert.objects.due(self.now)
        alerts = list(
            due.order_by("pk").only(
                "pk", "key", "email", "language", "search", "frequency", "confirmed_at",
                "checked_until",
            )
        )  # fmt: skip
        self.report.due = len(alerts)
        if not alerts:
            return
        since = min(alert.checked_until for alert in alerts) - LOOKBACK
        # What was recorded since the oldest check: a record is always made after its offer
        # was published, so older records cannot concern an offer considered now.
        self.already_sent = set(
            SentOffer.objects.filter(alert__in=due, created_at__gt=since).values_list(
                "alert_id", "offer_key"
            )
        )
        by_language = defaultdict(list)
        for alert in alerts:
            by_language[alert.language].append(alert)
        locales = {
            locale.language_code: locale
            for locale in Locale.objects.filter(language_code__in=list(by_language))
        }
        try:
            for language, group in by_language.items():
                locale = locales.get(language)
                if locale is None:  # a language the site no longer has
                    self.nothing_new(group)
                    continue
                with translation.override(language):
                    self.language(locale, group)
            self.flush()
        finally:
            self.mark_checked()

    # --- Matching ------------------------------------------------------------------

    def language(self, locale, alerts):
        since = min(alert.checked_until for alert in alerts) - LOOKBACK
        fresh = OfferPage.objects.open().filter(
            locale=locale, first_published_at__gt=since, first_published_at__lte=self.now
        )
        if not fresh.exists():
            self.nothing_new(alerts)
            return
        by_search = defaultdict(list)
        for alert in alerts:
            by_search[alert.search].append(alert)
        matches = {}
        searches = {}
        for search, group in by_search.items():
            saved = SavedSearch(search, locale)
            searches[search] = saved
            if saved.broken:
                continue
            group_since = min(alert.checked_until for alert in group) - LOOKBACK
            matches[search] = list(
                saved.filters.results()
                .filter(first_published_at__gt=group_since, first_published_at__lte=self.now)
                .order_by("-first_published_at", "-pk")
                .values_list("pk", "first_published_at")
            )
            self.report.searches += 1
        index = OfferIndexPage.objects.live().filter(locale=locale).first()
        matched = {pk for rows in matches.values() for pk, _published in rows}
        summaries = self.summaries(locale, index, matched)
        listing_urls = {}
        for search, group in by_search.items():
            saved = searches[search]
            if saved.broken:
                self.report.broken += len(group)
                self.nothing_new(group)
                continue
            if index is not None and search not in listing_urls:
                listing_urls[search] = links.absolute(listing_path_for(index, search, newest=True))
            for alert in group:
                cutoff = alert.checked_until - LOOKBACK
                offers = [
                    summaries[pk]
                    for pk, published in matches[search]
                    if published > cutoff
                    and (alert.pk, summaries[pk]["key"]) not in self.already_sent
                ]
                if not offers:
                    self.nothing_new([alert])
                    continue
                listed = offers[:MAX_OFFERS_PER_DIGEST]
                more = len(offers) - len(listed)
                self.pending.append((alert, listed, more, saved, listing_urls.get(search)))
                if len(self.pending) >= self.batch_size:
                    self.flush()

    def summaries(self, locale, index, pks):
        """{pk: what a digest says about the offer}, in one query per OFFER_CHUNK offers."""
        if not pks:
            return {}
        index_url = index.get_url() if index is not None else None
        regions = Taxonomy(Region, locale)
        pks = sorted(pks)
        summaries = {}
        for start in range(0, len(pks), OFFER_CHUNK):
            offers = OfferPage.objects.filter(pk__in=pks[start : start + OFFER_CHUNK]).only(
                "pk", "title", "url_path", "translation_key", "kind", "laboratory", "city",
                "region_id", "deadline", "locale_id",
            )  # fmt: skip
            for offer in offers:
                summaries[offer.pk] = offer_summary(
                    offer, index, index_url, regions.name_of(offer.region_id)
                )
        return summaries

    def nothing_new(self, alerts):
        self.checked.extend(alert.pk for alert in alerts)
        self.report.nothing_new += len(alerts)

    def mark_checked(self):
        for start in range(0, len(self.checked), UPDATE_CHUNK):
            Alert.objects.filter(pk__in=self.checked[start : start + UPDATE_CHUNK]).update(
                checked_until=self.now
            )
        self.checked = []

    # --- Sending -------------------------------------------------------------------

    def flush(self):
        batch, self.pending = self.pending, []
        if not batch:
            return
        # Written before anything is recorded: a template error records nothing.
        messages = [
            digest_message(alert, offers, saved, more=more, listing=listing)
            for alert, offers, more, saved, listing in batch
        ]
        recorded_at = timezone.now()
        with transaction.atomic():
            digests = Digest.objects.bulk_create(
                Digest(
                    alert=alert,
                    language=alert.language,
                    created_at=recorded_at,
                    offer_count=len(offers) + more,
                )
                for alert, offers, more, _saved, _listing in batch
            )
            SentOffer.objects.bulk_create(
                SentOffer(
                    alert=alert,
                    digest=digest,
                    offer_key=offer["key"],
                    created_at=recorded_at,
                )
                for (alert, offers, *_rest), digest in zip(batch, digests, strict=True)
                for offer in offers
            )
        sent, failed = [], []
        tried = -1
        try:
            self.connection.open()
            for tried, message in enumerate(messages):
                try:
                    delivered = self.connection.send_messages([message])
                except Exception:  # one refused address must not stop the others
                    logger.exception("An offer alert digest could not be sent")
                    delivered = 0
                if delivered:
                    sent.append(tried)
                    self.consecutive_failures = 0
                    continue
                failed.append(tried)
                self.consecutive_failures += 1
                if self.consecutive_failures >= MAX_CONSECUTIVE_FAILURES:
                    raise DeliveryStopped(
                        f"{self.consecutive_failures} e-mails in a row could not be sent."
                    )
        finally:
            done = set(sent) | set(failed)
            in_flight = [tried] if tried >= 0 and tried not in done else []
            untried = list(range(tried + 1, len(batch)))
            self.settle(batch, digests, sent, failed, untried, in_flight)
            try:
                self.connection.close()
            except Exception:  # closing a broken connection changes nothing
                logger.warning("Closing the mail connection failed", exc_info=True)

    def settle(self, batch, digests, sent, failed, untried, in_flight):
        """After a batch: sent digests are dated and their alerts move on; digests that
        failed or were not tried (an interruption) are deleted with their records, so the
        next run sends them; the one in flight when interrupted stays recorded."""
        if sent:
            Digest.objects.filter(pk__in=[digests[i].pk for i in sent]).update(sent_at=self.now)
            Alert.objects.filter(pk__in=[batch[i][0].pk for i in sent]).update(
                checked_until=self.now, last_sent_at=self.now
            )
            self.report.digests += len(sent)
            self.report.offers += sum(len(batch[i][1]) for i in sent)
        released = [*failed, *untried]
        if released:
            Digest.objects.filter(pk__in=[digests[i].pk for i in released]).delete()
        self.report.failed += len(failed)
        self.report.uncertain += len(in_flight)
