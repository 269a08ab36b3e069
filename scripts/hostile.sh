#!/usr/bin/env bash
# The hostile pass of the public GET surface (loadtest/hostile.py), on SQLite then on a
# throwaway PostgreSQL, each a fresh database with the demo content. Every page, route and
# URL pattern found in the tree and the URLconf; every parameter read by the code or seen in the
# pages' links and GET forms gets hostile values; hostile path segments, headers and cookies.
# Then the admin as each editorial role (loadtest/admin_pass.py) on the same database.
# Results: test-artifacts/hostile/summary.json (runs › SQLite, runs › PostgreSQL) and
# admin-sqlite.json, admin-postgresql.json.
#   bash scripts/hostile.sh                      # both databases, every value (some minutes each)
#   bash scripts/hostile.sh --quick              # fewer values and pages: a smoke run
#   HOSTILE_DATABASES=postgresql bash scripts/hostile.sh
# Exit status 1 when either run met a 5xx or a reflection.
source "$(dirname "$0")/lib.sh"

export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-careers_site.settings.test}"
DATABASES="${HOSTILE_DATABASES:-sqlite,postgresql}"
ensure_venv test
ensure_catalogues

WORK="$(mktemp -d /tmp/careers-hostile.XXXXXX)"
PG_DIR=""
cleanup() {
    if [ -n "$PG_DIR" ]; then stop_throwaway_postgres "$PG_DIR"; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
# Media (the demo's documents) in a throwaway folder too.
export MEDIA_ROOT="$WORK/media"
OUTPUT="test-artifacts/hostile"
mkdir -p "$OUTPUT"
rm -f "$OUTPUT/summary.json"

status=0
if [[ ",$DATABASES," == *,sqlite,* ]]; then
    DATABASE_URL="sqlite:///$WORK/careers.sqlite3" \
        "$VENV/bin/python" -m loadtest.hostile --setup --label SQLite --output "$OUTPUT" "$@" || status=1
    DATABASE_URL="sqlite:///$WORK/careers.sqlite3" \
        "$VENV/bin/python" -m loadtest.admin_pass --output "$OUTPUT/admin-sqlite.json" || status=1
fi
if [[ ",$DATABASES," == *,postgresql,* ]]; then
    PG_DIR="$(mktemp -d /tmp/careers-hostile-pg.XXXXXX)"
    start_throwaway_postgres "$PG_DIR"
    DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/careers" \
        "$VENV/bin/python" -m loadtest.hostile --setup --label PostgreSQL --output "$OUTPUT" "$@" || status=1
    DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/careers" \
        "$VENV/bin/python" -m loadtest.admin_pass --output "$OUTPUT/admin-postgresql.json" || status=1
fi

echo
"$VENV/bin/python" -m loadtest.hostile --table --output "$OUTPUT" || true
exit "$status"
