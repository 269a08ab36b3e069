"""One run: gunicorn with the run's environment, a warm-up, locust, the fault, the figures."""

import json
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from . import summary, throughput
from .runs import Timing
from .services import BlackHole, Gunicorn, Nginx, free_port, http_status

FIRST_REQUEST_TIMEOUT = 30


def warm_up(base_url, targets):
    """One GET of each kind of page per language (and the warm image page, which makes its
    renditions), so a run measures a started site; {url: status} of those not answering 2xx/3xx.
    """
    urls = [targets["image_page"], *targets["documents"][:1], "/sitemap.xml", *targets["sitemaps"]]
    for language in targets["languages"].values():
        urls += [language["home"], language["listing"], language["offers"][0]]
        urls += [language["guides"][0]]
    return not_answering(base_url, urls)


def preflight(base_url, targets):
    """Every URL of the mix once: {url: status} of those not answering 2xx/3xx (a 4xx is a bug
    of the mix, a 5xx a bug of the site)."""
    urls = [targets["image_page"], *targets["documents"], "/sitemap.xml", "/healthz"]
    urls += targets["sitemaps"]
    for language in targets["languages"].values():
        urls += [language["home"], language["listing"], *language["offers"], *language["guides"]]
        urls += [f"{language['listing']}?page=2"]
        urls += [
            f"{language['listing']}?{name}={values[0]}"
            for name, values in targets["filters"].items()
        ]
        urls += [
            f"{language['listing']}?{name}={values[-1]}"
            for name, values in targets["filters"].items()
        ]
    return not_answering(base_url, urls)


def not_answering(base_url, urls):
    """{url: status} of the URLs that do not answer 2xx or 3xx to one GET (0: no connection)."""
    problems = {}
    for url in urls:
        status, _ = http_status(base_url + url, timeout=60)
        if not 200 <= status < 400:
            problems[url] = status
    return problems


@dataclass
class RunContext:
    """Everything a run needs: the services, the paths and the settings of this invocation."""

    venv: Path
    root: Path
    out: Path
    base_env: dict
    services: dict
    targets: dict
    timing: Timing
    users: int
    wait: str  # "min,max" seconds between a visitor's requests
    workers: int
    threads: int
    work: Path  # a throwaway folder (nginx's configuration and cache go in <work>/<run>/)
    # The cookies that make a page personal (the session's and PAGE_CACHE_PERSONAL_COOKIES):
    # nginx bypasses its cache for them.
    personal_cookies: tuple = ()


def execute(run, ctx):
    """Run `run` and return its figures (a dict for summary.json)."""
    out = ctx.out / run.name
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    ctx.services["redis"].flush()

    env = {**ctx.base_env, "PAGE_CACHE_SECONDS": str(run.page_cache_seconds)}
    black_hole = None
    if run.elasticsearch == "refused":
        env["ELASTICSEARCH_URL"] = f"http://127.0.0.1:{free_port()}"
    elif run.elasticsearch == "black-hole":
        black_hole = BlackHole()
        env["ELASTICSEARCH_URL"] = f"http://127.0.0.1:{black_hole.port}"

    nginx = None
    if run.cdn:
        nginx = Nginx(ctx.work / run.name, out / "nginx.log", None, ctx.personal_cookies)
        # Publishing purges nginx as it would purge the CDN (none happens during the runs).
        env["FRONTEND_CACHE_PURGE_URL"] = nginx.url
    gunicorn = Gunicorn(ctx.venv, ctx.root, env, out / "gunicorn.log", ctx.workers, ctx.threads)
    gunicorn.start()
    try:
        if nginx is not None:
            nginx.app_port = gunicorn.port
            nginx.start()
        front = nginx.url if nginx is not None else gunicorn.url
        warm_problems = warm_up(front, ctx.targets)
        # Other work on the machine shares the cores with locust and gunicorn: say how much.
        load_before = os.getloadavg()[0]
        figures, fault = load(run, ctx, front, gunicorn, out)
        figures["load_average_1min"] = {"before": load_before, "after": os.getloadavg()[0]}
        figures["front"] = "nginx (CDN)" if nginx is not None else "gunicorn"
        if run.throughput and throughput.wrk_available():
            figures["throughput"] = measure_throughput(run, ctx, gunicorn, nginx)
    finally:
        if nginx is not None:
            nginx.stop()
        gunicorn.stop()
        if black_hole is not None:
            black_hole.stop()
    figures["warm_up_problems"] = warm_problems
    figures.update(server_log(out / "gunicorn.log"))
    figures["page_cache_seconds"] = run.page_cache_seconds
    figures["description"] = run.description
    if fault:
        figures["fault"] = fault
    return figures


def measure_throughput(run, ctx, gunicorn, nginx):
    """wrk on a home page and an offer through each layer (loadtest/throughput.py)."""
    french = ctx.targets["languages"]["fr"]
    pages = {"home": french["home"], "offer": french["offers"][0]}
    urls = {}
    for page, path in pages.items():
        layers = {}
        if nginx is not None and run.page_cache_seconds:
            static = throughput.copy_as_static(nginx.url + path, nginx.static_root, page)
            layers["static"] = nginx.static_url + static
            layers["cdn"] = nginx.url + path
        layers["app"] = gunicorn.url + path
        urls[page] = layers
    # Rendering pages takes tens of ms each: fewer connections, or they only queue.
    connections = throughput.CONNECTIONS
    if not run.page_cache_seconds:
        connections = throughput.CONNECTIONS_UNCACHED
    return throughput.measure(urls, ctx.timing.wrk_s, connections)


def load(run, ctx, front, gunicorn, out):
    request_log = out / "requests.csv"
    env = {
        **ctx.base_env,
        "LOAD_TARGETS": str(ctx.out / "targets.json"),
        "LOAD_REQUEST_LOG": str(request_log),
        "LOAD_WAIT": ctx.wait,
    }
    args = [
        f"{ctx.venv}/bin/locust", "-f", str(ctx.root / "loadtest" / "locustfile.py"),
        "--headless", "--only-summary", "--loglevel", "WARNING",
        "--users", str(ctx.users), "--spawn-rate", str(ctx.users),
        "--run-time", f"{ctx.timing.duration_s}s", "--stop-timeout", "5",
        "--host", front,
        "--csv", str(out / "locust"), "--csv-full-history",
        "--exit-code-on-error", "0",
    ]  # fmt: skip
    with open(out / "locust.log", "wb") as log:
        locust = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        started = first_request(request_log, locust)
        fault = inflict(run, ctx, gunicorn, started)
        locust.wait(timeout=ctx.timing.duration_s + 60)
    finally:
        if locust.poll() is None:
            locust.kill()
            locust.wait()
    ended = time.time()
    return figures(run, out, started, ended, fault), fault


def first_request(request_log, locust):
    """The Unix time of the first request: the run's t = 0."""
    deadline = time.monotonic() + FIRST_REQUEST_TIMEOUT
    while time.monotonic() < deadline:
        if locust.poll() is not None:
            raise RuntimeError(f"locust exited early; see {request_log.parent / 'locust.log'}")
        if request_log.exists():
            lines = request_log.read_text(encoding="utf-8").splitlines()
            if len(lines) > 1:
                return float(lines[1].split(",")[0])
        time.sleep(0.1)
    raise TimeoutError("locust sent no request")


def sleep_until(moment):
    time.sleep(max(0.0, moment - time.time()))


def inflict(run, ctx, gunicorn, started):
    """Do the run's fault at its times; {started_at, restored_at (Unix), probes…} or None."""
    timing = ctx.timing
    services = ctx.services
    if run.elasticsearch:
        return {"kind": f"elasticsearch {run.elasticsearch}", "whole_run": True}
    if run.fault is None:
        return None
    sleep_until(started + timing.fault_at_s)
    fault = {"kind": run.fault, "started_at": time.time()}
    if run.fault == "postgres":
        services["postgres"].restart()
    else:
        stop, start = {
            "s3": (services["s3"].stop, services["s3"].start),
            "redis": (services["redis"].stop, services["redis"].start),
        }[run.fault]
        stop()
        if run.fault == "s3":
            # Halfway through the outage, what a visitor gets from a document link and from a
            # page whose image was never rendered (it needs the original file from S3).
            sleep_until(started + (timing.fault_at_s + timing.restore_at_s) / 2)
            fault["probe_during"] = s3_probe(gunicorn.url, ctx.targets)
        sleep_until(started + timing.restore_at_s)
        start()
    fault["restored_at"] = time.time()
    if run.fault == "s3":
        fault["probe_after"] = s3_probe(gunicorn.url, ctx.targets)
    return fault


def s3_probe(base_url, targets):
    document = targets["documents"][0]
    status, location = http_status(base_url + document)
    probe = {"document": document, "document_status": status}
    if location and location.startswith("http"):
        probe["document_redirect_host"] = location.split("/")[2]
        probe["document_file_status"], reason = http_status(location)
        if probe["document_file_status"] == 0:
            probe["document_file_error"] = reason
    # Once rendered, this page's renditions exist: only the outage's first request tells.
    probe["unrendered_image_page_status"], _ = http_status(base_url + targets["cold_image_page"])
    return probe


def figures(run, out, started, ended, fault):
    stats_rows = summary.read_csv(out / "locust_stats.csv")
    history = summary.per_second(summary.read_csv(out / "locust_stats_history.csv"))
    log = summary.read_csv(out / "requests.csv")
    result = dict(summary.stats_row(stats_rows))
    result["by_name"] = {
        row["Name"]: summary.stats_row(stats_rows, row["Name"])
        for row in stats_rows
        if row["Name"] != summary.AGGREGATED
    }
    result["client_errors"] = summary.client_errors(log)
    result["healthz_503"] = summary.health_unavailable(log)
    if fault and "started_at" in fault:
        start, end = fault["started_at"], fault["restored_at"]
        before, during, after = summary.fault_failures(history, start, end)
        result.update(
            failures_before_fault=before,
            failures_during_fault=during,
            failures_after_fault=after,
            recovery_s=summary.recovery_seconds(history, restored_at=end, fault_start=start),
            # For a restart (PostgreSQL), what a visitor sees: from the fault to no errors.
            errors_for_s=summary.recovery_seconds(history, restored_at=start, fault_start=start),
            latency_during_fault=summary.window_latency(log, start, end),
            latency_after_fault=summary.window_latency(log, end, ended),
        )
        fault["started_at_s"] = round(start - started, 1)
        fault["restored_at_s"] = round(end - started, 1)
        fault["outage_s"] = round(end - start, 1)
    if run.elasticsearch:
        result["search"] = summary.window_latency(log, names={"search"})
        result["failures_during_fault"] = result["failures"]
    return result


# The line naming an exception: "psycopg.OperationalError: …", "KeyError", not "  File …" nor
# the indented continuation of a multi-line message.
EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Interrupted|Exit|Timeout)\b")
SERIOUS = ("WARNING", "ERROR", "CRITICAL")
REQUEST_LOGGER = "careers_site.request"


def server_log(path):
    """What gunicorn's log says went wrong: warnings and errors by logger and message, and
    the last line of each distinct traceback. Reads JSON lines (production's LOG_FORMAT,
    core/logging.py: a traceback is the record's `exc_info`) and plain text."""
    text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    causes = {}
    serious = {}
    django_ms = []
    server_errors = 0
    in_traceback = False

    def count(table, key):
        table[key[:300]] = table.get(key[:300], 0) + 1

    for line in text.splitlines():
        if line.startswith("{"):
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if isinstance(record, dict):
                if record.get("logger") == REQUEST_LOGGER and "duration_ms" in record:
                    django_ms.append(float(record["duration_ms"]))
                    server_errors += int(record.get("status", 0)) >= 500
                if record.get("level") in SERIOUS:
                    count(
                        serious,
                        f"{record['level']} {record.get('logger')}: "
                        f"{str(record.get('message'))[:160]}",
                    )
                if record.get("exc_info"):
                    count(causes, last_exception(str(record["exc_info"]).splitlines()))
                continue
        if line.startswith("Traceback"):
            in_traceback = True
        elif in_traceback and EXCEPTION_LINE.match(line):
            count(causes, line)
            in_traceback = False
        elif line.startswith(SERIOUS):
            count(serious, line[:200])
    return {
        "server_tracebacks": causes,
        "server_log_warnings": serious,
        # The time spent in Django (core/request_log.py), without the wait for a free
        # worker that locust's figures include.
        "server_time": {
            "requests": len(django_ms),
            "5xx": server_errors,
            "p50_ms": summary.percentile(django_ms, 50),
            "p95_ms": summary.percentile(django_ms, 95),
            "p99_ms": summary.percentile(django_ms, 99),
        },
    }


def last_exception(lines):
    """The last exception a traceback names (the one raised last, in a chain)."""
    named = [line for line in lines if EXCEPTION_LINE.match(line)]
    return named[-1] if named else (lines[-1] if lines else "")
