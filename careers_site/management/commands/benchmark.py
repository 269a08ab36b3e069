"""The portal's figures in one JSON report (not run by the test suite, beside a smoke test).

Sections: environment (with the machine's load average), setup (offers generated, index
rebuilt), pages (one row per page type, bakerydemo-style: home, listing, detail, guide, search,
404, rendered without the full-page cache), listing (filters, pages, feed and API), search,
translation_status, alerts (with --alerts), load (scripts/load.sh's summary, when it exists).
"""

import io
import json
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from alerts.benchmark import measure_alerts
from careers_site import benchmark_report
from core.locales import in_source_language
from guides.models import WelcomeGuidePage
from offers.models import OfferIndexPage, OfferPage


class Command(BaseCommand):
    help = (
        "Measure the offer listing, an offer page and site search: median and p95 render time "
        "and SQL queries. With --offers N, first generates offers until N exist (timed); with "
        "--update-index, times a full rebuild of the search index; with --alerts N, times "
        "send_offer_alerts for N confirmed alerts and the --new-offers newest offers. Adds the "
        "environment, the translation-status report's cost and the last load test's summary "
        "(test-artifacts/load/summary.json); --output writes the report to a file too."
    )

    def add_arguments(self, parser):
        parser.add_argument("--offers", type=int, default=0, help="Offers to have (French).")
        parser.add_argument("--runs", type=int, default=30)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--update-index",
            action="store_true",
            help="Time update_index, then update_search_vocabulary.",
        )
        parser.add_argument(
            "--alerts", type=int, default=0, help="Time send_offer_alerts with N alerts."
        )
        parser.add_argument(
            "--new-offers",
            type=int,
            default=1000,
            help="With --alerts: the newest N offers are dated as published in the last day.",
        )
        parser.add_argument(
            "--relevance-only",
            action="store_true",
            help="Only the relevance section: success@1, success@3 and MRR of the labelled "
            "queries (search/relevance_queries.yaml), on the current database.",
        )
        parser.add_argument("--output", type=Path, help="Also write the JSON report here.")
        parser.add_argument(
            "--load-summary",
            type=Path,
            default=benchmark_report.LOAD_SUMMARY,
            help="The load test's summary to include (default: %(default)s).",
        )

    def handle(self, *args, offers, runs, seed, update_index, alerts, new_offers, **options):
        if runs < 1:
            raise CommandError("--runs must be at least 1.")
        if options["relevance_only"]:
            report = {
                "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "database": connection.vendor,
                "relevance": benchmark_report.relevance(),
            }
            return self.write(report, options["output"])
        index = OfferIndexPage.objects.filter(in_source_language()).first()
        if index is None:
            raise CommandError("No offers index: run load_demo_content first.")
        setup = {}
        existing = OfferPage.objects.filter(locale_id=index.locale_id).count()
        if offers > existing:
            started = time.perf_counter()
            call_command("generate_offers", count=offers - existing, seed=seed, verbosity=0)
            setup["generate_offers"] = {
                "created": OfferPage.objects.filter(locale_id=index.locale_id).count() - existing,
                "seconds": round(time.perf_counter() - started, 2),
            }
        if update_index:
            started = time.perf_counter()
            call_command("update_index", verbosity=0)
            setup["update_index_seconds"] = round(time.perf_counter() - started, 2)
            started = time.perf_counter()
            call_command("update_search_vocabulary", stdout=io.StringIO())
            setup["update_search_vocabulary_seconds"] = round(time.perf_counter() - started, 2)

        offer = OfferPage.objects.open().filter(locale_id=index.locale_id).order_by("pk").first()
        word = offer.title.split()[-1] if offer else "recherche"
        listing = index.url
        guide = WelcomeGuidePage.objects.live().filter(locale_id=index.locale_id).first()
        home = index.get_parent()
        # One row per page type, as measured on the reference Wagtail site (bakerydemo: home,
        # blog index, blog post, bread page, search for a common word, 404).
        page_types = {
            "home": (home.url, {}, 200),
            "listing": (listing, {}, 200),
            "detail": (offer.url if offer else listing, {}, 200),
            "guide": (guide.url if guide else home.url, {}, 200),
            "search": ("/fr/search/", {"q": "recherche"}, 200),
            "404": (home.url + "no-such-page/", {}, 404),
        }
        cases = {
            "listing": (listing, {}),
            "listing_one_filter": (listing, {"kind": "postdoc"}),
            "listing_query_and_filters": (
                listing,
                {"q": word, "kind": ["postdoc", "phd"], "language": "en"},
            ),
            "listing_page_5": (listing, {"page": "5"}),
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
        report = {
            "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "environment": benchmark_report.environment(runs),
            "setup": setup or None,
            "pages": {},
            "listing": {},
            "search": {},
        }
        client = Client(HTTP_HOST="localhost")
        # Uncached rendering: the full-page cache would answer every request but the first.
        # Search rows rank every time (the results cache off, search/result_cache.py), then
        # again as a visitor repeating a search gets them ("…_again": from the results cache).
        with override_settings(PAGE_CACHE_SECONDS=0):
            with override_settings(SEARCH_RESULTS_CACHE_SECONDS=0):
                for name, (url, params, status) in page_types.items():
                    report["pages"][name] = measure(client, url, params, runs, status=status)
                for name, (url, params) in cases.items():
                    section = "search" if name.startswith("search_") else "listing"
                    report[section][name] = measure(client, url, params, runs)
            for name, (url, params) in cases.items():
                if name.startswith("search_"):
                    report["search"][f"{name}_again"] = measure(client, url, params, runs)
        report["environment"]["load_average_after"] = benchmark_report.load_average()
        report["relevance"] = benchmark_report.relevance()
        report["translation_status"] = benchmark_report.translation_status(runs)
        notes = {}
        if alerts:
            report["alerts"] = measure_alerts(alerts, new_offers, seed=seed)
        else:
            report["alerts"] = None
            notes["alerts"] = "Not measured: add --alerts N (--alerts 10000 --new-offers 1000)."
        report["load"], load_note = benchmark_report.load_results(options["load_summary"])
        if load_note:
            notes["load"] = load_note
        report["notes"] = notes
        self.write(report, options["output"])

    def write(self, report, output):
        text = json.dumps(report, indent=2, ensure_ascii=False)
        if output:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text + "\n", encoding="utf-8")
        self.stdout.write(text)


def measure(client, url, params, runs, status=200):
    client.get(url, params)  # warm caches (site root paths, templates, shared fragments)
    timings = []
    # CPU time as well: on a shared machine wall time includes waiting for a core (it does
    # not include the database server's own CPU on PostgreSQL).
    cpu_times = []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        response = client.get(url, params)
        timings.append((time.perf_counter() - started) * 1000)
        cpu_times.append((time.process_time() - cpu_started) * 1000)
        if response.status_code != status:
            raise CommandError(f"{url} answered {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(url, params)
    timings.sort()
    return {
        "url": url,
        "params": params,
        "median_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[max(0, int(len(timings) * 0.95) - 1)], 1),
        "cpu_median_ms": round(statistics.median(cpu_times), 1),
        "queries": len(queries),
        "load_average": benchmark_report.load_average(),
    }
