#!/usr/bin/env bash
# Load and fault runs against gunicorn with the production settings, behind nginx playing the
# CDN, all on loopback. Installs what is missing (the "load" extra, redis-server, PostgreSQL,
# nginx and its cache-purge module, wrk), starts a throwaway PostgreSQL cluster on a free port
# (removed on exit), then `python -m loadtest` starts Redis, an S3 server, gunicorn and nginx,
# loads the data and runs the steady-state and fault runs, and measures requests/s per layer
# with wrk (static file, nginx's cache, the app's page cache, uncached).
# Results: test-artifacts/load/summary.json and test-artifacts/load/<run>/.
#   bash scripts/load.sh            # every run, 40 s each (about 10 minutes)
#   bash scripts/load.sh --quick    # every run, 10 s each (a smoke run)
#   bash scripts/load.sh --only steady-cached,redis-stopped --users 30
source "$(dirname "$0")/lib.sh"

ensure_venv "test,load"
ensure_catalogues
command -v redis-server >/dev/null || apt_install redis-server
# nginx plays the CDN in front of gunicorn (loadtest/nginx.conf.template), purged by PURGE
# requests through the cache-purge module; wrk measures each layer's requests/s.
command -v nginx >/dev/null || apt_install nginx
[ -f /usr/lib/nginx/modules/ngx_http_cache_purge_module.so ] || apt_install libnginx-mod-http-cache-purge
command -v wrk >/dev/null || apt_install wrk

PG_DIR="$(mktemp -d /tmp/careers-load-pg.XXXXXX)"
# python -m loadtest stops its services itself; if it is killed first, its list of process
# groups (Redis, gunicorn) is stopped here.
export LOAD_PID_FILE="$PG_DIR/pids"
cleanup() {
    if [ -f "$LOAD_PID_FILE" ]; then
        while read -r pid; do kill -- "-$pid" 2>/dev/null || true; done <"$LOAD_PID_FILE"
    fi
    stop_throwaway_postgres "$PG_DIR"
}
trap cleanup EXIT
start_throwaway_postgres "$PG_DIR"

# The runs restart this cluster (pg_ctl restart) during the load.
DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/careers" LOAD_PG_BIN="$PG_BIN" LOAD_PG_DATA="$PG_DIR/data" \
    "$VENV/bin/python" -m loadtest "$@"
