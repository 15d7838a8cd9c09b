#!/usr/bin/env bash
# test_check_watch.sh: `incident-dojo check --watch` checks once, then again
# on every save under its path (in place or by rename, the scenario or a
# file it reads), says which file changed, and stops cleanly on SIGINT with
# the last check's status.
# Usage: test_check_watch.sh BINARY SOURCE_DIR
bin=$1
src=$2
source "$(dirname "${BASH_SOURCE[0]}")/../testing.sh"
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
# Bounds guard against a hang; they are not timings.
scale=${DOJO_TIME_SCALE:-1}
count_of() { grep -cF -- "$1" "$tmp/out.txt"; }
wait_for() {  # wait_for TEXT N: until TEXT has appeared N times
    local tries=$((100 * scale))
    while [ "$(count_of "$1")" -lt "$2" ] && [ "$tries" -gt 0 ]; do sleep 0.1; tries=$((tries - 1)); done
    [ "$(count_of "$1")" -ge "$2" ]
}
clean="checked 1 scenario: 0 errors, 0 warnings"

cp -r "$src/tests/scenario/mini" "$tmp/mini"
cd "$tmp" || exit 1
"$bin" check --watch mini >out.txt 2>&1 &
pid=$!
expect "the first check runs" wait_for "$clean" 1
expect "it says it is watching the folder's files" wait_for "watching 3 files" 1

echo 'criterion { id = "c.half" }' >>mini/scenario.lua
expect "a save with an error is checked again" wait_for "error[missing-field]" 1
expect "the error names the file and line" grep -q "^mini/scenario.lua:[0-9]*: error\[missing-field\]: criterion needs 'title'" out.txt
expect "it says which file changed" grep -q "mini/scenario.lua changed; checking again" out.txt

cp "$src/tests/scenario/mini/scenario.lua" mini/new.lua && mv mini/new.lua mini/scenario.lua
expect "a save by rename is seen and the fix checks clean" wait_for "$clean" 2

printf 'not a diff\n' >mini/pr7.diff
expect "a file the scenario reads is watched too" wait_for "mini/pr7.diff changed" 1
cp "$src/tests/scenario/mini/pr7.diff" mini/pr7.diff
expect "and checked again when restored" wait_for "mini/pr7.diff changed" 2

checks=$(count_of "checking again")
sleep 1
expect "nothing changed, nothing checked" test "$(count_of "checking again")" -eq "$checks"

kill -INT "$pid"
for _ in $(seq $((50 * scale))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
wait "$pid"
rc=$?
pid=
expect "Ctrl+C stops it" grep -q "stopped watching" out.txt
expect "with the last check's status" test "$rc" -eq 0

"$bin" check --watch >/dev/null 2>&1
expect "--watch without a path is a usage error" test $? -eq 2

testing_done test_check_watch
