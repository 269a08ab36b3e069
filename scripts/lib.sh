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
    # Said aloud: on a fresh machine the quiet installs below take a minute or two in silence.
    echo "Installing Debian's $*"
    if [ -z "${APT_UPDATED:-}" ]; then
        apt-get update -qq
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_python() {
    # Python 3.11 or later, with venv and pip (Debian ships them in python3-venv, which a bare
    # Debian 12 or 13 lacks: "python3 -m venv" then fails with "ensurepip is not available").
    if ! command -v "$PYTHON" >/dev/null; then
        apt_install python3
    fi
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        echo "Python 3.11 or later is needed; $PYTHON is $("$PYTHON" -V 2>&1)." >&2
        exit 1
    fi
    if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
        apt_install python3-venv
    fi
}

ensure_venv() {
    # $1: the optional dependency groups, e.g. "test"
    local extras="${1:-}"
    local stamp="$VENV/.installed${extras:+-$extras}"
    ensure_python
    # A venv left half-made (an interrupted run, or created before python3-venv was there:
    # no pip inside) is rebuilt rather than used.
    if [ -d "$VENV" ] && ! "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
        echo "Rebuilding $VENV: it has no working Python or pip."
        rm -rf "$VENV"
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ requirements.lock -nt "$stamp" ]; then
        echo "Installing the locked Python packages${extras:+ and the $extras extras} into $VENV/"
        "$VENV/bin/python" -m pip install -q --upgrade pip
        # The lock pins the versions we tested; pyproject.toml keeps the supported ranges.
        if ! "$VENV/bin/python" -m pip install -q -c requirements.lock ".${extras:+[$extras]}"; then
            # Quiet pip hides the cause of a conflict (e.g. a pin that needs a later Python).
            echo "pip could not install the locked versions; for the reason, run:" >&2
            echo "  $VENV/bin/python -m pip install -c requirements.lock '.${extras:+[$extras]}'" >&2
            exit 1
        fi
        touch "$stamp"
    fi
}

bind_address() {
    # PORT_BIND as runserver takes it: "address:port", or a port alone (on the loopback).
    local bind="${1:-127.0.0.1:8000}"
    case "$bind" in
        *:*) echo "$bind" ;;
        *) echo "127.0.0.1:$bind" ;;
    esac
}

served_url() {
    # The URL to open for a bind address; one that listens everywhere is reached locally.
    local host="${1%:*}" port="${1##*:}"
    case "$host" in 0.0.0.0 | "[::]" | "::") host="127.0.0.1" ;; esac
    echo "http://$host:$port/"
}

ensure_catalogues() {
    command -v msgfmt >/dev/null || apt_install gettext
    "$VENV/bin/python" manage.py compilemessages --ignore=".venv/*" -v0
}

PG_ROOT="${PG_ROOT:-/usr/lib/postgresql}"

postgres_bin() {
    # The newest PostgreSQL server installed from Debian's packages (15 on Debian 12, 17 on
    # Debian 13); installs the release's own version ("postgresql") when there is none.
    local newest
    newest="$(ls "$PG_ROOT" 2>/dev/null | grep -E '^[0-9]+$' | sort -n | tail -1 || true)"
    if [ -z "$newest" ] || [ ! -x "$PG_ROOT/$newest/bin/initdb" ]; then
        apt_install postgresql >&2
        newest="$(ls "$PG_ROOT" | grep -E '^[0-9]+$' | sort -n | tail -1)"
    fi
    echo "$PG_ROOT/$newest/bin"
}

start_throwaway_postgres() {
    # $1: a new empty directory for the cluster. Starts PostgreSQL on a free loopback port
    # (fsync off: the data is thrown away) with a database "careers", and sets PG_PORT.
    local dir="$1"
    PG_BIN="$(postgres_bin)"
    chown postgres "$dir"
    PG_PORT="$("$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    # Run from the cluster's directory: the postgres user may not enter the caller's (a clone in
    # /root: PostgreSQL 15 then says "could not change directory").
    (
        cd "$dir"
        runuser -u postgres -- "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
            -o "-p $PG_PORT -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
    )
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres careers
    # "postgres (PostgreSQL) 17.12 (Debian 17.12-0+deb13u1)": the version is the third word.
    echo "Throwaway PostgreSQL $("$PG_BIN/postgres" -V | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

stop_throwaway_postgres() {
    # $1: the directory given to start_throwaway_postgres; stops the cluster and removes it.
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$1/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$1"
}
