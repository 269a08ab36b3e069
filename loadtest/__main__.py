"""Load and fault runs: `python -m loadtest [--quick] [--users N] [--only RUN,…]`.

Called by scripts/load.sh, which installs what is missing and starts a throwaway PostgreSQL
cluster (DATABASE_URL, LOAD_PG_BIN, LOAD_PG_DATA). Starts Redis and an S3 server on free
loopback ports, loads the data, then runs each run of loadtest/runs.py against gunicorn with the
production settings, and writes test-artifacts/load/<run>/ (raw CSVs, logs) and
test-artifacts/load/summary.json. Everything started here is stopped on exit.
"""

import argparse
import importlib.metadata
import json
import os
import platform
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from . import summary, throughput
from .runner import RunContext, execute, preflight
from .runs import FULL, QUICK, RUNS
from .services import Gunicorn, Postgres, Redis, S3Server

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
OUT = ROOT / "test-artifacts" / "load"
OFFERS = 2000
# gunicorn.conf.py's defaults, written out so the summary records them: cores + 1 gthread
# workers, 4 threads each.
WORKERS = (os.cpu_count() or 1) + 1
THREADS = 4


def say(text):
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def arguments():
    parser = argparse.ArgumentParser(prog="scripts/load.sh", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="10-second runs (a smoke run)")
    parser.add_argument("--users", type=int, default=20, help="simulated visitors (20)")
    parser.add_argument(
        "--wait", default="0.2,1.0", help="each visitor's pause between requests, min,max seconds"
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=OUT,
        help="where summary.json and each run's files go (test-artifacts/load)",
    )
    parser.add_argument(
        "--only", help="comma-separated run names: " + ", ".join(run.name for run in RUNS)
    )
    return parser.parse_args()


def setup_command(out, env, *args):
    """A set-up command, its output (JSON log lines) in <output>/setup.log."""
    with open(out / "setup.log", "a", encoding="utf-8") as log:
        log.write(f"$ {' '.join(args)}\n")
        log.flush()
        try:
            subprocess.run(args, cwd=ROOT, env=env, check=True, stdout=log, stderr=log)
        except subprocess.CalledProcessError:
            say(f"Set-up failed: {' '.join(args)}; see {out / 'setup.log'}")
            raise


def manage(out, env, *args):
    setup_command(out, env, str(VENV / "bin/python"), "manage.py", *args)


def base_environment(work, redis, s3):
    """gunicorn's (and the set-up commands') environment: the production settings, plain HTTP
    on loopback (SECURE_SSL_REDIRECT=False: no TLS terminator in front here), e-mail written to
    files in the work folder (production refuses the console backend, and nobody reads these)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "careers_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Production has no default public address. The visitors request paths and never
        # follow the absolute links pages write, so the port those links name does not matter.
        "SITE_URL": "http://127.0.0.1",
        "SECURE_SSL_REDIRECT": "False",
        "CONN_MAX_AGE": "60",
        "CONN_HEALTH_CHECKS": "True",
        "REDIS_URL": redis.url,
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        # filemail:// takes the folder after one more slash: filemail:////tmp/... is absolute.
        "EMAIL_URL": f"filemail:///{work / 'mail'}",
        **s3.environment(),
    }


def set_up(env, out):
    started = time.monotonic()
    (out / "setup.log").unlink(missing_ok=True)
    manage(out, env, "migrate", "--noinput", "-v0")
    # A throwaway database nobody else reaches: the demo accounts' known password is no risk.
    manage(out, env, "load_demo_content", "--allow-production-settings", "-v0")
    manage(out, env, "generate_offers", "--count", str(OFFERS), "--seed", "1", "-v0")
    manage(out, env, "collectstatic", "--noinput", "-v0")
    targets = out / "targets.json"
    setup_command(out, env, str(VENV / "bin/python"), "-m", "loadtest.seed", str(targets))
    say(f"Data ready in {time.monotonic() - started:.0f} s.")
    return json.loads(targets.read_text(encoding="utf-8"))


def personal_cookies(env):
    """The session cookie's name and PAGE_CACHE_PERSONAL_COOKIES, from the settings: nginx
    bypasses its cache for requests carrying one."""
    code = (
        "import json; from django.conf import settings as s; "
        "print(json.dumps([s.SESSION_COOKIE_NAME, *s.PAGE_CACHE_PERSONAL_COOKIES]))"
    )
    result = subprocess.run(
        [str(VENV / "bin/python"), "manage.py", "shell", "-c", code],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return tuple(json.loads(result.stdout.strip().splitlines()[-1]))


def git_commit():
    result = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True
    )
    return result.stdout.strip() or None


def environment_figures(args, timing, targets):
    return {
        "users": args.users,
        "wait_s": args.wait,
        "duration_s": timing.duration_s,
        "fault_at_s": timing.fault_at_s,
        "restore_at_s": timing.restore_at_s,
        "quick": args.quick,
        "workers": WORKERS,
        "threads": THREADS,
        "gunicorn_config": "gunicorn.conf.py" if (ROOT / "gunicorn.conf.py").exists() else "flags",
        "offers_generated": OFFERS,
        "open_offers": {lang: data["open_offers"] for lang, data in targets["languages"].items()},
        "git_commit": git_commit(),
        "cpu_cores": os.cpu_count(),
        "cores_note": "locust and gunicorn share the machine's cores",
        # Importing locust here would monkey-patch this process (gevent) under its threads.
        "locust": importlib.metadata.version("locust"),
        "python": platform.python_version(),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "transport": "plain HTTP on loopback (SECURE_SSL_REDIRECT=False)",
        "front": "nginx (loadtest/nginx.conf.template) playing the CDN, unless a run says not",
        "nginx": nginx_version(),
        "wrk_connections": throughput.CONNECTIONS,
        "wrk_threads": throughput.THREADS,
        "load_average_1_5_15min_at_end": [round(value, 2) for value in os.getloadavg()],
    }


def nginx_version():
    if not shutil.which("nginx"):
        return None
    result = subprocess.run(["nginx", "-v"], capture_output=True, text=True)
    return result.stderr.strip().removeprefix("nginx version: ")


def main():
    args = arguments()
    timing = QUICK if args.quick else FULL
    runs = RUNS
    if args.only:
        names = set(args.only.split(","))
        runs = [run for run in RUNS if run.name in names]
        if unknown := names - {run.name for run in runs}:
            sys.exit(f"Unknown run(s): {', '.join(sorted(unknown))}")
    # SIGTERM ends like Ctrl-C: through the finally below, which stops every service.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    out = args.output.resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="careers-load-"))
    redis = Redis(out / "redis.log")
    s3 = S3Server()
    try:
        redis.start()
        s3.start()
        s3.create_bucket()
        env = base_environment(work, redis, s3)
        targets = set_up(env, out)
        services = {"redis": redis, "s3": s3, "postgres": Postgres()}
        check = Gunicorn(VENV, ROOT, env, out / "preflight-gunicorn.log", WORKERS, THREADS)
        check.start()
        try:
            problems = preflight(check.url, targets)
        finally:
            check.stop()
        for url, status in problems.items():
            say(f"Preflight: {url} answered {status}")
        ctx = RunContext(
            venv=VENV, root=ROOT, out=out, base_env=env, services=services, targets=targets,
            timing=timing, users=args.users, wait=args.wait, workers=WORKERS, threads=THREADS,
            work=work, personal_cookies=personal_cookies(env),
        )  # fmt: skip
        results = {}
        for run in runs:
            say(f"Run {run.name}: {run.description} ({timing.duration_s} s)…")
            results[run.name] = execute(run, ctx)
        report = {
            "environment": environment_figures(args, timing, targets),
            "preflight_problems": problems,
            "runs": results,
        }
        (out / "summary.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
        say("\n" + summary.table(results))
        say(notes(results))
        if speeds := summary.throughput_table(results):
            say(
                f"\nRequests/s with wrk on loopback ({throughput.CONNECTIONS} connections, "
                f"{throughput.CONNECTIONS_UNCACHED} for uncached pages):"
            )
            say(speeds)
        say(f"\nFigures: {out / 'summary.json'}; raw CSVs and logs: {out}/<run>/")
    finally:
        s3.stop()
        redis.stop()
        shutil.rmtree(work, ignore_errors=True)


def notes(results):
    """What the table cannot show: 4xx of the mix, server tracebacks, probes, search latency."""
    lines = ["", "Latencies in ms; 'during'/'after': failures while the fault lasted / after it."]
    for name, run in results.items():
        server = run.get("server_time", {})
        lines.append(
            f"{name}: time in Django p50/p95/p99 {server.get('p50_ms')}/{server.get('p95_ms')}/"
            f"{server.get('p99_ms')} ms, {server.get('5xx')} answers 5xx; load average "
            f"{run['load_average_1min']['before']:.1f} before, "
            f"{run['load_average_1min']['after']:.1f} after"
        )
        if run.get("healthz_503"):
            lines.append(
                f"{name}: /healthz answered 503 {run['healthz_503']} times "
                "(expected only while PostgreSQL is down)"
            )
        if run.get("client_errors"):
            lines.append(f"{name}: 4xx (a bug of the mix): {run['client_errors']}")
        for cause, count in run.get("server_tracebacks", {}).items():
            lines.append(f"{name}: {count} × {cause}")
        if "search" in run:
            search = run["search"]
            lines.append(
                f"{name}: search p50/p95/p99 {search['p50_ms']}/{search['p95_ms']}/"
                f"{search['p99_ms']} ms over {search['requests']} searches, "
                f"{search['failures']} failed"
            )
        fault = run.get("fault", {})
        if "latency_during_fault" in run:
            during = run["latency_during_fault"]
            lines.append(
                f"{name}: during the fault ({fault['outage_s']} s) p50/p95/p99 "
                f"{during['p50_ms']}/{during['p95_ms']}/{during['p99_ms']} ms, "
                f"{during['failures']} of {during['requests']} requests failed"
            )
        for probe in ("probe_during", "probe_after"):
            if probe in fault:
                lines.append(f"{name}: {probe.replace('_', ' ')}: {fault[probe]}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
