#!/usr/bin/env bash
# test_new.sh: `incident-dojo new NAME` writes a scenario folder from the
# built-in template that passes check --strict --coverage and whose worked
# log scores it in full (and an empty log does not); it refuses bad names,
# never overwrites, and leaves nothing behind when it fails.
# Usage: test_new.sh BINARY SOURCE_DIR
bin=$1
src=$2
source "$(dirname "${BASH_SOURCE[0]}")/../testing.sh"
contains() { grep -qF -- "$2" "$1"; }

cd "$tmp" || exit 1
mkdir work && cd work || exit 1
"$bin" new disk-full >out.txt 2>err.txt
expect "new exits 0" test $? -eq 0
expect "it writes scenario.lua" test -s disk-full/scenario.lua
expect "it writes the worked log" test -s disk-full/expert.json
expect "it says what to run next" contains out.txt "incident-dojo check --strict --coverage disk-full"
expect "the id is the name" contains disk-full/scenario.lua 'id = "disk-full"'
expect "the log names the id" contains disk-full/expert.json '"scenario": "disk-full"'
expect "the title comes from the name" contains disk-full/scenario.lua 'title = "Disk full"'
expect "no placeholder is left" test "$(grep -c 'new-scenario' disk-full/scenario.lua disk-full/expert.json | awk -F: '{s+=$2} END {print s}')" = 0

"$bin" check --strict --coverage disk-full >check.txt 2>&1
expect "the new scenario passes check --strict --coverage" test $? -eq 0
expect "check saw every criterion reachable" contains check.txt "7 of 7 criteria met"
"$bin" play disk-full --actions disk-full/expert.json >play.txt 2>&1
expect "the worked log plays" test $? -eq 0
expect "the worked log scores 100" contains play.txt "Disk full: 100.0 / 100"
echo '{"scenario": "disk-full", "actions": []}' >empty.json
"$bin" play disk-full --actions empty.json >empty.txt 2>&1
expect "an empty log scores 0" contains empty.txt "Disk full: 0.0 / 100"

"$bin" graph disk-full >graph.dot 2>/dev/null
expect "its graph has every criterion" test "$(grep -c '^ *"c\.[a-z]*" \[' graph.dot)" -eq 7
expect "and nothing marked unreachable" test "$(grep -c unreachable graph.dot)" -eq 0
if command -v dot >/dev/null; then
    expect "the graph parses with dot" dot -Tsvg -o /dev/null graph.dot
fi

# Editor support comes along outside a folder that has it.
expect "a .luarc.json is written beside it" contains disk-full/.luarc.json '".meta"'
"$bin" meta >meta.lua
expect "its definitions are what meta writes" cmp -s meta.lua disk-full/.meta/incident-dojo.lua
mkdir catalogue && echo '{}' >catalogue/.luarc.json
"$bin" new catalogue/quiet-cache >/dev/null 2>&1
expect "new into a folder path works" test -s catalogue/quiet-cache/scenario.lua
expect "no second .luarc.json inside a folder that has one" test ! -e catalogue/quiet-cache/.luarc.json
INCIDENT_DOJO_SCENARIOS=$PWD/catalogue "$bin" list >list.txt 2>&1
expect "the catalogue lists the new scenario by id" grep -q "^quiet-cache" list.txt

# Refusals: an existing folder is never touched, a bad name is a usage
# error, and a failed write leaves nothing.
echo "-- mine" >>disk-full/scenario.lua
before=$(cksum disk-full/scenario.lua)
"$bin" new disk-full >/dev/null 2>err.txt
expect "an existing folder is refused" test $? -eq 1
expect "the refusal names it" contains err.txt "'disk-full' already exists"
expect "the existing folder is untouched" test "$(cksum disk-full/scenario.lua)" = "$before"
"$bin" new "bad name" >/dev/null 2>err.txt
expect "a name with a space is a usage error" test $? -eq 2
expect "the message says what names work" contains err.txt "letters, digits"
"$bin" new .hidden >/dev/null 2>&1
expect "a hidden name is refused" test $? -eq 2
"$bin" new >/dev/null 2>&1
expect "no name is a usage error" test $? -eq 2
"$bin" new missing/x >/dev/null 2>err.txt
expect "a missing parent folder is refused" test $? -eq 1
expect "the message names the folder" contains err.txt "the folder 'missing' does not exist"
"$bin" new /proc/dojo-new >/dev/null 2>err.txt
expect "an unwritable place is refused" test $? -eq 1
expect "the message says it cannot write" contains err.txt "cannot write '/proc/dojo-new'"
expect "nothing half-written is left" test -z "$(ls -A | grep '\.new-')"

# The template in the source tree is itself a valid scenario.
"$bin" check --strict "$src/assets/template" >/dev/null 2>&1
expect "assets/template passes check --strict" test $? -eq 0

testing_done test_new
