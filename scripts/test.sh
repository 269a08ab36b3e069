#!/usr/bin/env bash
# Set everything up and run every check and test against PostgreSQL and Debian's Chromium.
# Starts a throwaway PostgreSQL 15 cluster (and tears it down) unless DATABASE_URL is set.
# Extra arguments go to pytest, e.g. scripts/test.sh -k navigation
source "$(dirname "$0")/lib.sh"

export DJANGO_SETTINGS_MODULE=careers_site.settings.test
ensure_venv test
ensure_catalogues
command -v chromium >/dev/null || apt_install chromium
command -v redis-server >/dev/null || apt_install redis-server

PG_DIR=""
cleanup() {
    if [ -n "$PG_DIR" ]; then
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
}
trap cleanup EXIT

if [ -z "${DATABASE_URL:-}" ]; then
    PG_BIN=/usr/lib/postgresql/15/bin
    [ -x "$PG_BIN/initdb" ] || apt_install postgresql-15
    PG_DIR="$(mktemp -d /tmp/careers-pg.XXXXXX)"
    chown postgres "$PG_DIR"
    PG_PORT="$("$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres careers
    export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/careers"
    echo "Throwaway PostgreSQL 15 on 127.0.0.1:$PG_PORT"
fi

"$VENV/bin/ruff" check .
"$VENV/bin/python" manage.py check
"$VENV/bin/python" manage.py makemigrations --check --dry-run -v1
"$VENV/bin/python" -m pytest "$@"

# The database search backend analyses text differently on SQLite (search/database): the
# matching cases run there too, on a whole run (extra arguments select tests of the run above).
if [ "$#" -eq 0 ]; then
    echo "Search matching cases on SQLite"
    DATABASE_URL="sqlite:///$(mktemp -d)/careers.sqlite3" \
        "$VENV/bin/python" -m pytest -p no:cacheprovider tests/test_search_matching.py
fi
