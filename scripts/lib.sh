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
