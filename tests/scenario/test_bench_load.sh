#!/usr/bin/env bash
# test_bench_load.sh: `incident-dojo bench load` and `bench search` on a small
# generated scenario: exit status, the figures printed, --keep, bad arguments.
# Usage: test_bench_load.sh BINARY SOURCE_DIR
bin=$1
source "$(dirname "${BASH_SOURCE[0]}")/../testing.sh"
has() { grep -qE -- "$2" "$1"; }
lacks() { ! grep -qE -- "$2" "$1"; }

"$bin" bench load --messages 2000 >"$tmp/out" 2>"$tmp/err"
rc=$?
expect "load exits 0" test $rc -eq 0
expect "load prints its figures" has "$tmp/out" \
    '^messages=2000 bytes=[0-9]+ load_ms=[0-9.]+ first_load_ms=[0-9.]+ items=2000 peak_rss_kb=[0-9]+ budget=[0-9]+$'
expect "load says whether the default budget suffices" has "$tmp/out" '^default_budget=(ok|refused)'
expect "load compares with lua5.4 or says it cannot" \
    has "$tmp/out" '^(lua_ms=[0-9.]+ ratio=[0-9.]+ first_ratio=[0-9.]+|lua5.4: not installed or failed; no comparison)$'
expect "load is quiet on stderr" test ! -s "$tmp/err"
[ $rc -eq 0 ] || cat "$tmp/err"

"$bin" bench load --messages 300 --keep "$tmp/kept" >"$tmp/out" 2>&1
expect "load --keep exits 0" test $? -eq 0
expect "load --keep prints the path" has "$tmp/out" "^kept=$tmp/kept/bench-load.lua\$"
expect "the kept file is there" test -s "$tmp/kept/bench-load.lua"
"$bin" check "$tmp/kept/bench-load.lua" >"$tmp/check" 2>&1
expect "the kept file is a valid scenario" test $? -eq 0
expect "the kept file has its messages" test "$(grep -c '^  msg{' "$tmp/kept/bench-load.lua")" -eq 300

"$bin" bench search --messages 2000 --queries 50 >"$tmp/out" 2>"$tmp/err"
rc=$?
expect "search exits 0" test $rc -eq 0
expect "search prints its figures" has "$tmp/out" \
    '^messages=2000 load_ms=[0-9.]+ build_ms=[0-9.]+ terms=[0-9]+ postings=[0-9]+ queries=50 median_ms=[0-9.]+ worst_ms=[0-9.]+ avg_hits=[0-9.]+ peak_rss_kb=[0-9]+$'
expect "search finds something" lacks "$tmp/out" 'avg_hits=0\.0 '
[ $rc -eq 0 ] || cat "$tmp/err"

"$bin" bench load --queries 5 >"$tmp/out" 2>&1
expect "load refuses --queries" test $? -eq 2
"$bin" bench search --messages lots >"$tmp/out" 2>&1
expect "a bad count exits 2" test $? -eq 2
expect "a bad count is named" has "$tmp/out" "bad argument '--messages'"
"$bin" bench --help >"$tmp/out" 2>&1
expect "bench --help lists load and search" has "$tmp/out" 'bench search \[--messages N\]'

testing_done test_bench_load
