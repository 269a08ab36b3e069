"""The side-by-side harness (loadtest/side_by_side.py): wrk's report read right and the issue's
table written from two results. No database, no server: the timings themselves are the
harness's business, not the suite's."""

from loadtest import side_by_side

WRK_REPORT = """Running 10s test @ http://127.0.0.1:18101/fr/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   105.23ms   20.11ms   1.20s    80.00%
    Req/Sec    76.00     20.00   110.00     70.00%
  Latency Distribution
     50%  812.00us
     75%  110.00ms
     90%  120.00ms
     99%    1.50s
  1520 requests in 10.01s, 20.00MB read
  Non-2xx or 3xx responses: 7
  Socket errors: connect 0, read 2, write 0, timeout 3
Requests/sec:    151.85
Transfer/sec:      2.00MB
"""


def test_wrk_report_is_read_with_its_units():
    assert side_by_side.parse_wrk(WRK_REPORT) == {
        "requests_per_second": 151.85,
        "requests": 1520,
        "p50_ms": 0.81,
        "p99_ms": 1500.0,
        "non_2xx_3xx": 7,
        "socket_errors": 5,
    }


def test_a_clean_run_has_no_errors():
    clean = WRK_REPORT.replace("  Non-2xx or 3xx responses: 7\n", "").replace(
        "  Socket errors: connect 0, read 2, write 0, timeout 3\n", ""
    )
    parsed = side_by_side.parse_wrk(clean)
    assert (parsed["non_2xx_3xx"], parsed["socket_errors"]) == (0, 0)


def result(mode, **pages):
    rows = []
    for name, (ms, queries, rps) in pages.items():
        row = {"page": name, "median_ms": ms, "queries": queries, "median_cpu_ms": ms / 2}
        row.update(status=200, requests_per_second=rps, p50_ms=ms * 8, p99_ms=ms * 12)
        rows.append(row)
    return {"mode": mode, "machine": {"cores": 2, "load_average": [1.5, 1.2, 1.0]}, "pages": rows}


def test_table_has_the_issue_columns_and_bolds_ratios_under_the_target():
    portal = {"inprocess": result("inprocess", home=(11.0, 11, 0), search=(22.9, 15, 0))}
    portal["http"] = result("http", home=(0, 0, 145.2), search=(0, 0, 71.0))
    bakery = {"inprocess": result("inprocess", home=(38.2, 43, 0), search=(35.7, 39, 0))}
    bakery["http"] = result("http", home=(0, 0, 50.0), search=(0, 0, 48.0))
    lines = side_by_side.table(portal, bakery).splitlines()
    assert lines[0].startswith("| page | portal in-process ms (queries) | bakerydemo ms")
    assert lines[2] == "| home | 11.0 (11) | 38.2 (43) | 145 | 50 | 2.9× |"
    assert lines[3] == "| search (one common word) | 22.9 (15) | 35.7 (39) | 71 | 48 | **1.5×** |"


def test_report_states_the_load_of_every_measurement():
    portal = {"inprocess": result("inprocess", home=(11.0, 11, 0))}
    http = side_by_side.best_of(
        [
            {**result("http", home=(0, 0, 100.0)), "load_before": [2.0], "load_after": [3.0]},
            {**result("http", home=(0, 0, 120.0)), "load_before": [1.0], "load_after": [1.5]},
        ]
    )
    assert http["pages"][0]["requests_per_second"] == 120.0
    text = side_by_side.report({**portal, "http": http}, {})
    assert "| home | 11.0 (11) | – | 120 | – | – |" in text
    assert "portal http: 2 cores, load average 2.0 → 3.0; 1.0 → 1.5" in text
    assert "portal inprocess: 2 cores, load average 1.5 1.2 1.0" in text
