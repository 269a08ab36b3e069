"""Timings of the pages that matter, printed as JSON (not run by the test suite)."""

import json
import statistics
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from offers.models import OfferIndexPage, OfferPage


class Command(BaseCommand):
    help = (
        "Measure the offer listing, an offer page and site search: median and p95 render time "
        "and SQL queries. With --offers N, first generates offers until N exist (timed); with "
        "--update-index, times a full rebuild of the search index; with --alerts N, times "
        "send_offer_alerts for N confirmed alerts and the --new-offers newest offers."
    )

    def add_arguments(self, parser):
        parser.add_argument("--offers", type=int, default=0, help="Offers to have (French).")
        parser.add_argument("--runs", type=int, default=30)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--update-index", action="store_true", help="Time update_index.")
        parser.add_argument(
            "--alerts", type=int, default=0, help="Time send_offer_alerts with N alerts."
        )
        parser.add_argument(
            "--new-offers",
            type=int,
            default=1000,
            help="With --alerts: the newest N offers are dated as published in the last day.",
        )

    def handle(self, *args, offers, runs, seed, update_index, alerts, new_offers, **options):
        index = OfferIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        if index is None:
            raise CommandError("No offers index: run load_demo_content first.")
        report = {"database": connection.vendor, "runs": runs}
        existing = OfferPage.objects.filter(locale_id=index.locale_id).count()
        if offers > existing:
            started = time.perf_counter()
            call_command("generate_offers", count=offers - existing, seed=seed, verbosity=0)
            report["generate_offers"] = {
                "created": OfferPage.objects.filter(locale_id=index.locale_id).count() - existing,
                "seconds": round(time.perf_counter() - started, 2),
            }
        if update_index:
            started = time.perf_counter()
            call_command("update_index", verbosity=0)
            report["update_index_seconds"] = round(time.perf_counter() - started, 2)
        report["offers_fr"] = OfferPage.objects.filter(locale_id=index.locale_id).count()
        report["open_offers_fr"] = (
            OfferPage.objects.open().filter(locale_id=index.locale_id).count()
        )

        offer = OfferPage.objects.open().filter(locale_id=index.locale_id).order_by("pk").first()
        word = offer.title.split()[-1] if offer else "recherche"
        listing = index.url
        cases = {
            "listing": (listing, {}),
            "listing_one_filter": (listing, {"kind": "postdoc"}),
            "listing_query_and_filters": (
                listing,
                {"q": word, "kind": ["postdoc", "phd"], "language": "en"},
            ),
            "listing_page_5": (listing, {"page": "5"}),
            "offer_page": (offer.url if offer else listing, {}),
            "feed": (listing + "feed/", {"kind": "postdoc"}),
            "api": (listing + "api/", {"kind": "postdoc"}),
            # Site search: a word found in most pages (ranking cost grows with the hits), three
            # words, the same accented word typed with and without accents, and English.
            "search_one_word": ("/fr/search/", {"q": "recherche"}),
            "search_three_words": ("/fr/search/", {"q": "ingénieur biologie Paris"}),
            "search_accented": ("/fr/search/", {"q": "télétravail"}),
            "search_unaccented": ("/fr/search/", {"q": "teletravail"}),
            "search_english_plural": ("/en/search/", {"q": "researchers"}),
            "search_no_result": ("/fr/search/", {"q": "logemnt"}),
        }
        client = Client(HTTP_HOST="localhost")
        for name, (url, params) in cases.items():
            report[name] = measure(client, url, params, runs)
        if alerts:
            from alerts.benchmark import measure_alerts

            report["send_offer_alerts"] = measure_alerts(alerts, new_offers, seed=seed)
        self.stdout.write(json.dumps(report, indent=2))


def measure(client, url, params, runs):
    client.get(url, params)  # warm caches (site root paths, templates)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url, params)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise CommandError(f"{url} answered {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(url, params)
    timings.sort()
    return {
        "url": url,
        "params": params,
        "median_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[max(0, int(len(timings) * 0.95) - 1)], 1),
        "queries": len(queries),
    }
