"""The sections of `manage.py benchmark`'s report besides the page timings: the environment
measured, the search relevance scores, the translation-status report's cost, and the latest
load-test summary.

Each returns plain data for json.dumps.
"""

import json
import os
import platform
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core.version import app_version
from editorial.translation_status import page_rows, snippet_rows, source_locale, target_locales
from offers.models import OfferPage
from search.relevance import evaluate

LOAD_SUMMARY = Path(settings.BASE_DIR) / "test-artifacts" / "load" / "summary.json"
LOAD_NOTE = (
    "No load-test summary: run `bash scripts/load.sh` (gunicorn behind the same settings, "
    "steady and fault runs); it writes test-artifacts/load/summary.json, which this report "
    "then includes."
)


def timings_summary(timings_ms):
    timings_ms = sorted(timings_ms)
    return {
        "median_ms": round(statistics.median(timings_ms), 1),
        "p95_ms": round(timings_ms[max(0, int(len(timings_ms) * 0.95) - 1)], 1),
    }


def load_average():
    """The machine's load average over 1, 5 and 15 minutes: figures taken on a busy machine
    (other processes on the same cores) are slower, and ratios need both sides equally busy."""
    return [round(value, 2) for value in os.getloadavg()]


def environment(runs):
    """What the figures were measured on."""
    pages = Page.objects.filter(depth__gt=1)
    offers = OfferPage.objects.all()
    return {
        "runs": runs,
        "database": {
            "vendor": connection.vendor,
            "version": ".".join(str(part) for part in connection.get_database_version()),
        },
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "app_version": app_version(),
        "cpu_count": os.cpu_count(),
        "load_average": load_average(),
        "pages": _by_language(pages),
        "offers": _by_language(offers),
        "open_offers": _by_language(OfferPage.objects.open()),
        "cache_backend": settings.CACHES["default"]["BACKEND"],
        # With the full-page cache on, anonymous pages below would be cache hits.
        "page_cache_seconds": getattr(settings, "PAGE_CACHE_SECONDS", 0),
        "search_backends": {
            name: config["BACKEND"] for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
        },
    }


def _by_language(queryset):
    counts = dict(
        queryset.order_by()
        .values_list("locale__language_code")
        .annotate(n=django.db.models.Count("pk"))
    )
    return {"total": sum(counts.values()), **dict(sorted(counts.items()))}


def translation_status(runs):
    """Time and queries to build the rows of admin › Reports › Translation status, per
    translated language: pages and snippets, as the report view builds them."""
    source = source_locale()
    report = {}
    for locale in target_locales():
        section = {}
        for name, build in (("pages", page_rows), ("snippets", snippet_rows)):
            rows = build(locale, source)  # warm-up
            timings = []
            for _ in range(runs):
                started = time.perf_counter()
                build(locale, source)
                timings.append((time.perf_counter() - started) * 1000)
            with CaptureQueriesContext(connection) as queries:
                build(locale, source)
            states = {}
            for row in rows:
                states[row.state] = states.get(row.state, 0) + 1
            section[name] = {
                "rows": len(rows),
                **timings_summary(timings),
                "queries": len(queries),
                "states": dict(sorted(states.items())),
            }
        report[locale.language_code] = section
    return report


def relevance(details=False):
    """success@1, success@3 and MRR of the labelled queries (search/relevance_queries.yaml), run
    through the site's search on the configured database (and Elasticsearch when set), with
    the queries whose expected page is not first (all of them with `details`)."""
    outcome = evaluate()
    rows = outcome["queries"]
    shown = rows if details else [row for row in rows if row["rank"] != 1]
    return {
        "backends": sorted(settings.WAGTAILSEARCH_BACKENDS),
        "summary": outcome["summary"],
        "issue_examples": {
            f"{row['language']}:{row['query']}": row["rank"]
            for row in rows
            if "issue" in row["kinds"]
        },
        "not_first": [
            {
                "query": row["query"],
                "language": row["language"],
                "rank": row["rank"],
                **{key: row[key] for key in ("corrected", "missing", "gap") if row[key]},
            }
            for row in shown
        ],
    }


def load_results(path=LOAD_SUMMARY):
    """(the load-test summary with where and when it was written, or None; a note or None)."""
    path = Path(path)
    if not path.is_file():
        return None, LOAD_NOTE
    try:
        summary = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return None, f"{path} could not be read ({error}); run `bash scripts/load.sh` again."
    modified = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    return {
        "source": str(path),
        "modified_at": modified.isoformat(timespec="seconds"),
        "summary": summary,
    }, None
