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

# Workers and threads, chosen by measurement (docs/deployment.md, "App servers"): gthread
# workers, one per core plus one, 4 threads each. Against sync workers on 2 cores, the same
# page-cache hits went from about 350 to 800-1,500 requests/s: a sync worker closes every
# connection (no keep-alive behind the proxy) and sits idle while it waits on Redis,
# PostgreSQL, S3 or Elasticsearch; a thread does not. Rendering stays CPU-bound (threads share
# the GIL), so more processes than cores + 1 only add memory. Each thread holds its own
# database connection: workers × threads × instances must stay under PostgreSQL's
# max_connections (or pgbouncer's). GUNICORN_THREADS=1 gives the sync worker back.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread" if threads > 1 else "sync"

# A request taking longer is killed (and logged): the proxy would have given up anyway.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM (a deploy), requests under way get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Idle connections from the proxy are kept this long (gthread), so the proxy reuses them
# instead of opening one per request. Keep it above the proxy's own idle timeout for upstream
# connections (nginx: `keepalive_timeout` in the upstream block, 4 s in
# loadtest/nginx.conf.template): otherwise the proxy may send a request on a connection
# gunicorn is closing.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))

# Recycle each worker after 100,000-150,000 requests, so a slow leak never grows unbounded.
# At 1,000 (the previous default) a worker restarted every second or two under load, all of
# them together, and throughput fell from ~800 to ~60 requests/s behind nginx; this far apart,
# with this wide a jitter, a recycle is rare and never shared. 0 turns recycling off.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "100000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "50000"))

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
