"""The portal beside wagtail/bakerydemo, in one sitting, with one harness (issue 25).

Standard library only at import time: the `inprocess` subcommand runs inside the measured
project's own virtualenv (bakerydemo's too), with that project's root as the working directory,
and imports nothing from the portal. Subcommands:

    inprocess  Django's test client in this process: per path, median and p95 wall ms, median
               CPU ms (process time: steadier than wall time on a shared machine), SQL queries
               and status code, after a warm-up request. Run it with the project's python.
    http       gunicorn (2 sync workers, no worker recycling) on a free port in 18101-18110,
               then `wrk -t2 -c16` per path: req/s, latency p50/p99, non-2xx/3xx responses,
               with the load average before and after and the number of cores.
    compare    The markdown table of issue 25 from the two projects' results.
    run        All of it for both projects in one sitting (the portal's paths and uncached
               environment built in; bakerydemo's passed as arguments): docs/benchmarks.md.

Every result carries the load average: a ratio taken while other work shares the cores is only
meaningful when both projects were measured under the same load (docs/benchmarks.md).
"""

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

# The page types of the table, in its order.
PAGES = ("home", "listing", "detail", "guide", "search", "404")
PAGE_TITLES = {
    "home": "home",
    "listing": "listing (offers / blog index)",
    "detail": "detail (offer / blog post)",
    "guide": "guide (guide / bread page)",
    "search": "search (one common word)",
    "404": "404",
}
# The portal's French site (demo content: `load_demo_content`), one path per page type. The
# offer is looked up in the portal's database (OFFER_LOOKUP): generated offers' titles, hence
# their addresses, change with the generator.
PORTAL_PATHS = {
    "home": "/fr/",
    "listing": "/fr/offres/",
    "detail": None,
    "guide": "/fr/bienvenue-en-france/ouvrir-un-compte-bancaire/",
    "search": "/fr/search/?q=recherche",
    "404": "/fr/cette-page-nexiste-pas/",
}
# The first open offer of the French site, as `manage.py benchmark` picks it; run by the
# portal's own `manage.py shell`, as this module imports nothing from the portal.
OFFER_LOOKUP = """
from offers.models import OfferPage
offer = OfferPage.objects.open().filter(locale__language_code="fr").order_by("pk").first()
print(offer.url)
"""
PORTS = range(18101, 18111)
HOST = "localhost"
SECRET = "side-by-side-benchmark-only-never-in-production-0123456789"


# --- In-process ------------------------------------------------------------------------------
def labelled(paths):
    """`name=/path/` or `/path/` (named after itself) -> [(name, path)]."""
    pairs = []
    for item in paths:
        name, sep, path = item.partition("=")
        pairs.append((name, path) if sep and not name.startswith("/") else (item, item))
    return pairs


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def measure_inprocess(paths, runs, host):
    """Import Django here, inside the measured project's virtualenv."""
    sys.path.insert(0, os.getcwd())
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=host)
    results = []
    for name, path in labelled(paths):
        client.get(path)  # warm: site root paths, templates, the connection
        wall, cpu = [], []
        for _ in range(runs):
            # Each request a first visit with no cookie, like wrk's.
            client.cookies.clear()
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(path)
            cpu.append((time.process_time() - started_cpu) * 1000)
            wall.append((time.perf_counter() - started) * 1000)
        # Counted apart: capturing queries makes each one a little slower.
        client.cookies.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        results.append(
            {
                "page": name,
                "path": path,
                "status": response.status_code,
                "bytes": len(response.content),
                "median_ms": round(statistics.median(wall), 1),
                "p95_ms": round(percentile(wall, 0.95), 1),
                "median_cpu_ms": round(statistics.median(cpu), 1),
                "queries": len(queries),
            }
        )
    return {
        "mode": "inprocess",
        "settings": os.environ.get("DJANGO_SETTINGS_MODULE"),
        "database": connection.vendor,
        "runs": runs,
        "machine": machine(),
        "pages": results,
    }


# --- HTTP: gunicorn and wrk ------------------------------------------------------------------
UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0, "h": 3600000.0}


def to_ms(text):
    number, unit = re.fullmatch(r"([\d.]+)([a-z]+)", text).groups()
    return float(number) * UNITS_MS[unit]


def parse_wrk(output):
    """wrk --latency's report -> req/s, p50/p99 ms, requests, non-2xx/3xx and socket errors."""
    found = {
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "non_2xx_3xx": 0,
        "socket_errors": 0,
    }
    for share in ("50", "99"):
        match = re.search(rf"^\s+{share}(?:\.0+)?%\s+([\d.]+[a-z]+)", output, re.MULTILINE)
        found[f"p{share}_ms"] = round(to_ms(match.group(1)), 2) if match else None
    if match := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output):
        found["non_2xx_3xx"] = int(match.group(1))
    if match := re.search(r"Socket errors:([^\n]+)", output):
        found["socket_errors"] = sum(int(n) for n in re.findall(r"\d+", match.group(1)))
    return found


def free_port():
    for port in PORTS:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise SystemExit(f"No free port in {PORTS.start}-{PORTS.stop - 1}.")


def wait_until_answering(url, process, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn stopped (exit {process.returncode}) before answering.")
        try:
            urllib.request.urlopen(url, timeout=5).close()
            return
        except urllib.error.HTTPError:
            return  # any HTTP answer (a 404, a 500) means the server is up
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer within {timeout} s.")


def fetch_quietly(url):
    try:
        urllib.request.urlopen(url, timeout=30).close()
    except urllib.error.HTTPError:
        pass


def measure_http(root, venv, wsgi, paths, env, duration, log_path):
    """One pass: gunicorn started, every path under wrk, gunicorn stopped."""
    wrk = shutil.which("wrk")
    if not wrk:
        raise SystemExit("wrk is missing: apt-get install wrk")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # An empty configuration file: gunicorn would otherwise read ./gunicorn.conf.py (the
    # portal's production settings: more workers, recycling) and the harness would differ.
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as config:
        config.write("# side_by_side.py: every setting on the command line\n")
    args = [
        f"{venv}/bin/gunicorn",
        f"--config={config.name}",
        "--workers=2",
        "--worker-class=sync",
        "--max-requests=0",
        f"--bind=127.0.0.1:{port}",
        f"--error-logfile={log_path}",
        "--timeout=60",
        wsgi,
    ]
    load_before = os.getloadavg()
    with open(log_path, "a", encoding="utf-8") as log:
        process = subprocess.Popen(
            args, cwd=root, env={**os.environ, **env}, stdout=log, stderr=log
        )
    results = []
    try:
        wait_until_answering(base + "/", process)
        for name, path in labelled(paths):
            for _ in range(10):  # both workers warm (templates, site root paths)
                fetch_quietly(base + path)
            command = [wrk, "-t2", "-c16", f"-d{duration}s", "--timeout", "10s", "--latency"]
            output = subprocess.run(
                [*command, base + path], capture_output=True, text=True, check=True
            ).stdout
            results.append({"page": name, "path": path, **parse_wrk(output)})
    finally:
        process.terminate()
        process.wait(timeout=30)
        os.unlink(config.name)
    return {
        "mode": "http",
        "server": "gunicorn --workers=2 --worker-class=sync --max-requests=0",
        "client": f"wrk -t2 -c16 -d{duration}s --latency",
        "machine": machine(),
        "load_before": [round(n, 2) for n in load_before],
        "load_after": [round(n, 2) for n in os.getloadavg()],
        "pages": results,
    }


def best_of(passes):
    """Per path, the pass with the most req/s (the one least disturbed by other work)."""
    pages = []
    for index in range(len(passes[0]["pages"])):
        runs = [one["pages"][index] for one in passes]
        pages.append(
            {
                **max(runs, key=lambda run: run["requests_per_second"]),
                "all_requests_per_second": [run["requests_per_second"] for run in runs],
            }
        )
    return {
        **passes[0],
        "passes": len(passes),
        "load": [{"before": one["load_before"], "after": one["load_after"]} for one in passes],
        "pages": pages,
    }


def machine():
    return {"cores": os.cpu_count(), "load_average": [round(n, 2) for n in os.getloadavg()]}


# --- The table -------------------------------------------------------------------------------
def by_page(result):
    return {page["page"]: page for page in result["pages"]} if result else {}


def ratio(ours, theirs):
    if not ours or not theirs:
        return "–"
    value = ours / theirs
    # Bold below the target: every page type at least 2× bakerydemo.
    return f"{value:.1f}×" if value >= 2 else f"**{value:.1f}×**"


def cell_ms(page):
    return f"{page['median_ms']:.1f} ({page['queries']})" if page else "–"


def cell_rps(page):
    return f"{page['requests_per_second']:.0f}" if page else "–"


def table(portal, bakery):
    """portal/bakery: {"inprocess": result, "http": result} (either may be missing)."""
    ours_in, theirs_in = by_page(portal.get("inprocess")), by_page(bakery.get("inprocess"))
    ours_http, theirs_http = by_page(portal.get("http")), by_page(bakery.get("http"))
    lines = [
        "| page | portal in-process ms (queries) | bakerydemo ms (queries) "
        "| portal req/s | bakerydemo req/s | ratio |",
        "|---|---|---|---|---|---|",
    ]
    names = [name for name in PAGES if name in {**ours_in, **ours_http}]
    names += [name for name in {**ours_in, **ours_http} if name not in names]
    for name in names:
        ours, theirs = ours_http.get(name), theirs_http.get(name)
        faster = ratio(
            ours and ours["requests_per_second"], theirs and theirs["requests_per_second"]
        )
        lines.append(
            f"| {PAGE_TITLES.get(name, name)} | {cell_ms(ours_in.get(name))} "
            f"| {cell_ms(theirs_in.get(name))} | {cell_rps(ours)} | {cell_rps(theirs)} "
            f"| {faster} |"
        )
    return "\n".join(lines)


def details(portal, bakery):
    """CPU time, tail latency and status per page, then the machine's load."""
    lines = [
        "| page | portal CPU ms | bakerydemo CPU ms | CPU ratio | portal p50/p99 ms "
        "| bakerydemo p50/p99 ms | status portal / bakerydemo |",
        "|---|---|---|---|---|---|---|",
    ]
    ours_in, theirs_in = by_page(portal.get("inprocess")), by_page(bakery.get("inprocess"))
    ours_http, theirs_http = by_page(portal.get("http")), by_page(bakery.get("http"))

    def cpu(page):
        return f"{page['median_cpu_ms']:.1f}" if page else "–"

    def tail(page):
        return f"{page['p50_ms']:.0f} / {page['p99_ms']:.0f}" if page and page["p99_ms"] else "–"

    def cpu_ratio(ours, theirs):
        # bakerydemo's CPU time over the portal's: the same reading as the req/s ratio, and
        # the steadier one when other work shares the cores (time.process_time).
        if not ours or not theirs or not ours["median_cpu_ms"]:
            return "–"
        return ratio(theirs["median_cpu_ms"], ours["median_cpu_ms"])

    def status(page):
        return str(page["status"]) if page else "–"

    for name in [n for n in PAGES if n in ours_in or n in ours_http]:
        lines.append(
            f"| {PAGE_TITLES[name]} | {cpu(ours_in.get(name))} | {cpu(theirs_in.get(name))} "
            f"| {cpu_ratio(ours_in.get(name), theirs_in.get(name))} "
            f"| {tail(ours_http.get(name))} | {tail(theirs_http.get(name))} "
            f"| {status(ours_in.get(name))} / {status(theirs_in.get(name))} |"
        )
    lines.append("")
    for label, result in (("portal", portal), ("bakerydemo", bakery)):
        for mode in ("inprocess", "http"):
            if one := result.get(mode):
                lines.append(f"- {label} {mode}: {one['machine']['cores']} cores, {load(one)}")
    return "\n".join(lines)


def load(result):
    """The load average (1, 5, 15 min) of a result: at its end, or before → after each pass."""
    if passes := result.get("load"):
        return "load average " + "; ".join(
            f"{' '.join(map(str, one['before']))} → {' '.join(map(str, one['after']))}"
            for one in passes
        )
    where = f", database {result['database']}" if "database" in result else ""
    return f"load average {' '.join(map(str, result['machine']['load_average']))}{where}"


def report(portal, bakery):
    return f"{table(portal, bakery)}\n\n{details(portal, bakery)}\n"


# --- One sitting -----------------------------------------------------------------------------
def portal_environment(root, work):
    """The portal uncached: production settings, DEBUG off, page cache off, SQLite in `work`."""
    return {
        "DJANGO_SETTINGS_MODULE": "careers_site.settings.production",
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": f"{HOST},127.0.0.1,testserver",
        "SITE_URL": f"http://{HOST}",
        "SECURE_SSL_REDIRECT": "False",
        "PAGE_CACHE_SECONDS": "0",
        "DATABASE_URL": f"sqlite:///{work / 'portal.sqlite3'}",
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        "EMAIL_URL": f"filemail:///{work / 'mail'}",
        "LOG_FORMAT": "plain",
        "LOG_LEVEL": "WARNING",
    }


def parse_env(items):
    return dict(item.split("=", 1) for item in items or ())


def say(message):
    sys.stderr.write(f"[side_by_side {time.strftime('%H:%M:%S')}] {message}\n")
    sys.stderr.flush()


def set_up_portal(root, venv, env, work, force):
    """Demo content in the benchmark's own SQLite file when the file is not there yet; in any
    database with `force` (--portal-load: a new, empty PostgreSQL database)."""
    database = env["DATABASE_URL"]
    if not database.startswith("sqlite:///") or Path(database[len("sqlite:///") :]).exists():
        if not force:
            return
    say(f"Loading the portal's demo content into {database} (a few minutes).")
    (work / "mail").mkdir(parents=True, exist_ok=True)
    python = f"{venv}/bin/python"
    for args in (
        ["migrate", "--noinput", "-v0"],
        # A database only this benchmark reaches: the demo accounts' password is no risk.
        ["load_demo_content", "--allow-production-settings", "-v0"],
        ["collectstatic", "--noinput", "-v0"],
    ):
        subprocess.run(
            [python, "manage.py", *args],
            cwd=root,
            env={**os.environ, **env},
            check=True,
            stdout=subprocess.DEVNULL,
        )


def portal_offer_path(root, venv, env):
    found = subprocess.run(
        [f"{venv}/bin/python", "manage.py", "shell", "-v0", "-c", OFFER_LOOKUP],
        cwd=root,
        env={**os.environ, **env},
        check=True,
        capture_output=True,
        text=True,
    )
    return found.stdout.strip().splitlines()[-1]


def run_inprocess(root, venv, env, paths, runs, out):
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as output:
        target = Path(output.name)
    command = [f"{venv}/bin/python", __file__, "inprocess", "--runs", str(runs)]
    command += ["--output", str(target), "--paths", *paths]
    with open(out, "a", encoding="utf-8") as log:
        subprocess.run(
            command, cwd=root, env={**os.environ, **env}, check=True, stdout=log, stderr=log
        )
    result = json.loads(target.read_text(encoding="utf-8"))
    target.unlink()
    return result


def run(args):
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    portal_root = Path(args.portal_root).resolve()
    portal_venv = Path(args.portal_venv or portal_root / ".venv")
    work = Path(args.portal_work or portal_root / "test-artifacts/side_by_side").resolve()
    portal_env = {**portal_environment(portal_root, work), **parse_env(args.portal_env)}
    bakery_root = Path(args.bakery_root).resolve()
    bakery_venv = Path(args.bakery_venv or bakery_root / ".venv")
    bakery_env = {"DJANGO_SETTINGS_MODULE": args.bakery_settings, **parse_env(args.bakery_env)}
    bakery_paths = [f"{n}={p}" for n, p in zip(PAGES, args.bakery_paths, strict=True)]
    set_up_portal(portal_root, portal_venv, portal_env, work, args.portal_load)
    found = {"detail": portal_offer_path(portal_root, portal_venv, portal_env)}
    portal_paths = [f"{name}={path or found[name]}" for name, path in PORTAL_PATHS.items()]
    log = out / "side_by_side.log"
    results = {"portal": {}, "bakerydemo": {}}
    projects = {
        "portal": (
            portal_root,
            portal_venv,
            portal_env,
            portal_paths,
            "careers_site.wsgi:application",
        ),
        "bakerydemo": (bakery_root, bakery_venv, bakery_env, bakery_paths, args.bakery_wsgi),
    }
    for name, (root, venv, env, paths, _) in projects.items():
        say(f"{name}: in-process, {args.runs} runs per path.")
        results[name]["inprocess"] = run_inprocess(root, venv, env, paths, args.runs, log)
    passes = {name: [] for name in projects}
    # Interleaved passes in the order portal, bakerydemo, bakerydemo, portal…: a burst of other
    # work, or a load that keeps rising, falls on both rather than on the one measured second.
    # The better pass per path is kept.
    for number in range(args.repeat):
        order = list(projects.items())
        for name, (root, venv, env, paths, wsgi) in order[:: -1 if number % 2 else 1]:
            say(f"{name}: gunicorn + wrk, pass {number + 1} of {args.repeat}.")
            passes[name].append(measure_http(root, venv, wsgi, paths, env, args.duration, log))
    for name in projects:
        results[name]["http"] = best_of(passes[name])
    for name, result in results.items():
        (out / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    text = report(results["portal"], results["bakerydemo"])
    (out / "table.md").write_text(text, encoding="utf-8")
    sys.stdout.write(text)


# --- Command line ----------------------------------------------------------------------------
def write(result, output):
    text = json.dumps(result, indent=2) + "\n"
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    one = commands.add_parser("inprocess", help="Django's test client (the project's python).")
    one.add_argument("--paths", nargs="+", required=True, help="/path/ or name=/path/")
    one.add_argument("--runs", type=int, default=30)
    one.add_argument("--host", default=HOST)
    one.add_argument("--output", help="JSON here rather than on stdout (logs may share it).")

    http = commands.add_parser("http", help="gunicorn (2 sync workers) under wrk -c16.")
    http.add_argument("--root", required=True, help="The project's folder (gunicorn's cwd).")
    http.add_argument("--venv", required=True)
    http.add_argument("--wsgi", required=True, help="e.g. careers_site.wsgi:application")
    http.add_argument("--paths", nargs="+", required=True)
    http.add_argument(
        "--env", nargs="+", action="extend", help="KEY=VALUE for the project (settings…)"
    )
    http.add_argument("--duration", type=int, default=10, help="Seconds of wrk per path.")
    http.add_argument("--repeat", type=int, default=2, help="Passes; the best per path counts.")
    http.add_argument("--log", default=os.devnull, help="gunicorn's log.")
    http.add_argument("--output")

    compare = commands.add_parser("compare", help="The markdown table from two results.")
    compare.add_argument("portal", help="JSON: {inprocess, http} (run's portal.json)")
    compare.add_argument("bakerydemo")

    both = commands.add_parser("run", help="Both projects, both measurements, one sitting.")
    both.add_argument("--portal-root", default=Path(__file__).resolve().parent.parent)
    both.add_argument("--portal-venv", help="Default: <portal root>/.venv")
    both.add_argument("--portal-work", help="Default: <portal root>/test-artifacts/side_by_side")
    both.add_argument(
        "--portal-env", nargs="+", action="extend", help="KEY=VALUE overrides (DATABASE_URL…)"
    )
    both.add_argument(
        "--portal-load",
        action="store_true",
        help="Load the demo content first, whatever the database (an empty PostgreSQL one).",
    )
    both.add_argument("--bakery-root", required=True)
    both.add_argument("--bakery-venv", help="Default: <bakery root>/.venv")
    both.add_argument("--bakery-settings", default="bakerydemo.settings.production")
    both.add_argument("--bakery-wsgi", default="bakerydemo.wsgi:application")
    both.add_argument(
        "--bakery-env", nargs="+", action="extend", help="KEY=VALUE (secret key, no HTTPS…)"
    )
    both.add_argument(
        "--bakery-paths", nargs=len(PAGES), required=True, help=" ".join(PAGES) + ", in order"
    )
    both.add_argument("--runs", type=int, default=30)
    both.add_argument("--duration", type=int, default=10)
    both.add_argument("--repeat", type=int, default=2)
    both.add_argument("--out", default="test-artifacts/side_by_side/results")

    args = parser.parse_args(argv)
    if args.command == "inprocess":
        write(measure_inprocess(args.paths, args.runs, args.host), args.output)
    elif args.command == "http":
        env = parse_env(args.env)
        passes = [
            measure_http(args.root, args.venv, args.wsgi, args.paths, env, args.duration, args.log)
            for _ in range(args.repeat)
        ]
        write(best_of(passes), args.output)
    elif args.command == "compare":
        portal, bakery = (
            json.loads(Path(path).read_text(encoding="utf-8"))
            for path in (args.portal, args.bakerydemo)
        )
        sys.stdout.write(report(portal, bakery))
    else:
        run(args)


if __name__ == "__main__":
    main()
