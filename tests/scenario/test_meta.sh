#!/usr/bin/env bash
# test_meta.sh: the editor definitions (`incident-dojo meta`): the shipped
# scenarios/.meta/incident-dojo.lua is exactly what the binary writes from
# the checker's tables; it is valid Lua; and its classes and fields are
# exactly the constructors and fields the authoring guide documents (which
# test_codes_documented holds to the checker), nothing more or less.
# Usage: test_meta.sh BINARY SOURCE_DIR
bin=$1
src=$2
source "$(dirname "${BASH_SOURCE[0]}")/../testing.sh"
shipped=$src/scenarios/.meta/incident-dojo.lua

"$bin" meta >"$tmp/meta.lua"
expect "meta exits 0" test $? -eq 0
expect "the shipped definitions are what meta writes (run: incident-dojo meta --out scenarios/.meta/incident-dojo.lua)" \
    cmp -s "$tmp/meta.lua" "$shipped"
"$bin" meta --out "$tmp/out.lua"
expect "--out writes the same bytes" cmp -s "$tmp/meta.lua" "$tmp/out.lua"
"$bin" meta --bogus >/dev/null 2>&1
expect "a bad option is a usage error" test $? -eq 2
expect "it starts as a LuaLS meta file" test "$(head -1 "$tmp/meta.lua")" = "---@meta"
if command -v luac5.4 >/dev/null; then
    expect "it is valid Lua 5.4" luac5.4 -p "$tmp/meta.lua"
fi
expect "the editor finds it: scenarios/.luarc.json names the folder" \
    python3 -c 'import json, sys; sys.exit(0 if ".meta" in json.load(open(sys.argv[1]))["workspace.library"] else 1)' \
    "$src/scenarios/.luarc.json"
expect "classes and fields are exactly the guide's constructors and fields" python3 - "$tmp/meta.lua" "$src/scenarios/README.md" <<'PY'
import re, sys
meta, readme = open(sys.argv[1]).read(), open(sys.argv[2]).read()
got, cls = set(), None
for line in meta.splitlines():
    m = re.match(r'---@class IncidentDojo\.(\w+)$', line)
    if m: cls = m.group(1); got.add((cls, None)); continue
    m = re.match(r'---@field (\w+)\?? ', line)
    if m and cls: got.add((cls, m.group(1)))
    if not line.startswith('---@field'): cls = None if not line.startswith('---@class') else cls
want, ctor = set(), None
for line in readme.splitlines():
    m = re.match(r'### `(\w+)\{\}`$', line)
    if m: ctor = m.group(1); want.add((ctor, None)); continue
    if line.startswith('## '): ctor = None
    if line.startswith('## Curricula'): break   # their own file type, not a scenario's
    m = re.match(r'\| `(\w+)` \| ', line)
    if m and ctor: want.add((ctor, m.group(1)))
if not want: print("no constructors found in the guide"); sys.exit(1)
for x in sorted(want - got, key=str): print("not in the definitions:", x)
for x in sorted(got - want, key=str): print("not in the guide:", x)
sys.exit(0 if got == want else 1)
PY
classes=$(grep -c '^---@class IncidentDojo\.[a-z_]*$' "$tmp/meta.lua")
conds=$(grep -c '^---@return IncidentDojo.Cond$' "$tmp/meta.lua")
funcs=$(grep -c '^function ' "$tmp/meta.lua")
expect "a function per constructor ($classes) and condition ($conds), plus read and include" \
    test "$funcs" -eq $((classes + conds + 2))

testing_done test_meta
