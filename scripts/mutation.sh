#!/usr/bin/env bash
# Mutation check (issue 24; scores in docs/mutation.md): mutmut changes one module of the rules
# at a time (a comparison, a constant, a boolean, an argument…) and runs the tests that guard
# it; a mutant no test kills "survives".
#
#   bash scripts/mutation.sh                                  # every module below
#   bash scripts/mutation.sh core/rate_limit.py guides/leave.py
#
# It works on a copy of the working tree in /var/tmp (mutmut writes its mutants next to the
# code: never in the tree you edit), with the tests that need no database ("-m 'not
# django_db'", SQLite settings): mutmut forks one process per mutant from a warm pytest, about
# two mutants a second. Results: test-artifacts/mutation/<module>.txt (every mutant and its
# fate) and summary.txt. Not run in CI. Configuration: [tool.mutmut] in pyproject.toml (the
# module and its tests below replace source_paths and the test selection).
source "$(dirname "$0")/lib.sh"

export DJANGO_SETTINGS_MODULE=careers_site.settings.test
export DATABASE_URL="sqlite:////var/tmp/careers-mutation.sqlite3"
ensure_venv "test,mutation"
ensure_catalogues

# The modules that carry the rules, each with the tests that guard it. Only their tests
# without a database run (a database test would load the demo content in every mutant's
# process): a module whose rules only database tests reach scores low here, and says so.
declare -A TESTS=(
    [core/rate_limit.py]="tests/test_rate_limit.py tests/test_form_guards.py"
    [core/human_check.py]="tests/test_form_guards.py"
    [guides/leave.py]="tests/test_leave_estimator.py"
    [core/search_text.py]="tests/test_search_matching.py tests/test_search_view.py"
    [core/page_cache.py]="tests/test_page_cache.py"
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
trap 'rm -rf "$WORK"' EXIT

for module in "${MODULES[@]}"; do
    tests="${TESTS[$module]:-}"
    if [ -z "$tests" ]; then echo "No tests known for $module" >&2; exit 2; fi
    name="$(echo "$module" | tr '/.' '__')"
    copy="$WORK/$name"
    mkdir -p "$copy"
    # What git tracks or would track, plus the compiled catalogues (ignored by git).
    git ls-files --cached --others --exclude-standard -z \
        | grep -zv -e '^media/' -e '^test-artifacts/' -e '^\.venv/' \
        | tar --null -T - -cf - | tar -xf - -C "$copy"
    cp -r locale/. "$copy/locale/"
    ln -s "$ROOT/.venv" "$copy/.venv"
    # This module and its tests in the copy's [tool.mutmut].
    "$VENV/bin/python" - "$copy/pyproject.toml" "$module" $tests <<'PY'
import re, sys
path, module, *tests = sys.argv[1:]
text = open(path).read()
quoted = lambda items: "[" + ", ".join(f'"{item}"' for item in items) + "]"
text = re.sub(r"^source_paths = .*$", f"source_paths = {quoted([module])}", text, flags=re.M)
text = re.sub(
    r"^pytest_add_cli_args_test_selection = .*$",
    f"pytest_add_cli_args_test_selection = {quoted(tests)}",
    text,
    flags=re.M,
)
open(path, "w").write(text)
PY
    echo "== $module ($tests)"
    (cd "$copy" && "$VENV/bin/mutmut" run >"$copy/run.log" 2>&1) || {
        tail -30 "$copy/run.log" >&2
        exit 1
    }
    (cd "$copy" && "$VENV/bin/mutmut" results --all true) >"$OUT/$name.txt" 2>&1 || true
    "$VENV/bin/python" - "$module" "$OUT/$name.txt" <<'PY' | tee -a "$OUT/summary.txt"
import collections, re, sys
module, path = sys.argv[1:]
states = collections.Counter(
    match.group(1) for match in re.finditer(r"__mutmut_\d+: (.+)$", open(path).read(), re.M)
)
tested = sum(states.values()) - states["no tests"]
killed = states["killed"] + states["timeout"]
score = f"{100 * killed / tested:.0f} %" if tested else "n/a"
print(f"{module}: {sum(states.values())} mutants, {killed} killed, {states['survived']} survived, "
      f"{states['no tests']} reached by no selected test; score {score} of those tested")
PY
    # Each surviving mutant's diff, to read.
    (cd "$copy" && for mutant in $(sed -n 's/^ *\(.*\): survived$/\1/p' "$OUT/$name.txt"); do
        "$VENV/bin/mutmut" show "$mutant"
    done) >"$OUT/$name.survivors.diff" 2>&1 || true
done
