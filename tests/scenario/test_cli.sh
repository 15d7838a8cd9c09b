#!/usr/bin/env bash
# test_cli.sh: the command line end to end on the mini scenario: help and
# version, check, play, score, saves with a backup, a changed scenario.
# Usage: test_cli.sh BINARY SOURCE_DIR
bin=$1
src=$2
mini=$src/tests/scenario/mini
source "$(dirname "${BASH_SOURCE[0]}")/../testing.sh"

# help and version
"$bin" --help >"$tmp/out" 2>&1; rc=$?
expect "--help exits 0" test $rc -eq 0
expect "--help shows usage" has "$tmp/out" "Usage: incident-dojo"
# Every command --help lists answers COMMAND --help with its own usage.
"$bin" --help | sed -n '/^Commands:/,/^$/p' | grep -oE '^  [a-z]+' | tr -d ' ' >"$tmp/commands"
expect "--help lists the commands" test "$(wc -l <"$tmp/commands")" -ge 10
while read -r c; do
    "$bin" "$c" --help >"$tmp/out" 2>&1; rc=$?
    expect "$c --help exits 0" test $rc -eq 0
    expect "$c --help shows its usage" grep -q "^Usage: incident-dojo $c" "$tmp/out"
done <"$tmp/commands"
"$bin" --version >"$tmp/out" 2>&1
expect "--version names the program" grep -qE '^incident-dojo [0-9]+\.[0-9]+\.[0-9]+$' <(head -1 "$tmp/out")
"$bin" --frobnicate >"$tmp/out" 2>&1; rc=$?
expect "unknown option exits 2" test $rc -eq 2
expect "unknown option says so" has "$tmp/out" "unrecognized option '--frobnicate'"

# check
"$bin" check "$mini" >"$tmp/out" 2>&1; rc=$?
expect "check mini exits 0" test $rc -eq 0
expect "check mini has no diagnostics" test "$(grep -c 'error\[\|warning\[' "$tmp/out")" -eq 0
cp -r "$mini" "$tmp/broken"
sed -i 's/minutes = 2,/minutes = 2, colour = "red",/' "$tmp/broken/scenario.lua"
"$bin" check "$tmp/broken" >"$tmp/out" 2>&1; rc=$?
expect "check broken exits 1" test $rc -eq 1
expect "check names file and line" has "$tmp/out" "$tmp/broken/scenario.lua:3: error[unknown-field]: scenario has no field 'colour'"
"$bin" check "$tmp/nope" >"$tmp/out" 2>&1; rc=$?
expect "check of a missing path exits 1" test $rc -eq 1
"$bin" check >"$tmp/out" 2>&1; rc=$?
expect "check without paths exits 2" test $rc -eq 2

# play: result, save, determinism
"$bin" play "$mini" --actions "$mini/good.json" --out "$tmp/r1.json" --save "$tmp/s1" >"$tmp/play1" 2>&1; rc=$?
expect "play exits 0" test $rc -eq 0
expect "play prints the total" has "$tmp/play1" "100.0 / 100"
score=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["score"], len(r["criteria"]), all(c["met"] for c in r["criteria"]))' "$tmp/r1.json")
expect "result has score 100 and 5 met criteria" test "$score" = "100 5 True"
# s.factors() in a function condition sees the evidence a factor links
sed 's/, "evidence": \["pr7\/h1"\]//' "$mini/good.json" >"$tmp/uncited.json"
"$bin" play "$mini" --actions "$tmp/uncited.json" --out "$tmp/r3.json" >/dev/null 2>&1
expect "a factor without evidence misses the cited criterion" python3 -c 'import json,sys
r = {c["id"]: c["met"] for c in json.load(open(sys.argv[1]))["criteria"]}
sys.exit(0 if r["cited"] is False and r["factors"] is True else 1)' "$tmp/r3.json"
"$bin" play "$mini" --actions "$mini/good.json" --out "$tmp/r2.json" --save "$tmp/s2" >/dev/null 2>&1
expect "results are byte-identical" cmp -s "$tmp/r1.json" "$tmp/r2.json"
expect "saves are byte-identical" cmp -s "$tmp/s1" "$tmp/s2"
"$bin" score "$tmp/s1" --scenario "$mini" >"$tmp/out" 2>&1; rc=$?
expect "score of the save exits 0" test $rc -eq 0
expect "score of the save matches play" has "$tmp/out" "100.0 / 100"

# a refused action names its index
cat >"$tmp/bad.json" <<'JSON'
[{"type":"open","source":"inc"},{"type":"pin","item":"rv1"}]
JSON
"$bin" play "$mini" --actions "$tmp/bad.json" >"$tmp/out" 2>&1; rc=$?
expect "refused action exits 1" test $rc -eq 1
expect "refused action is named" has "$tmp/out" "action 1: cannot pin 'rv1': open its source 'pr7' first"
echo '[{"type":"open","source":"inc"},{"type":"warp"}]' >"$tmp/bad2.json"
"$bin" play "$mini" --actions "$tmp/bad2.json" >"$tmp/out" 2>&1; rc=$?
expect "unknown action type exits 1" test $rc -eq 1
expect "unknown action type is named" has "$tmp/out" "action 1:"
"$bin" play nosuchscenario --actions "$mini/good.json" >"$tmp/out" 2>&1; rc=$?
expect "unknown scenario exits 1" test $rc -eq 1
expect "unknown scenario is named" has "$tmp/out" "no scenario 'nosuchscenario'"

# a corrupt save falls back to the backup, and says so
"$bin" play "$mini" --actions "$mini/good.json" --save "$tmp/s1" >/dev/null 2>&1
expect "second save kept a backup" test -f "$tmp/s1.bak"
printf 'X' | dd of="$tmp/s1" bs=1 seek=40 conv=notrunc 2>/dev/null
"$bin" score "$tmp/s1" --scenario "$mini" >"$tmp/out" 2>&1; rc=$?
expect "corrupt save still scores from the backup" test $rc -eq 0
expect "corrupt save is named" has "$tmp/out" "$tmp/s1"
expect "backup use is reported" has "$tmp/out" "backup"
rm -f "$tmp/s1.bak"
"$bin" score "$tmp/s1" --scenario "$mini" >"$tmp/out" 2>&1; rc=$?
expect "corrupt save without backup exits 1" test $rc -eq 1

# a save against a changed scenario replays what still fits
cp -r "$mini" "$tmp/changed"
"$bin" play "$tmp/changed" --actions "$mini/good.json" --save "$tmp/s3" >/dev/null 2>&1
sed -i 's/id = "m1", at/id = "m1-renamed", at/; s/marked("m1"/marked("m1-renamed"/' "$tmp/changed/scenario.lua"
"$bin" score "$tmp/s3" --scenario "$tmp/changed" >"$tmp/out" 2>&1; rc=$?
expect "changed scenario still scores" test $rc -eq 0
expect "changed scenario is reported" has "$tmp/out" "has changed since this save"
expect "first action that no longer fits is named" has "$tmp/out" "replayed 1 of 8 actions; action 1:"

# check of curricula: the shipped one, the folder of scenarios with its
# curricula, and a bad one with its problems where they were written
"$bin" check "$src/scenarios/curricula/onboarding.lua" >"$tmp/out" 2>&1; rc=$?
expect "the shipped curriculum checks clean" test $rc -eq 0
expect "a curriculum is counted as one" has "$tmp/out" "checked 1 curriculum: 0 errors, 0 warnings"
"$bin" check "$src/scenarios" >"$tmp/out" 2>&1; rc=$?
expect "the scenarios folder checks its curricula too" has "$tmp/out" "scenarios and 1 curriculum: 0 errors"
mkdir -p "$tmp/cur/curricula" && cp -r "$mini" "$tmp/cur/"
printf 'curriculum { id = "c", title = "C",\n  step { scenario = "mini", pass = 101 },\n}\n' >"$tmp/cur/curricula/c.lua"
"$bin" check "$tmp/cur/curricula/c.lua" >"$tmp/out" 2>&1; rc=$?
expect "a bad curriculum fails the check" test $rc -eq 1
expect "its problem is named at its line" has "$tmp/out" "c.lua:2: error[bad-value]: step field 'pass' must be a score from 0 to 100, not 101"

# check --coverage: what no play can reach, where it was written
"$bin" check --coverage "$src/scenarios/tutorial" >"$tmp/out" 2>&1; rc=$?
expect "coverage of the tutorial exits 0" test $rc -eq 0
expect "the tutorial reaches everything" grep -qE '^coverage of tutorial: ([0-9]+) of \1 questions can be asked, ([0-9]+) of \2 facts revealed, ([0-9]+) of \3 items and facts the rubric names found, ([0-9]+) of \4 criteria met$' "$tmp/out"
expect "the count says nothing is unreachable" has "$tmp/out" "coverage: 0 things no play can reach"
"$bin" check --coverage "$src/tests/scenario/coverage" >"$tmp/out" 2>&1; rc=$?
expect "unreachable content fails the check" test $rc -eq 1
expect "an unreachable question is named where it was written" \
    grep -q "coverage/scenario.lua:36: coverage: question 'q.ben' can never be asked" "$tmp/out"
expect "so is the fact only it reveals" grep -q "fact 'f.bens' is never revealed" "$tmp/out"
expect "and the criterion that needs it" grep -q "criterion 'c.never' can never be met" "$tmp/out"
expect "a Lua function is said to be opaque" grep -q "criterion 'c.lua' depends on a Lua function" "$tmp/out"
expect "the totals" has "$tmp/out" "coverage of coverage: 2 of 4 questions can be asked, 2 of 4 facts revealed, 2 of 3 items and facts the rubric names found, 3 of 4 criteria met"

# the catalogue
INCIDENT_DOJO_SCENARIOS=$src/tests/scenario "$bin" list >"$tmp/out" 2>&1; rc=$?
expect "list exits 0" test $rc -eq 0
expect "list shows mini" grep -qE '^mini +Mini \(intro, 2 min\)' "$tmp/out"
INCIDENT_DOJO_SCENARIOS=$src/tests/scenario "$bin" play mini --actions "$mini/good.json" >/dev/null 2>&1
expect "play finds a scenario by id" test $? -eq 0

testing_done test_cli
