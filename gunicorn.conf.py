"""gunicorn settings for production: `gunicorn -c gunicorn.conf.py` (docs/deployment.md).

Every value comes from the environment, with a default that suits one app server behind a
reverse proxy or CDN that terminates TLS and buffers slow clients.
"""

import multiprocessing
import os

from core.logging import build_logging

wsgi_app = "careers_site.wsgi:application"

# Where to listen: the proxy connects here. GUNICORN_HOST=127.0.0.1 when the proxy runs on the
# same machine.
bind = [f"{os.environ.get('GUNICORN_HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"]

# Processes: the classic 2 × cores + 1 keeps every core busy while some workers wait on
# PostgreSQL, Redis or Elasticsearch. Each worker holds one database connection (more with
# threads): workers × instances must stay under PostgreSQL's max_connections (or pgbouncer's).
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))

# One thread per worker, i.e. gunicorn's "sync" worker: page rendering is CPU-bound Python, so
# threads would mostly wait on the GIL, and a sync worker never shares its database connection
# or a request's state. It needs a buffering proxy in front (nginx, the CDN): slow clients are
# then the proxy's problem, not a worker's. More than 1 switches to the "gthread" worker.
threads = int(os.environ.get("GUNICORN_THREADS", "1"))

# A request taking longer is killed (and logged): the proxy would have given up anyway.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM (a deploy), requests under way get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Behind a proxy that reuses its upstream connections (gthread only; sync workers close each
# connection). Keep it above the proxy's own idle timeout for upstreams.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))

# Recycle each worker after about this many requests, so a slow leak never grows unbounded; the
# jitter keeps the workers from restarting all at once.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "100"))

# Workers' heartbeat files on a memory file system: on a container's overlay or a busy disk,
# writing them can block a worker long enough for the master to kill it.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# The proxies whose X-Forwarded-Proto gunicorn trusts (the request scheme): the proxy's or load
# balancer's addresses, comma-separated ("*" only when nothing else can reach gunicorn).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Load the application once in the master, before forking: workers share its memory (copy on
# write), start in milliseconds when recycled, and a broken configuration stops the start at
# once instead of every worker failing in a loop. Nothing opens a connection at import (Django,
# the cache and search clients connect on first use), so no socket is shared across the fork.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() not in ("0", "false", "no")

# No control socket (gunicorn 24+ opens one in $HOME/.gunicorn by default): nothing here uses
# gunicornc, and several gunicorn processes on one machine would share that one path.
control_socket_disable = True

# gunicorn's access log is off: core/request_log.py already writes one JSON line per
# request, with the request id and without the query string (gunicorn's line has it, and alert
# links carry signed tokens). GUNICORN_ACCESS_LOG=- turns it on (to stdout).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# gunicorn's own lines (start, worker boot and timeouts) in the same format as the app's.
logconfig_dict = build_logging(
    os.environ.get("LOG_FORMAT", "json"),
    os.environ.get("LOG_LEVEL", "INFO"),
    access_log=bool(accesslog),
)
