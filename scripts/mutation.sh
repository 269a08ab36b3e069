#!/usr/bin/env bash
# Mutation check (issue 24; scores in docs/mutation.md): mutmut changes one module of the rules
# at a time (a comparison, a constant, a boolean, an argument…) and runs the tests that guard
# it; a mutant no test kills "survives".
#
#   bash scripts/mutation.sh                                  # every module below
#   bash scripts/mutation.sh core/rate_limit.py guides/leave.py
#   bash scripts/mutation.sh --database offers/filters.py     # with the database tests
#   bash scripts/mutation.sh --database 'offers/models.py:*related_offers*,*clean*'   # some functions
#
# It works on a copy of the working tree in /var/tmp (mutmut writes its mutants next to the
# code: never in the tree you edit). By default with the tests that need no database ("-m 'not
# django_db'", SQLite settings): mutmut forks one process per mutant from a warm pytest, about
# two mutants a second. With --database, the module's database tests too, on PostgreSQL
# (DATABASE_URL, or a throwaway cluster in /var/tmp): the demo content is loaded once into a
# test database that every mutant's test session then reuses (CAREERS_KEEP_DEMO_DATABASE,
# tests/conftest.py; each test rolls its transaction back), one mutant at a time since they
# share it; --reuse-db keeps the test database of an earlier run (migrated, not loaded again).
# Patterns after the module (":…", comma-separated, on mutmut's mutant names) restrict the
# run to some functions. Results: test-artifacts/mutation/<module>.txt (every mutant and its
# fate) and summary.txt. Not run in CI. Configuration: [tool.mutmut] in pyproject.toml (the module and
# its tests below replace source_paths and the test selection).
source "$(dirname "$0")/lib.sh"

DATABASE=""
REUSE_DB=""
if [ "${1:-}" = "--database" ]; then
    DATABASE=1
    shift
    if [ "${1:-}" = "--reuse-db" ]; then
        # The test database an earlier --database run left at the same DATABASE_URL, with
        # the same migrations and demo content: not loaded again.
        REUSE_DB=1
        shift
    fi
fi

export DJANGO_SETTINGS_MODULE=careers_site.settings.test
ensure_venv "test,mutation"
ensure_catalogues

PG_DIR=""
cleanup() {
    if [ -n "${WORK:-}" ]; then rm -rf "$WORK"; fi
    if [ -n "$PG_DIR" ]; then stop_throwaway_postgres "$PG_DIR"; fi
}
trap cleanup EXIT

if [ -z "$DATABASE" ]; then
    export DATABASE_URL="sqlite:////var/tmp/careers-mutation.sqlite3"
    # No database test: one would load the demo content in every mutant's process.
    PYTEST_ARGS='["-p", "no:cacheprovider", "-p", "no:logging", "-m", "not django_db"]'
    MAX_CHILDREN="$(nproc)"
else
    if [[ "${DATABASE_URL:-}" != postgres* ]]; then
        PG_DIR="$(mktemp -d /var/tmp/careers-mutation-pg.XXXXXX)"
        start_throwaway_postgres "$PG_DIR"
        export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/careers"
    fi
    export CAREERS_KEEP_DEMO_DATABASE=1
    # The browser tests drive a server process of their own: never selected here.
    PYTEST_ARGS='["-p", "no:cacheprovider", "-p", "no:logging", "-m", "not browser"]'
    # The mutants share the one test database: one at a time.
    MAX_CHILDREN=1
fi

# The modules that carry the rules, each with the tests that guard it. Only their tests
# without a database run (a database test would load the demo content in every mutant's
# process): a module whose rules only database tests reach scores low here, and says so.
declare -A TESTS=(
    [core/rate_limit.py]="tests/test_rate_limit.py tests/test_form_guards.py"
    [core/human_check.py]="tests/test_form_guards.py"
    [guides/leave.py]="tests/test_leave_estimator.py"
    [core/search_text.py]="tests/test_search_text_rules.py tests/test_search_matching.py
        tests/test_search_spelling.py tests/test_search_view.py tests/test_offers_facets.py
        tests/test_offers.py"
    [core/page_cache.py]="tests/test_page_cache.py tests/test_page_cache_rules.py"
    [offers/filters.py]="tests/test_offers_filters.py tests/test_offers.py"
    [offers/models.py]="tests/test_offers.py"
    [alerts/digests.py]="tests/test_alerts.py"
    [editorial/permissions.py]="tests/test_role_matrix.py tests/test_editorial_roles.py"
)
MODULES=("$@")
if [ "${#MODULES[@]}" -eq 0 ]; then
    MODULES=(core/rate_limit.py core/human_check.py guides/leave.py core/search_text.py
        core/page_cache.py offers/filters.py offers/models.py alerts/digests.py
        editorial/permissions.py)
fi

ROOT="$(pwd)"
OUT="$ROOT/test-artifacts/mutation"
mkdir -p "$OUT"
WORK="$(mktemp -d /var/tmp/careers-mutation.XXXXXX)"
DEMO_LOADED="$REUSE_DB"

for argument in "${MODULES[@]}"; do
    module="${argument%%:*}"
    pattern="${argument#"$module"}"
    pattern="${pattern#:}"
    tests="${TESTS[$module]:-}"
    if [ -z "$tests" ]; then echo "No tests known for $module" >&2; exit 2; fi
    name="$(echo "$module" | tr '/.' '__')${DATABASE:+-database}"
    copy="$WORK/$name"
    mkdir -p "$copy"
    # What git tracks or would track, plus the compiled catalogues (ignored by git).
    git ls-files --cached --others --exclude-standard -z \
        | grep -zv -e '^media/' -e '^test-artifacts/' -e '^\.venv/' \
        | tar --null -T - -cf - | tar -xf - -C "$copy"
    cp -r locale/. "$copy/locale/"
    ln -s "$ROOT/.venv" "$copy/.venv"
    # pytest's logging plugin stays off (one plugin less in every forked session) unless a
    # test of the module reads the log through caplog: without the plugin it has no such
    # fixture and fails in mutmut's clean run.
    pytest_args="$PYTEST_ARGS"
    if (cd "$copy" && grep -q caplog $tests); then
        pytest_args="${PYTEST_ARGS/\"-p\", \"no:logging\", /}"
    fi
    # This module and its tests in the copy's [tool.mutmut].
    "$VENV/bin/python" - "$copy/pyproject.toml" "$pytest_args" "$module" $tests <<'PY'
import re, sys
path, pytest_args, module, *tests = sys.argv[1:]
text = open(path).read()
quoted = lambda items: "[" + ", ".join(f'"{item}"' for item in items) + "]"
text = re.sub(r"^source_paths = .*$", f"source_paths = {quoted([module])}", text, flags=re.M)
text = re.sub(r"^pytest_add_cli_args = .*$", f"pytest_add_cli_args = {pytest_args}", text, flags=re.M)
text = re.sub(
    r"^pytest_add_cli_args_test_selection = .*$",
    f"pytest_add_cli_args_test_selection = {quoted(tests)}",
    text,
    flags=re.M,
)
open(path, "w").write(text)
PY
    if [ -n "$REUSE_DB" ]; then
        # A migration added since the database was loaded (the tests' sessions do not migrate
        # a kept database); once per run.
        REUSE_DB=""
        (cd "$copy" && DATABASE_URL="$("$VENV/bin/python" -c 'import sys, urllib.parse as u
url = u.urlsplit(sys.argv[1])
print(url._replace(path="/test_" + url.path.lstrip("/")).geturl())' "$DATABASE_URL")" \
            "$VENV/bin/python" manage.py migrate --no-input -v0)
    fi
    if [ -n "$DATABASE" ] && [ -z "$DEMO_LOADED" ]; then
        # The test database, created and loaded once for the whole run (2 to 3 minutes).
        echo "== loading the demo content into the test database"
        (cd "$copy" && "$VENV/bin/python" -m pytest -p no:cacheprovider -q --create-db \
            tests/test_offers_filters.py >"$WORK/load.log" 2>&1) || {
            tail -30 "$WORK/load.log" >&2
            exit 1
        }
        DEMO_LOADED=1
    fi
    echo "== $module${pattern:+ ($pattern)} ($tests)"
    started=$SECONDS
    # Stopped early (Ctrl-C, a kill), the mutants checked so far are still reported.
    IFS=, read -r -a patterns <<<"$pattern"
    (cd "$copy" && "$VENV/bin/mutmut" run --max-children "$MAX_CHILDREN" ${patterns[@]+"${patterns[@]}"} \
        >"$copy/run.log" 2>&1) || {
        tail -c 3000 "$copy/run.log" >&2
        echo "mutmut stopped: the results below are partial" >&2
    }
    elapsed=$((SECONDS - started))
    cp "$copy/run.log" "$OUT/$name.log"
    (cd "$copy" && "$VENV/bin/mutmut" results --all true) >"$OUT/$name.txt" 2>&1 || true
    "$VENV/bin/python" - "$argument${DATABASE:+ (database)}" "$OUT/$name.txt" "$elapsed" <<'PY' | tee -a "$OUT/summary.txt"
import collections, re, sys
module, path, elapsed = sys.argv[1:]
states = collections.Counter(
    match.group(1) for match in re.finditer(r"__mutmut_\d+: (.+)$", open(path).read(), re.M)
)
# Outside the functions a pattern selected, or left when a run was stopped.
unchecked = states.pop("not checked", 0)
tested = sum(states.values()) - states["no tests"]
killed = states["killed"] + states["timeout"]
score = f"{100 * killed / tested:.0f} %" if tested else "n/a"
per_mutant = f"{int(elapsed) / tested:.1f} s a tested mutant" if tested else ""
print(f"{module}: {sum(states.values())} mutants, {killed} killed, {states['survived']} survived, "
      f"{states['no tests']} reached by no selected test; score {score} of those tested; "
      f"{elapsed} s in all, {per_mutant}; {unchecked} not checked")
PY
    # Each surviving mutant's diff, to read.
    (cd "$copy" && for mutant in $(sed -n 's/^ *\(.*\): survived$/\1/p' "$OUT/$name.txt"); do
        "$VENV/bin/mutmut" show "$mutant"
    done) >"$OUT/$name.survivors.diff" 2>&1 || true
done
