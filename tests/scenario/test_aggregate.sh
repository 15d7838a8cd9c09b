#!/usr/bin/env bash
# test_aggregate.sh: `incident-dojo aggregate` over the tutorial's three
# golden playthroughs: the Markdown has its sections, the SVG charts exist
# and are XML, two runs give the same bytes, and a file that is not a
# result (or a result of another scenario) exits 1 naming the file.
# Usage: test_aggregate.sh BINARY SOURCE_DIR
bin=$1
src=$2
source "$(dirname "${BASH_SOURCE[0]}")/../testing.sh"
export INCIDENT_DOJO_SCENARIOS=$src/scenarios
for l in expert novice blame; do
    "$bin" play tutorial --actions "$src/tests/golden/tutorial/$l.json" --out "$tmp/$l.json" >/dev/null 2>&1
    expect "play $l writes a result" test -s "$tmp/$l.json"
done
results=("$tmp/expert.json" "$tmp/novice.json" "$tmp/blame.json")

mkdir "$tmp/a" "$tmp/b"
"$bin" aggregate "${results[@]}" --out "$tmp/a/workshop.md" 2>"$tmp/err"
expect "aggregate exits 0" test $? -eq 0
for h in "# Workshop results: Tutorial" "3 participants" "## Scores" "## Criteria" \
         "## Most-missed evidence" "## Questions most asked" "## Timelines side by side" \
         "![Score distribution](workshop-scores.svg)" "(workshop-criteria.svg)" \
         "| expert | novice | blame |" "| expert | 100.0 | 195 / 195 |" \
         "| \`q.priya-notice\` What did you notice first? | Priya Nair | 3 | 100% |" \
         "| \`a.priya-paged\` Alerts and pages, 12:04, Priya Nair: CheckoutLatencyP95High"; do
    expect "markdown has '$h'" grep -qF -- "$h" "$tmp/a/workshop.md"
done
for c in scores criteria; do
    expect "$c chart exists" test -s "$tmp/a/workshop-$c.svg"
    expect "$c chart is XML" python3 -c 'import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); sys.exit(0 if r.tag.endswith("svg") else 1)' "$tmp/a/workshop-$c.svg"
done

"$bin" aggregate "${results[@]}" --out "$tmp/b/workshop.md" 2>/dev/null
for f in workshop.md workshop-scores.svg workshop-criteria.svg; do
    expect "$f is the same on a second run" cmp -s "$tmp/a/$f" "$tmp/b/$f"
done
"$bin" aggregate "${results[@]}" >"$tmp/stdout.md" 2>/dev/null
expect "without --out the Markdown goes to stdout" grep -qF "## Criteria" "$tmp/stdout.md"
expect "without --out no image links" bash -c "! grep -qF '![' '$tmp/stdout.md'"

mkdir "$tmp/empty"
INCIDENT_DOJO_SCENARIOS=$tmp/empty "$bin" aggregate "${results[@]}" >"$tmp/ids.md" 2>"$tmp/err"
expect "a scenario not in the catalogue still aggregates" test $? -eq 0
expect "with a note saying why ids are shown" grep -qF "the scenario 'tutorial' is not in the catalogue" "$tmp/err"
expect "and the ids alone" grep -qF "| q.priya-notice | priya | 3 | 100% |" "$tmp/ids.md"

echo '{"scenario":{"id":"tutorial"},"actions":[]}' >"$tmp/notes.json"
"$bin" aggregate "$tmp/expert.json" "$tmp/notes.json" >/dev/null 2>"$tmp/err"
expect "a non-result exits 1" test $? -eq 1
expect "the message names the file" grep -qF "notes.json: not a result file" "$tmp/err"
"$bin" play cert-expiry --actions "$src/tests/golden/cert-expiry/expert.json" --out "$tmp/cert.json" >/dev/null 2>&1
"$bin" aggregate "$tmp/expert.json" "$tmp/cert.json" >/dev/null 2>"$tmp/err"
expect "mixed scenarios exit 1" test $? -eq 1
expect "the message names both scenarios" grep -qF "cert.json: a result of scenario 'cert-expiry'" "$tmp/err"
"$bin" aggregate >/dev/null 2>&1
expect "no files is a usage error" test $? -eq 2

testing_done test_aggregate.sh
