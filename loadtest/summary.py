"""The figures of a run, computed from the files locust and the mix write.

Pure functions over rows read from CSV files (no locust, no Django), so they are unit-tested in
the normal suite (tests/test_loadtest_summary.py) while locust itself stays out of the test
extra.

Sources:
- `<run>_stats.csv` (locust): one row per request name plus "Aggregated", whole run: request
  and failure counts, requests/s and locust's percentiles.
- `<run>_stats_history.csv` (locust, `--csv-full-history`): a row a second with *cumulative*
  request and failure counts; the difference between two rows is what completed in between.
  Failures in a fault window and recovery times come from it, so their resolution is one
  second.
- `requests.csv` (loadtest/locustfile.py): one row per request (start time, name, response
  time, status), for latency over a window (while Redis is down) and 4xx counts.
"""

import csv
import math

AGGREGATED = "Aggregated"


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _number(value):
    """locust writes "N/A" where it has no figure (no request of that name yet)."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def stats_row(rows, name=AGGREGATED):
    """One name's whole-run figures from `<run>_stats.csv` rows; None if that name is absent."""
    for row in rows:
        if row["Name"] == name:
            return {
                "requests": int(row["Request Count"]),
                "failures": int(row["Failure Count"]),
                "rps": round(float(row["Requests/s"]), 1),
                "p50_ms": _number(row["50%"]),
                "p95_ms": _number(row["95%"]),
                "p99_ms": _number(row["99%"]),
                "max_ms": _number(row["Max Response Time"]),
            }
    return None


def per_second(history_rows, name=AGGREGATED):
    """[(timestamp, requests, failures)] completed since the previous row, from cumulative rows.

    A row stamped T counts what completed after the previous row's stamp and up to T. locust
    may write two rows in one second or skip one; only the order matters here.
    """
    seconds = []
    previous_requests = previous_failures = 0
    for row in history_rows:
        if row["Name"] != name:
            continue
        requests = int(row["Total Request Count"])
        failures = int(row["Total Failure Count"])
        seconds.append(
            (int(row["Timestamp"]), requests - previous_requests, failures - previous_failures)
        )
        previous_requests, previous_failures = requests, failures
    return seconds


def fault_failures(seconds, start, end):
    """Failures (before, during, after) a fault from `start` to `end` (Unix times).

    A second counts as "during" when its interval (previous stamp, stamp] overlaps the fault,
    so a failure is never counted after the fault because of the one-second rounding.
    """
    before = during = after = 0
    previous = None
    for stamp, _, failures in seconds:
        opened = stamp - 1 if previous is None else previous
        if stamp <= start:
            before += failures
        elif opened < end:
            during += failures
        else:
            after += failures
        previous = stamp
    return before, during, after


def recovery_seconds(seconds, restored_at, fault_start=None):
    """Seconds from `restored_at` until every request succeeds again, without anyone acting.

    The end of the last second with a failure (after `fault_start`, if given), minus
    `restored_at`; 0 when nothing failed after the service came back. None when requests were
    still failing in the run's last second: the site did not recover within the run.
    """
    last_failure = None
    for stamp, _, failures in seconds:
        if failures and (fault_start is None or stamp > fault_start):
            last_failure = stamp
    if last_failure is None:
        return 0.0
    if seconds and last_failure == seconds[-1][0]:
        return None
    return round(max(0.0, last_failure - restored_at), 1)


def percentile(values, q):
    """The nearest-rank q-th percentile (the smallest value with q % of values at or below it)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def window_latency(log_rows, start=None, end=None, names=None):
    """Requests started in [start, end) (optionally of some names): count, failures, p50/95/99.

    `log_rows` are rows of the mix's requests.csv: start (Unix time), name, ms, status, failed.
    """
    times = []
    failures = 0
    for row in log_rows:
        started = float(row["start"])
        if start is not None and started < start:
            continue
        if end is not None and started >= end:
            continue
        if names is not None and row["name"] not in names:
            continue
        times.append(float(row["ms"]))
        failures += row["failed"] == "1"
    return {
        "requests": len(times),
        "failures": failures,
        "p50_ms": _rounded(percentile(times, 50)),
        "p95_ms": _rounded(percentile(times, 95)),
        "p99_ms": _rounded(percentile(times, 99)),
    }


def _rounded(value):
    return None if value is None else round(value, 1)


def client_errors(log_rows):
    """{(name, status): count} of 4xx answers: every URL of the mix should answer, so any 4xx
    is a bug of the mix (a wrong URL or filter value), not of the site."""
    errors = {}
    for row in log_rows:
        status = int(row["status"])
        if 400 <= status < 500:
            key = f"{row['name']} {status}"
            errors[key] = errors.get(key, 0) + 1
    return errors


def health_unavailable(log_rows):
    """How many times /healthz answered 503: expected while the database is down (the mix does
    not count it as a failure), suspicious otherwise."""
    return sum(1 for row in log_rows if row["name"] == "healthz" and row["status"] == "503")


COLUMNS = [
    ("run", "{}"),
    ("rps", "{:.0f}"),
    ("p50", "{:.0f}"),
    ("p95", "{:.0f}"),
    ("p99", "{:.0f}"),
    ("requests", "{}"),
    ("fail", "{}"),
    ("during", "{}"),
    ("after", "{}"),
    ("recovery s", "{}"),
]


def table(runs):
    """A plain-text table of every run's figures (latencies in ms); '-' where not applicable."""
    lines = []
    for name, run in runs.items():
        cells = [
            name,
            run.get("rps"),
            run.get("p50_ms"),
            run.get("p95_ms"),
            run.get("p99_ms"),
            run.get("requests"),
            run.get("failures"),
            run.get("failures_during_fault"),
            run.get("failures_after_fault"),
            _recovery_cell(run),
        ]
        lines.append(
            [
                "-" if value is None else fmt.format(value)
                for value, (_, fmt) in zip(cells, COLUMNS, strict=True)
            ]
        )
    header = [title for title, _ in COLUMNS]
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]
    rendered = [
        "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        for row in [header, *lines]
    ]
    return "\n".join(rendered)


def _recovery_cell(run):
    if "fault" not in run or run["fault"].get("restored_at_s") is None:
        return None
    recovery = run.get("recovery_s")
    return "not recovered" if recovery is None else recovery


_WRK_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _wrk_ms(text):
    """ "337.12us", "1.20ms", "2.00s" in milliseconds."""
    for unit in ("us", "ms", "s"):
        if text.endswith(unit):
            return round(float(text[: -len(unit)]) * _WRK_UNITS[unit], 3)
    return None


def parse_wrk(output):
    """wrk's text report (with --latency): requests/s, latency percentiles in ms, requests,
    and errors (socket errors plus answers outside 2xx/3xx)."""
    figures = {"rps": None, "requests": None, "errors": 0}
    for raw in output.splitlines():
        line = raw.strip()
        parts = line.split()
        if line.startswith("Requests/sec:"):
            figures["rps"] = round(float(parts[1]), 1)
        elif len(parts) == 2 and parts[0] in ("50%", "90%", "99%"):
            figures[f"p{parts[0][:-1]}_ms"] = _wrk_ms(parts[1])
        elif "requests in" in line:
            figures["requests"] = int(parts[0])
        elif line.startswith("Socket errors:"):
            figures["errors"] += sum(int(part.strip(",")) for part in parts[3::2])
        elif line.startswith("Non-2xx or 3xx responses:"):
            figures["errors"] += int(parts[-1])
    return figures


def throughput_table(runs):
    """Requests/s per page and layer from each run's wrk figures ("throughput"), with the
    share of nginx's static figure and the load average before each measure."""
    lines = []
    for name, run in runs.items():
        for page, layers in run.get("throughput", {}).items():
            static = layers.get("static", {}).get("rps")
            for layer, figures in layers.items():
                rps = figures.get("rps")
                share = f" ({100 * rps / static:.0f} % of static)" if rps and static else ""
                lines.append(
                    f"{name}: {page} via {layer}: {_cell(rps, '{:.0f}')} req/s, p99 "
                    f"{_cell(figures.get('p99_ms'), '{:.1f}')} ms, {figures.get('errors')} "
                    f"errors, load {_cell(figures.get('load_average_1min'), '{}')}{share}"
                )
    return "\n".join(lines)


def _cell(value, fmt):
    return "-" if value is None else fmt.format(value)
