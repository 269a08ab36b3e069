"""The figures of the load and fault runs (loadtest/summary.py), from files in locust's format.

These functions decide what the issue note reports (percentiles, failures during and after a
fault, recovery time), so they are tested here, in the normal suite, without locust: the files
are written the way locust 2.x writes `--csv` and `--csv-full-history`.
"""

import csv
import json

import pytest

from loadtest import summary
from loadtest.runner import server_log

PERCENTILES = ["50%", "66%", "75%", "80%", "90%", "95%", "98%", "99%", "99.9%", "99.99%", "100%"]
STATS_HEADER = [
    "Type", "Name", "Request Count", "Failure Count", "Median Response Time",
    "Average Response Time", "Min Response Time", "Max Response Time", "Average Content Size",
    "Requests/s", "Failures/s", *PERCENTILES,
]  # fmt: skip
HISTORY_HEADER = [
    "Timestamp", "User Count", "Type", "Name", "Requests/s", "Failures/s", *PERCENTILES,
    "Total Request Count", "Total Failure Count", "Total Median Response Time",
    "Total Average Response Time", "Total Min Response Time", "Total Max Response Time",
    "Total Average Content Size",
]  # fmt: skip


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return summary.read_csv(path)


def stats_line(kind, name, requests, failures, rps, p50, p95, p99):
    percentiles = [p50, p50, p50, p50, p95, p95, p99, p99, p99, p99, p99]
    return [kind, name, requests, failures, p50, p50, 1, p99, 5000, rps, 0, *percentiles]


def history_line(stamp, name, total, failures):
    return [stamp, 20, "", name, 0, 0, *["N/A"] * 11, total, failures, 0, 0, 0, 0, 0]


@pytest.fixture
def stats(tmp_path):
    return write_csv(
        tmp_path / "locust_stats.csv",
        STATS_HEADER,
        [
            stats_line("GET", "search", 300, 2, 7.5, 120, 450, 2100),
            stats_line("GET", "healthz", 80, 0, 2.0, "N/A", "N/A", "N/A"),
            stats_line("", "Aggregated", 4000, 2, 100.04, 35, 210, 640),
        ],
    )


def test_whole_run_figures_come_from_the_aggregated_row(stats):
    assert summary.stats_row(stats) == {
        "requests": 4000,
        "failures": 2,
        "rps": 100.0,
        "p50_ms": 35.0,
        "p95_ms": 210.0,
        "p99_ms": 640.0,
        "max_ms": 640.0,
    }
    assert summary.stats_row(stats, "search")["p99_ms"] == 2100.0
    # locust writes N/A where it has no figure; a missing name has no row.
    assert summary.stats_row(stats, "healthz")["p50_ms"] is None
    assert summary.stats_row(stats, "sitemap.xml") is None


@pytest.fixture
def history(tmp_path):
    """Cumulative counts a second: 100 requests a second; 3 failures in second 1012, 5 in 1013,
    1 in 1015, none after; a per-name row (ignored) in between."""
    failures = {1012: 3, 1013: 5, 1015: 1}
    rows, total, failed = [], 0, 0
    for stamp in range(1001, 1031):
        total += 100
        failed += failures.get(stamp, 0)
        rows.append(history_line(stamp, "offer", total // 4, 0))
        rows.append(history_line(stamp, "Aggregated", total, failed))
    return write_csv(tmp_path / "locust_stats_history.csv", HISTORY_HEADER, rows)


def test_per_second_counts_are_the_differences_of_cumulative_rows(history):
    seconds = summary.per_second(history)
    assert len(seconds) == 30
    assert seconds[0] == (1001, 100, 0)
    assert seconds[11] == (1012, 100, 3)
    assert sum(failures for _, _, failures in seconds) == 9
    assert summary.per_second(history, "offer")[1] == (1002, 25, 0)


def test_failures_before_during_and_after_a_fault(history):
    seconds = summary.per_second(history)
    # Fault from 1011.2 to 1013.5: seconds 1012, 1013 and 1014 (which opened at 1013, before
    # the end) are "during"; 1015 is after.
    assert summary.fault_failures(seconds, 1011.2, 1013.5) == (0, 8, 1)
    # Nothing failed before the fault; every failure is counted once.
    assert summary.fault_failures(seconds, 1005, 1010) == (0, 0, 9)
    assert summary.fault_failures(seconds, 1020, 1025) == (9, 0, 0)


def test_recovery_is_the_end_of_the_last_failing_second_after_the_service_came_back(history):
    seconds = summary.per_second(history)
    # The last failure completed in the second ending at 1015.
    assert summary.recovery_seconds(seconds, restored_at=1013.5, fault_start=1011.2) == 1.5
    # Nothing failed after the service was back: no recovery time.
    assert summary.recovery_seconds(seconds, restored_at=1016.0, fault_start=1011.2) == 0.0
    # Failures before the fault are not the fault's.
    assert summary.recovery_seconds(seconds, restored_at=1020, fault_start=1019) == 0.0


def test_a_site_still_failing_in_the_last_second_has_not_recovered():
    seconds = [(1, 10, 0), (2, 10, 4), (3, 10, 2)]
    assert summary.recovery_seconds(seconds, restored_at=1.5) is None
    assert summary.recovery_seconds([(1, 10, 0), (2, 10, 0)], restored_at=1.5) == 0.0


def test_nearest_rank_percentiles():
    values = list(range(100, 0, -1))  # 1…100, unordered
    assert summary.percentile(values, 50) == 50
    assert summary.percentile(values, 95) == 95
    assert summary.percentile(values, 99) == 99
    assert summary.percentile(values, 100) == 100
    assert summary.percentile([7.5], 99) == 7.5
    assert summary.percentile([], 50) is None
    # The smallest value with at least q % of the values at or below it.
    assert summary.percentile([10, 20, 30, 1000], 95) == 1000
    assert summary.percentile([10, 20, 30, 1000], 50) == 20


@pytest.fixture
def request_log(tmp_path):
    rows = [
        [100.0, "home", 10, 200, 0],
        [100.5, "search", 2010, 200, 0],
        [101.0, "offer", 30, 500, 1],
        [101.9, "search", 40, 200, 0],
        [102.0, "listing (filtered)", 50, 404, 0],
        [103.0, "offer", 0, 0, 1],
    ]
    return write_csv(tmp_path / "requests.csv", ["start", "name", "ms", "status", "failed"], rows)


def test_latency_over_a_window_and_of_some_requests(request_log):
    assert summary.window_latency(request_log, 101.0, 102.0) == {
        "requests": 2,
        "failures": 1,
        "p50_ms": 30.0,
        "p95_ms": 40.0,
        "p99_ms": 40.0,
    }
    search = summary.window_latency(request_log, names={"search"})
    assert (search["requests"], search["p50_ms"], search["p99_ms"]) == (2, 40.0, 2010.0)
    assert summary.window_latency(request_log, 200, 300)["p50_ms"] is None


def test_4xx_answers_are_listed_by_name_and_status(request_log):
    assert summary.client_errors(request_log) == {"listing (filtered) 404": 1}


def test_the_table_shows_each_run_and_says_when_a_site_did_not_recover():
    runs = {
        "steady-cached": {"rps": 412.4, "p50_ms": 8, "p95_ms": 41, "p99_ms": 90.0,
                          "requests": 16500, "failures": 0},
        "postgres-restart": {"rps": 95.0, "p50_ms": 120, "p95_ms": 400, "p99_ms": 900,
                             "requests": 3800, "failures": 12, "failures_during_fault": 11,
                             "failures_after_fault": 1, "recovery_s": 1.0,
                             "fault": {"restored_at_s": 11.3}},
        "redis-stopped": {"rps": 90.0, "p50_ms": 1, "p95_ms": 2, "p99_ms": 3, "requests": 3,
                          "failures": 3, "failures_during_fault": 1, "failures_after_fault": 2,
                          "recovery_s": None, "fault": {"restored_at_s": 25.0}},
    }  # fmt: skip
    lines = summary.table(runs).splitlines()
    assert lines[0].split() == [
        "run", "rps", "p50", "p95", "p99", "requests", "fail", "during", "after", "recovery", "s",
    ]  # fmt: skip
    assert lines[1].split() == "steady-cached 412 8 41 90 16500 0 - - -".split()
    assert lines[2].split()[-1] == "1.0"
    assert lines[3].endswith("not recovered")


def test_server_log_counts_tracebacks_in_json_lines_and_plain_text(tmp_path):
    log = tmp_path / "gunicorn.log"
    error = {
        "level": "ERROR",
        "logger": "django.request",
        "message": "Internal Server Error: /fr/",
        "exc_info": 'Traceback (most recent call last):\n  File "x.py"\n'
        "psycopg.OperationalError: the connection is lost\n\tbefore or while processing",
    }
    request = {"level": "INFO", "logger": "careers_site.request", "message": "GET /fr/"}
    lines = [
        json.dumps({**request, "status": 200, "duration_ms": 12.5}),
        json.dumps({**request, "status": 500, "duration_ms": 30.0}),
        json.dumps(error),
        json.dumps(error),
        "Traceback (most recent call last):",
        '  File "y.py", line 1, in <module>',
        "ConnectionRefusedError: [Errno 111] Connection refused",
        "WARNING search.engine Search backend 'elasticsearch_fr' failed",
    ]
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = server_log(log)
    assert found["server_tracebacks"] == {
        "psycopg.OperationalError: the connection is lost": 2,
        "ConnectionRefusedError: [Errno 111] Connection refused": 1,
    }
    assert found["server_log_warnings"] == {
        "ERROR django.request: Internal Server Error: /fr/": 2,
        "WARNING search.engine Search backend 'elasticsearch_fr' failed": 1,
    }
    # The time Django spent, from the request log lines.
    assert found["server_time"] == {
        "requests": 2, "5xx": 1, "p50_ms": 12.5, "p95_ms": 30.0, "p99_ms": 30.0,
    }  # fmt: skip
    assert server_log(tmp_path / "missing.log")["server_tracebacks"] == {}


WRK_OUTPUT = """Running 4s test @ http://127.0.0.1:18202/fr/
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.52ms    2.01ms  40.10ms   91.00%
    Req/Sec     7.40k     1.10k    9.80k    70.00%
  Latency Distribution
     50%  850.00us
     75%    1.60ms
     90%    3.20ms
     99%   16.39ms
  58560 requests in 4.00s, 380.12MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 3
Requests/sec:  14638.65
Transfer/sec:     95.03MB
"""


def test_wrk_figures_and_errors_are_read_from_its_report():
    assert summary.parse_wrk(WRK_OUTPUT) == {
        "rps": 14638.6,
        "requests": 58560,
        "errors": 6,
        "p50_ms": 0.85,
        "p90_ms": 3.2,
        "p99_ms": 16.39,
    }
    assert summary.parse_wrk("") == {"rps": None, "requests": None, "errors": 0}


def wrk_figures(rps, p99, load=None):
    return {"rps": rps, "p99_ms": p99, "errors": 0, "load_average_1min": load}


def test_the_throughput_lines_give_each_layer_its_share_of_nginx_static():
    cached = {
        "static": wrk_figures(20000.0, 9.0, 1.5),
        "cdn": wrk_figures(15000.0, 12.0, 1.6),
        "app": wrk_figures(900.0, 80.0, 2.0),
    }
    runs = {
        "steady-cached": {"throughput": {"home": cached}},
        "steady-uncached": {"throughput": {"home": {"app": wrk_figures(60.0, 400.0)}}},
        "redis-stopped": {},
    }
    lines = summary.throughput_table(runs).splitlines()
    assert lines == [
        "steady-cached: home via static: 20000 req/s, p99 9.0 ms, 0 errors, load 1.5 "
        "(100 % of static)",
        "steady-cached: home via cdn: 15000 req/s, p99 12.0 ms, 0 errors, load 1.6 "
        "(75 % of static)",
        "steady-cached: home via app: 900 req/s, p99 80.0 ms, 0 errors, load 2.0 (4 % of static)",
        "steady-uncached: home via app: 60 req/s, p99 400.0 ms, 0 errors, load -",
    ]


def test_healthz_503s_are_counted_apart():
    rows = [
        {"start": "1", "name": "healthz", "ms": "3", "status": "503", "failed": "0"},
        {"start": "2", "name": "healthz", "ms": "3", "status": "200", "failed": "0"},
        {"start": "3", "name": "home", "ms": "3", "status": "503", "failed": "1"},
    ]
    assert summary.health_unavailable(rows) == 1
