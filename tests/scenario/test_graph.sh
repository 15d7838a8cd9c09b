#!/usr/bin/env bash
# test_graph.sh: `incident-dojo graph` end to end: stdout and --out agree
# byte for byte, reruns too; a scenario id works; a broken scenario exits 1
# with file:line and writes nothing; bad usage exits 2; and, when Graphviz's
# dot is on PATH, every shipped scenario's graph parses without a word on
# stderr. test_graph.c checks what the graph says.
# Usage: test_graph.sh BINARY SOURCE_DIR
bin=$1
src=$2
source "$(dirname "${BASH_SOURCE[0]}")/../testing.sh"
export INCIDENT_DOJO_SCENARIOS=$src/scenarios
fixture=$src/tests/scenario/coverage

"$bin" graph "$src/scenarios/tutorial" >"$tmp/path.dot" 2>"$tmp/err"; rc=$?
expect "graph by path exits 0" test $rc -eq 0
expect "... says nothing on stderr" test ! -s "$tmp/err"
expect "... writes a digraph" has "$tmp/path.dot" 'digraph "tutorial" {'
expect "... with its criteria" has "$tmp/path.dot" '"c.triage" [shape=box'
"$bin" graph tutorial >"$tmp/id.dot"
expect "a scenario id gives the same bytes as its path" cmp -s "$tmp/path.dot" "$tmp/id.dot"
"$bin" graph tutorial >"$tmp/again.dot"
expect "a rerun gives the same bytes" cmp -s "$tmp/id.dot" "$tmp/again.dot"
echo "old" >"$tmp/out.dot"
"$bin" graph tutorial --out "$tmp/out.dot" >"$tmp/stdout"; rc=$?
expect "--out exits 0" test $rc -eq 0
expect "--out writes the same bytes as stdout" cmp -s "$tmp/id.dot" "$tmp/out.dot"
expect "--out prints nothing" test ! -s "$tmp/stdout"
expect "--out leaves no temp file" test "$(ls "$tmp" | grep -c 'out\.dot.')" -eq 0
"$bin" graph tutorial -o "$tmp/o.dot"
expect "-o is --out" cmp -s "$tmp/id.dot" "$tmp/o.dot"
expect "the tutorial has nothing unreachable" test "$(grep -c unreachable "$tmp/id.dot")" -eq 0

"$bin" graph "$fixture" >"$tmp/cov.dot"; rc=$?
expect "the coverage fixture graphs (exit 0: unreachable content is not an error)" test $rc -eq 0
expect "its five unreachable nodes are marked" test "$(grep -c '(unreachable)' "$tmp/cov.dot")" -eq 5
expect "q.ben is one" grep -q '^    "q.ben" .*(unreachable)' "$tmp/cov.dot"

cp -r "$src/tests/scenario/mini" "$tmp/broken"
sed -i 's/minutes = 2,/minutes = 2, colour = "red",/' "$tmp/broken/scenario.lua"
"$bin" graph "$tmp/broken" --out "$tmp/broken.dot" >"$tmp/stdout" 2>"$tmp/err"; rc=$?
expect "a broken scenario exits 1" test $rc -eq 1
expect "... names file and line" has "$tmp/err" "$tmp/broken/scenario.lua:3: error[unknown-field]: scenario has no field 'colour'"
expect "... writes no graph" test ! -e "$tmp/broken.dot" -a ! -s "$tmp/stdout"
"$bin" graph no-such-scenario >"$tmp/stdout" 2>"$tmp/err"; rc=$?
expect "an unknown scenario exits 1" test $rc -eq 1
expect "... and says so" has "$tmp/err" "no scenario 'no-such-scenario'"
"$bin" graph tutorial --out "$tmp/no/such/dir/g.dot" 2>"$tmp/err"; rc=$?
expect "an unwritable --out exits 1" test $rc -eq 1

usage() {  # usage ARGS...: exits 2 with the usage line on stderr
    "$bin" graph "$@" >"$tmp/stdout" 2>"$tmp/err"
    [ $? -eq 2 ] && has "$tmp/err" "Usage: incident-dojo graph SCENARIO [--out FILE.dot]" && [ ! -s "$tmp/stdout" ]
}
expect "no scenario is a usage error" usage
expect "an unknown option is a usage error" usage tutorial --bogus
expect "--out without a file is a usage error" usage tutorial --out
expect "two scenarios are a usage error" usage tutorial quiet-queue
"$bin" graph --help >"$tmp/stdout"; rc=$?
expect "--help exits 0" test $rc -eq 0
expect "--help says how to view it" has "$tmp/stdout" "dot -Tsvg"
"$bin" --help >"$tmp/stdout"
expect "the app's help lists graph" has "$tmp/stdout" "graph SCENARIO [--out FILE.dot]"

if command -v dot >/dev/null; then
    n=0
    for s in "$src"/scenarios/*/scenario.lua "$src"/scenarios/*.lua "$fixture"; do
        [ -e "$s" ] || continue
        [ "$(basename "$s")" = scenario.lua ] && s=$(dirname "$s")
        "$bin" graph "$s" >"$tmp/g.dot" 2>"$tmp/err"
        expect "graph $s exits 0" test $? -eq 0
        dot -Tsvg -o /dev/null "$tmp/g.dot" 2>"$tmp/dot.err"
        expect "dot parses the graph of $s" test $? -eq 0
        expect "dot says nothing about the graph of $s" test ! -s "$tmp/dot.err"
        [ -s "$tmp/dot.err" ] && cat "$tmp/dot.err"
        n=$((n + 1))
    done
    expect "dot saw every shipped scenario and the fixture" test "$n" -ge 4
else
    echo "test_graph: dot (Graphviz) not on PATH; not rendering"
fi

testing_done test_graph
