"""`manage.py benchmark` gathers every figure into one JSON report (structure only: timings
are not asserted, they depend on the machine)."""

import io
import json

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

SECTIONS = {
    "generated_at",
    "environment",
    "setup",
    "pages",
    "listing",
    "search",
    "translation_status",
    "relevance",
    "alerts",
    "load",
    "notes",
}


def run_benchmark(*args):
    out = io.StringIO()
    call_command("benchmark", "--runs", "2", *args, stdout=out)
    return json.loads(out.getvalue())


def assert_measure(measure):
    assert measure["median_ms"] > 0
    assert measure["p95_ms"] > 0
    assert measure["queries"] > 0


def test_one_report_with_every_section(tmp_path):
    output = tmp_path / "reports" / "benchmark.json"
    missing = tmp_path / "no-load" / "summary.json"
    report = run_benchmark("--output", str(output), "--load-summary", str(missing))
    assert json.loads(output.read_text()) == report
    assert set(report) == SECTIONS

    environment = report["environment"]
    assert environment["runs"] == 2
    assert environment["database"]["vendor"] == "postgresql"
    assert environment["database"]["version"].split(".")[0].isdigit()
    assert environment["django"].startswith("5.2")
    assert environment["wagtail"].startswith("8.0")
    assert environment["pages"]["total"] > 0
    assert environment["pages"]["fr"] > 0 and environment["pages"]["en"] > 0
    assert environment["offers"]["fr"] >= 200
    assert environment["open_offers"]["total"] > 0
    assert environment["cache_backend"].endswith("LocMemCache")
    assert environment["search_backends"] == {"default": "search.database"}
    assert report["setup"] is None

    assert len(environment["load_average"]) == len(environment["load_average_after"]) == 3
    # One row per page type, as bakerydemo is measured.
    assert list(report["pages"]) == ["home", "listing", "detail", "guide", "search", "404"]
    assert set(report["listing"]) == {
        "listing",
        "listing_one_filter",
        "listing_query_and_filters",
        "listing_page_5",
        "feed",
        "api",
    }
    # Each search ranked every time, then made again: read from the results cache, with fewer
    # queries (search/result_cache.py).
    ranked = {name for name in report["search"] if not name.endswith("_again")}
    assert len(ranked) == 6
    assert set(report["search"]) == ranked | {f"{name}_again" for name in ranked}
    for name in ranked:
        assert report["search"][f"{name}_again"]["queries"] < report["search"][name]["queries"]
    for measure in [
        *report["pages"].values(),
        *report["listing"].values(),
        *report["search"].values(),
    ]:
        assert_measure(measure)

    english = report["translation_status"]["en"]
    for part in ("pages", "snippets"):
        assert english[part]["rows"] > 0
        assert english[part]["median_ms"] > 0
        assert english[part]["queries"] > 0
        assert sum(english[part]["states"].values()) == english[part]["rows"]

    assert report["alerts"] is None
    assert "--alerts" in report["notes"]["alerts"]
    assert report["load"] is None
    assert "scripts/load.sh" in report["notes"]["load"]


def test_the_load_summary_is_included(tmp_path):
    summary = tmp_path / "summary.json"
    summary.write_text(json.dumps({"runs": {"steady": {"requests_per_s": 512.3}}}))
    report = run_benchmark("--load-summary", str(summary))
    assert report["load"]["summary"] == {"runs": {"steady": {"requests_per_s": 512.3}}}
    assert report["load"]["source"] == str(summary)
    assert report["load"]["modified_at"].endswith("+00:00")
    assert "load" not in report["notes"]


def test_an_unreadable_load_summary_is_a_note_not_a_crash(tmp_path):
    summary = tmp_path / "summary.json"
    summary.write_text("{ truncated")
    report = run_benchmark("--load-summary", str(summary))
    assert report["load"] is None
    assert "could not be read" in report["notes"]["load"]
