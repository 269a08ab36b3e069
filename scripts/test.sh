#!/usr/bin/env bash
# Set everything up and run every check and test against PostgreSQL and Debian's Chromium.
# Starts a throwaway PostgreSQL cluster (Debian's version: 15 on Debian 12, 17 on Debian 13)
# and tears it down, unless DATABASE_URL is set.
# Extra arguments go to pytest, e.g. scripts/test.sh -k navigation
source "$(dirname "$0")/lib.sh"

export DJANGO_SETTINGS_MODULE=careers_site.settings.test
ensure_venv test
ensure_catalogues
command -v chromium >/dev/null || apt_install chromium
command -v redis-server >/dev/null || apt_install redis-server
# nginx with its purge module plays the CDN in tests/test_cdn.py, as in the load runs.
command -v nginx >/dev/null || apt_install nginx
[ -f /usr/lib/nginx/modules/ngx_http_cache_purge_module.so ] || apt_install libnginx-mod-http-cache-purge

PG_DIR=""
cleanup() {
    if [ -n "$PG_DIR" ]; then stop_throwaway_postgres "$PG_DIR"; fi
}
trap cleanup EXIT

if [ -z "${DATABASE_URL:-}" ]; then
    PG_DIR="$(mktemp -d /tmp/careers-pg.XXXXXX)"
    start_throwaway_postgres "$PG_DIR"
    export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/careers"
fi

"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
# The layers between the apps (docs/architecture.md; contracts in pyproject.toml).
"$VENV/bin/lint-imports" --no-cache --no-logo
"$VENV/bin/python" manage.py check
"$VENV/bin/python" manage.py makemigrations --check --dry-run -v1
"$VENV/bin/python" -m pytest "$@"

# The database search backend analyses and ranks text differently on SQLite (search/database),
# and typo correction keeps its trigrams in memory there (search/spelling.py): the matching
# cases, the relevance floors, the ranking of candidates and the correction run there too, on a
# whole run (extra arguments select tests of the run above).
if [ "$#" -eq 0 ]; then
    echo "Search matching, relevance floors and typo correction on SQLite"
    DATABASE_URL="sqlite:///$(mktemp -d)/careers.sqlite3" \
        "$VENV/bin/python" -m pytest -p no:cacheprovider tests/test_search_matching.py \
        tests/test_search_relevance.py tests/test_search_spelling.py tests/test_search_vocabulary.py \
        tests/test_search_candidates.py tests/test_search_ranking_reads.py
fi
