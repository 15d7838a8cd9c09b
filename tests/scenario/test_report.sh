#!/usr/bin/env bash
# test_report.sh: `incident-dojo report SAVE` exports a saved session: the
# Markdown report has every section, the JSON parses and carries the report
# and the timeline, the xAPI statements carry what a learning record store
# requires; the same save gives the same bytes; bad arguments exit 2.
# Usage: test_report.sh BINARY SOURCE_DIR
bin=$1
src=$2
source "$(dirname "${BASH_SOURCE[0]}")/../testing.sh"
export INCIDENT_DOJO_SCENARIOS=$src/scenarios
python3 -c 'import json,sys; json.dump(json.load(open(sys.argv[1]))["actions"], open(sys.argv[2], "w"))' \
    "$src/tests/golden/tutorial/expert.json" "$tmp/expert.json"
"$bin" play tutorial --actions "$tmp/expert.json" --save "$tmp/s" >/dev/null 2>&1
expect "the expert log saves" test -s "$tmp/s"

"$bin" report "$tmp/s" >"$tmp/r.md" 2>"$tmp/err"
expect "report exits 0" test $? -eq 0
for h in "# Tutorial: The Lunch Drop slowdown" "## Summary" "## Narrative" "### Timeline" \
         "## Contributing factors" "## What went well" "## Themes" "### What surprised us" \
         "### What should others know more about" "### What this shares with other incidents" \
         "## Open questions" "## Action items" "## Appendix: how this analysis was made"; do
    expect "markdown has '$h'" grep -qxF "$h" "$tmp/r.md"
done
expect "the timeline lists the detection pin" grep -q '^| 2026-03-12 12:03 | detection | Noor Haddad |' "$tmp/r.md"
expect "each factor is numbered with its evidence under it" \
    grep -q '^1\. The TTL change' "$tmp/r.md"
expect "a factor's evidence names the source, time and person" \
    grep -qF '   - Evidence: PR #418: Shorten the checkout price cache TTL: config/production/checkout.yaml, line 19' "$tmp/r.md"
expect "the expert wrote action items after soak time" \
    grep -A2 -xF '## Action items' "$tmp/r.md" | grep -q '^- Runbook:'
expect "the appendix has the score" grep -q '^\*\*Score\.\*\* 100\.0 of 100' "$tmp/r.md"
expect "the meeting transcript is a source of the report" \
    grep -q '^- \[[0-9]* min\] Marcus Lee: "Honestly, restarting pricing twice' "$tmp/r.md"
"$bin" report "$tmp/s" --out "$tmp/r2.md"
expect "--out writes the same bytes" cmp -s "$tmp/r.md" "$tmp/r2.md"

"$bin" report "$tmp/s" --format json >"$tmp/r.json"
expect "json exits 0" test $? -eq 0
expect "json parses with score, report and timeline" python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
assert r["score"] == 100 and r["report"]["factors"][0]["text"].startswith("The TTL change") and r["report"]["factors"][0]["evidence"] == ["pr.418/h1", "t.dana-explains"]
assert len(r["timeline"]) >= 10 and r["timeline"][0]["at"] <= r["timeline"][1]["at"]
assert any(t["marker"] == "repair" for t in r["timeline"])
assert "meeting" in r and "interviews" in r and "triage" in r
assert any(l["text"].startswith("You: sets the ground rules") for l in r["meeting"]["transcript"])' "$tmp/r.json"

"$bin" report "$tmp/s" --format xapi --actor "Ada Lovelace" >"$tmp/x.json"
expect "xapi exits 0" test $? -eq 0
expect "xapi statements carry the required fields" python3 -c '
import json, sys
st = json.load(open(sys.argv[1]))
assert isinstance(st, list) and len(st) >= 2
for s in st:
    assert s["actor"]["objectType"] == "Agent" and s["actor"]["account"]["name"] == "Ada Lovelace"
    assert s["actor"]["account"]["homePage"]
    assert s["verb"]["id"].startswith("http://adlnet.gov/expapi/verbs/") and s["verb"]["display"]["en-US"]
    assert s["object"]["objectType"] == "Activity" and s["object"]["id"].startswith("urn:incident-dojo:scenario:tutorial")
    sc = s["result"]["score"]
    assert 0 <= sc["scaled"] <= 1 and sc["min"] <= sc["raw"] <= sc["max"]
assert st[0]["verb"]["id"].endswith("/completed") and st[0]["result"]["score"]["scaled"] == 1
assert all(s["verb"]["id"].endswith("/scored") for s in st[1:])' "$tmp/x.json"

"$bin" report "$tmp/s" --format pdf >/dev/null 2>"$tmp/err"
expect "an unknown format exits 2" test $? -eq 2
expect "an unknown format is named" grep -q "must be md, json or xapi, not 'pdf'" "$tmp/err"
"$bin" report >/dev/null 2>&1
expect "no save exits 2" test $? -eq 2
"$bin" report "$tmp/nope" >/dev/null 2>"$tmp/err"
expect "a missing save exits 1" test $? -eq 1
expect "a missing save is named" grep -q "$tmp/nope" "$tmp/err"

testing_done test_report
