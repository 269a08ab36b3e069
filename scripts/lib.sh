# Shared set-up steps for scripts/run.sh and scripts/test.sh (sourced, not executed).
# Every step is idempotent and installs only what is missing.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-python3}"
VENV=".venv"

apt_install() {
    # Debian packages, installed only when missing (we run as root on a fresh machine).
    if [ "$(id -u)" != "0" ]; then
        echo "Missing system packages: $* (run as root, or install them yourself)." >&2
        exit 1
    fi
    if [ -z "${APT_UPDATED:-}" ]; then
        apt-get update -qq
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_venv() {
    # $1: the optional dependency groups, e.g. "test"
    local extras="${1:-}"
    local stamp="$VENV/.installed${extras:+-$extras}"
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ requirements.lock -nt "$stamp" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        # The lock pins the versions we tested; pyproject.toml keeps the supported ranges.
        "$VENV/bin/python" -m pip install -q -c requirements.lock ".${extras:+[$extras]}"
        touch "$stamp"
    fi
}

ensure_catalogues() {
    command -v msgfmt >/dev/null || apt_install gettext
    "$VENV/bin/python" manage.py compilemessages --ignore=".venv/*" -v0
}

PG_BIN=/usr/lib/postgresql/15/bin

start_throwaway_postgres() {
    # $1: a new empty directory for the cluster. Starts PostgreSQL 15 on a free loopback port
    # (fsync off: the data is thrown away) with a database "careers", and sets PG_PORT.
    local dir="$1"
    [ -x "$PG_BIN/initdb" ] || apt_install postgresql-15
    chown postgres "$dir"
    PG_PORT="$("$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
        -o "-p $PG_PORT -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres careers
    echo "Throwaway PostgreSQL 15 on 127.0.0.1:$PG_PORT"
}

stop_throwaway_postgres() {
    # $1: the directory given to start_throwaway_postgres; stops the cluster and removes it.
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$1/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$1"
}
