#!/usr/bin/env bash
# Audit a running portal: Lighthouse (mobile and desktop) and the Nu HTML Checker (vnu) on each
# page type, in French and English. Prints a table of scores and writes every report in
# test-artifacts/audit/, with a screenshot of each page's first screen on a phone (375 x 812)
# and a desktop (1280 x 900) in test-artifacts/audit/screenshots/.
#
#   bash scripts/audit.sh                          # http://127.0.0.1:8000 (scripts/run.sh)
#   bash scripts/audit.sh http://127.0.0.1:8768    # another address
#   AUDIT_ONLY=home,offer bash scripts/audit.sh    # some page types only
#
# Needs Node (npm), Java and Chromium (CHROME_PATH, default /usr/bin/chromium). Lighthouse and
# vnu-jar are installed once, at pinned versions, in AUDIT_TOOLS (default /var/tmp/audit-tools,
# outside the repository). The pages: home, offers listing, an offer and a guide (the first
# ones the listing and the welcome section link to), HR Excellence, working conditions and a
# form (the suggestion box); AUDIT_PATHS_FR / AUDIT_PATHS_EN ("type=/path/ type=/path/ …")
# replace the demo's addresses.
set -euo pipefail

BASE="${1:-http://127.0.0.1:8000}"
BASE="${BASE%/}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/test-artifacts/audit"
TOOLS="${AUDIT_TOOLS:-/var/tmp/audit-tools}"
LIGHTHOUSE_VERSION="12.2.3"
VNU_VERSION="26.9.27"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
CHROME_FLAGS="--headless=new --no-sandbox"

for tool in node npm java python3 curl; do
    command -v "$tool" >/dev/null || { echo "audit: $tool is missing" >&2; exit 2; }
done
[ -x "$CHROME_PATH" ] || { echo "audit: no Chromium at $CHROME_PATH" >&2; exit 2; }
curl -fsS -o /dev/null "$BASE/fr/" || { echo "audit: nothing answers at $BASE/fr/" >&2; exit 2; }

if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ] || [ ! -f "$TOOLS/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
    echo "Installing lighthouse@$LIGHTHOUSE_VERSION and vnu-jar@$VNU_VERSION in $TOOLS"
    mkdir -p "$TOOLS"
    [ -f "$TOOLS/package.json" ] || echo '{"private": true}' >"$TOOLS/package.json"
    npm i -E --prefix "$TOOLS" --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION" "vnu-jar@$VNU_VERSION" >/dev/null
fi
LIGHTHOUSE="$TOOLS/node_modules/.bin/lighthouse"
VNU="$TOOLS/node_modules/vnu-jar/build/dist/vnu.jar"

# The first address under `prefix` that a page links to (an offer from the listing, a guide
# from the welcome section).
first_link() {
    curl -fsS "$BASE$1" | grep -o "href=\"$2[^\"#?]*/\"" | sed 's/^href="//; s/"$//' \
        | grep -v -x -e "$2" -e "${2}calendar/" -e "${2}feed/" | head -n 1
}

pages_for() {
    local language="$1" given="$2"
    if [ -n "$given" ]; then
        echo "$given"
        return
    fi
    if [ "$language" = fr ]; then
        echo "home=/fr/ listing=/fr/offres/ offer=$(first_link /fr/offres/ /fr/offres/)" \
            "guide=$(first_link /fr/bienvenue-en-france/ /fr/bienvenue-en-france/)" \
            "hr-excellence=/fr/hr-excellence-in-research/ working-conditions=/fr/travailler-a-l-inserm/" \
            "form=/fr/votre-avis-compte/boite-a-idees/"
    else
        echo "home=/en/ listing=/en/offers/ offer=$(first_link /en/offers/ /en/offers/)" \
            "guide=$(first_link /en/welcome-to-france/ /en/welcome-to-france/)" \
            "hr-excellence=/en/hr-excellence-in-research/ working-conditions=/en/working-at-inserm/" \
            "form=/en/your-opinion-matters/suggestion-box/"
    fi
}

rm -rf "$OUT"
mkdir -p "$OUT/lighthouse" "$OUT/html" "$OUT/screenshots"
LIST="$OUT/pages.tsv"
: >"$LIST"
for language in fr en; do
    if [ "$language" = fr ]; then given="${AUDIT_PATHS_FR:-}"; else given="${AUDIT_PATHS_EN:-}"; fi
    for pair in $(pages_for "$language" "$given"); do
        kind="${pair%%=*}"
        path="${pair#*=}"
        if [ -n "${AUDIT_ONLY:-}" ] && [[ ",$AUDIT_ONLY," != *",$kind,"* ]]; then continue; fi
        [ -n "$path" ] || { echo "audit: no address found for $kind ($language)" >&2; exit 2; }
        printf '%s\t%s\t%s\n' "$kind-$language" "$language" "$path" >>"$LIST"
    done
done

while IFS=$'\t' read -r name language path; do
    echo "· $name  $path"
    curl -fsS "$BASE$path" -o "$OUT/html/$name.html"
    for size in 375,812 1280,900; do
        # shellcheck disable=SC2086 # the flags are words
        "$CHROME_PATH" $CHROME_FLAGS --hide-scrollbars --window-size="$size" \
            --screenshot="$OUT/screenshots/$name-${size%,*}.png" "$BASE$path" >/dev/null 2>&1 \
            || echo "  no screenshot of $name at ${size%,*}px"
    done
    for form in mobile desktop; do
        preset=()
        [ "$form" = desktop ] && preset=(--preset=desktop)
        # A second try when Chromium's trace fails (NO_NAVSTART, seen on a busy machine).
        for attempt in 1 2; do
            if "$LIGHTHOUSE" "$BASE$path" "${preset[@]}" --quiet \
                --only-categories=performance,accessibility,best-practices,seo \
                --chrome-flags="$CHROME_FLAGS" --locale="$language" \
                --output=json --output=html --output-path="$OUT/lighthouse/$name-$form" \
                >/dev/null 2>>"$OUT/lighthouse/errors.log"; then
                break
            fi
            echo "  lighthouse failed on $name ($form), attempt $attempt: see $OUT/lighthouse/errors.log"
        done
    done
done <"$LIST"

# vnu: one run for every page (the JVM starts once); JSON messages, errors only.
java -jar "$VNU" --errors-only --format json "$OUT"/html/*.html 2>"$OUT/vnu.json" || true

python3 - "$OUT" <<'PY'
import json
import sys
from pathlib import Path

out = Path(sys.argv[1])
pages = [line.split("\t") for line in (out / "pages.tsv").read_text().splitlines() if line]
messages = json.loads((out / "vnu.json").read_text() or '{"messages": []}')["messages"]
vnu = {}
for message in messages:
    if message.get("type") == "error":
        name = Path(message.get("url", "")).stem
        vnu.setdefault(name, []).append(message)

CATEGORIES = [("performance", "Perf"), ("accessibility", "A11y"), ("best-practices", "BP"), ("seo", "SEO")]
header = ["page", "form"] + [label for _, label in CATEGORIES] + ["CLS", "KiB", "vnu errors", "path"]
rows, failures, transfers = [], 0, []
for name, language, path in pages:
    for form in ("mobile", "desktop"):
        report = out / "lighthouse" / f"{name}-{form}.report.json"
        if report.exists():
            data = json.loads(report.read_text())
            scores = [data["categories"][key]["score"] for key, _ in CATEGORIES]
            scores = ["-" if score is None else str(round(score * 100)) for score in scores]
            cls = data["audits"]["cumulative-layout-shift"].get("numericValue")
            cls = "-" if cls is None else f"{cls:.3f}"
            # Everything the page transferred (HTML, CSS, JS, images, fonts), as Lighthouse
            # counted it on the wire: issue 21 asks for a median of at most 60 KiB.
            weight = data["audits"]["total-byte-weight"].get("numericValue")
            kib = "-" if weight is None else f"{weight / 1024:.1f}"
            if weight is not None:
                transfers.append(weight / 1024)
        else:
            scores, cls, kib = ["fail"] * len(CATEGORIES), "fail", "fail"
        rows.append([name, form, *scores, cls, kib, str(len(vnu.get(name, []))), path])

widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
for row in [header, ["-" * width for width in widths], *rows]:
    print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)))

summary = out / "vnu-errors.txt"
with summary.open("w") as handle:
    for name, errors in sorted(vnu.items()):
        for error in errors:
            handle.write(f"{name}:{error.get('lastLine', '?')}: {error.get('message')}\n")
if transfers:
    transfers.sort()
    middle = len(transfers) // 2
    median = transfers[middle] if len(transfers) % 2 else sum(transfers[middle - 1 : middle + 1]) / 2
    print(f"\nTransfer per page: median {median:.1f} KiB, largest {transfers[-1]:.1f} KiB")
print(f"\nReports: {out}/lighthouse/*.report.html, vnu errors: {summary}")
PY
