"""`manage.py benchmark --alerts N`: time send_offer_alerts with N confirmed alerts.

The newest `new_offers` offers (both languages) are dated as published in the last day, and
N daily alerts, due, are created with searches drawn (with a fixed seed) from what visitors
filter on: a kind, a region, a research field, a working language, a word, or several.
E-mails are built and serialised as for SMTP, then dropped. Three runs are measured:
- the run itself, timed without capturing queries;
- the same run again (alerts reset to before it), with its queries counted;
- a rerun at once over the same window (the alerts' last check moved back, as after an
  interruption): offers already listed are recorded and skipped; only alerts that matched
  more than a digest lists (50) get e-mails, with their next offers.
The alerts, digests and records made are deleted afterwards; the offers keep their new dates.
"""

import random
import time
from datetime import timedelta

from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection, reset_queries, transaction
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from home.models import Region
from offers.choices import Category, Kind
from offers.models import OfferPage, ResearchField

from .digests import send_offer_alerts
from .models import Alert, Digest, SentOffer
from .switch import alerts_enabled

DOMAIN = "@benchmark.invalid"
WORDS = ["imagerie", "cancer", "neurosciences", "immunologie", "données", "cellules"]


class SerialisingBackend(BaseEmailBackend):
    """Builds each message as SMTP would send it (MIME, headers), then forgets it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.count = 0
        self.bytes = 0

    def send_messages(self, messages):
        for message in messages:
            self.bytes += len(message.message().as_bytes())
        self.count += len(messages)
        return len(messages)


def searches(rng, count):
    regions = sorted(
        Region.objects.filter(locale__language_code="fr").values_list("slug", flat=True)
    )
    fields = sorted(
        ResearchField.objects.filter(locale__language_code="fr").values_list("slug", flat=True)
    )
    kinds = [value for value, _label in Kind.choices]
    categories = [value for value, _label in Category.choices]
    shapes = [
        (25, lambda: f"kind={rng.choice(kinds)}"),
        (20, lambda: f"kind={rng.choice(kinds)}&region={rng.choice(regions)}"),
        (15, lambda: f"field={rng.choice(fields)}"),
        (10, lambda: f"region={rng.choice(regions)}"),
        (8, lambda: f"kind={rng.choice(kinds)}&language=en"),
        (7, lambda: f"q={rng.choice(WORDS)}&kind={rng.choice(kinds)}"),
        (6, lambda: f"category={rng.choice(categories)}&remote=1"),
        (5, lambda: f"field={rng.choice(fields)}&field={rng.choice(fields)}&language=en"),
        (3, lambda: f"kind={rng.choice(kinds)}&within=30"),
        (1, lambda: ""),
    ]
    weights = [weight for weight, _make in shapes]
    makers = [make for _weight, make in shapes]
    return [rng.choices(makers, weights)[0]() for _ in range(count)]


def measure_alerts(count, new_offers, seed=1):
    if not alerts_enabled():
        return {"error": "offer alerts are off (admin › Settings › Offer alerts)"}
    now = timezone.now()
    newest = list(
        OfferPage.objects.filter(locale__language_code="fr")
        .order_by("-pk")
        .values_list("translation_key", flat=True)[:new_offers]
    )
    rng = random.Random(seed)
    with transaction.atomic():
        pages = Page.objects.filter(translation_key__in=newest)
        for key in newest:
            minutes = rng.randrange(10, 22 * 60)
            pages.filter(translation_key=key).update(
                first_published_at=now - timedelta(minutes=minutes)
            )
    before = now - timedelta(days=1)
    Alert.objects.filter(email__endswith=DOMAIN).delete()
    languages = ["fr"] * 6 + ["en"] * 4
    Alert.objects.bulk_create(
        (
            Alert(
                email=f"subscriber-{number}{DOMAIN}",
                language=languages[number % len(languages)],
                search=search,
                created_at=before - timedelta(days=2),
                confirmed_at=before - timedelta(days=2),
                checked_until=before,
            )
            for number, search in enumerate(searches(rng, count))
        ),
        batch_size=2000,
    )
    alerts = Alert.objects.filter(email__endswith=DOMAIN)
    distinct = alerts.values("language", "search").distinct().count()

    def reset():
        alerts.update(checked_until=before, last_sent_at=None)
        Digest.objects.filter(alert__in=alerts).delete()  # and their records

    report = {"alerts": count, "distinct_searches": distinct}
    new = OfferPage.objects.open().filter(first_published_at__gt=before)
    report["new_open_offers"] = dict(
        new.values_list("locale__language_code").annotate(n=Count("pk")).order_by()
    )
    try:
        backend = SerialisingBackend()
        started = time.perf_counter()
        result = send_offer_alerts(connection=backend)
        report["run"] = {
            "seconds": round(time.perf_counter() - started, 2),
            "digests": result.digests,
            "offers_listed": result.offers,
            "nothing_new": result.nothing_new,
            "searches_run": result.searches,
            "megabytes_of_mail": round(backend.bytes / 1e6, 1),
        }
        reset()
        backend = SerialisingBackend()
        reset_queries()  # with DEBUG, the log keeps 9,000 queries: counted from empty
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            send_offer_alerts(connection=backend)
        report["run"]["queries"] = len(queries)
        report["run"]["seconds_while_counting_queries"] = round(time.perf_counter() - started, 2)
        alerts.update(checked_until=before)
        backend = SerialisingBackend()
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            result = send_offer_alerts(connection=backend)
        report["rerun_same_window"] = {
            "seconds": round(time.perf_counter() - started, 2),
            "queries": len(queries),
            "e_mails": backend.count,
            "offers_listed": result.offers,
            "offers_listed_twice": SentOffer.objects.filter(alert__in=alerts)
            .values("alert_id", "offer_key")
            .annotate(n=Count("pk"))
            .filter(n__gt=1)
            .count(),
        }
    finally:
        Digest.objects.filter(alert__in=alerts).delete()
        alerts.delete()
    return report
