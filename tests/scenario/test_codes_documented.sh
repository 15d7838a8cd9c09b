#!/usr/bin/env bash
# test_codes_documented.sh: the authoring guide (scenarios/README.md) must
# document every diagnostic code the engine can print, every constructor
# and condition of the schema, and carry the example scenario verbatim.
# The codes are read from the sources, so a new code without documentation
# fails here. Usage: test_codes_documented.sh BINARY SOURCE_DIR
bin=$1
src=$2
readme=$src/scenarios/README.md
source "$(dirname "${BASH_SOURCE[0]}")/../testing.sh"

if [ ! -f "$readme" ]; then
    echo "FAIL: no $readme"
    echo "0 passed, 1 failed"
    exit 1
fi

# Diagnostic codes: the string literal passed as the code argument of
# diags_add / NODE_ERR / ERR / WARN / warn_capped (calls may span lines),
# the sandbox's status codes, and the codes the app prints itself.
codes=$(python3 - "$src" <<'PY'
import glob, re, sys
src = sys.argv[1]
files = sorted(glob.glob(src + "/engine/script/*.c")) + [src + "/engine/core/validate.c"]
codes = set()
call = re.compile(r'\b(?:diags_add|NODE_ERR|ERR|WARN|warn_capped)\s*\(([^;]*?)"([a-z][a-z-]*)"', re.S)
for f in files:
    text = open(f, encoding="utf-8").read()
    text = re.sub(r'#define[^\n]*(\\\n[^\n]*)*', '', text)   # macro bodies are not calls
    for m in call.finditer(text):
        if '"' not in m.group(1):            # the first string argument is the code
            codes.add(m.group(2))
sandbox = open(src + "/engine/script/sandbox.c", encoding="utf-8").read()
body = re.search(r'sandbox_status_code\s*\([^)]*\)\s*\{(.*?)\n\}', sandbox, re.S)
if not body:
    sys.exit("sandbox_status_code not found in engine/script/sandbox.c")
codes.update(re.findall(r'case\s+SANDBOX_ERR_\w+\s*:\s*return\s+"([a-z-]+)"', body.group(1)))
for f in sorted(glob.glob(src + "/engine/app/*.c")):
    codes.update(re.findall(r'(?:error|warning)\[([a-z][a-z-]*)\]', open(f, encoding="utf-8").read()))
print("\n".join(sorted(codes)))
PY
)
count=$(printf '%s\n' "$codes" | grep -c .)
# A sanity floor: the extraction itself must find the codes it is meant to.
for known in unknown-field dangling-ref time-order syntax global not-found; do
    if printf '%s\n' "$codes" | grep -qx -- "$known"; then ok
    else bad "code extraction did not find '$known' (found $count codes)"
    fi
done
for code in $codes; do
    # documented means a row of the codes table: | `code` | ...
    if grep -qF -- "| \`$code\` |" "$readme"; then ok
    else bad "diagnostic code '$code' is not in the codes table of scenarios/README.md"
    fi
done

# Constructors and condition functions, from the schema.
ctors=$(grep -oE 'CTOR\("[a-z_]+"' "$src/engine/script/schema.c" | sed 's/CTOR("//; s/"//')
[ -n "$ctors" ] || bad "no CTOR(...) found in engine/script/schema.c"
for c in $ctors; do
    if grep -qF -- "### \`$c{}\`" "$readme"; then ok
    else bad "constructor '$c' has no section (### \`$c{}\`) in scenarios/README.md"
    fi
done
conds=$(sed -n '/schema_conds\[\]/,/^};/p' "$src/engine/script/schema.c" | grep -oE '\{"[a-z_]+"' | tr -d '{"')
[ -n "$conds" ] || bad "no schema_conds found in engine/script/schema.c"
for c in $conds; do
    if grep -qE -- "^\| \`$c[ ({(]" "$readme"; then ok
    else bad "condition '$c' is not in the conditions table of scenarios/README.md"
    fi
done

# The example in the guide is the tested file, verbatim.
example=$src/tests/scenario/example/scenario.lua
if [ ! -f "$example" ]; then
    bad "no $example"
elif python3 - "$readme" "$example" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
start = text.find("## A complete example")
block = text.find("```lua\n", start)
end = text.find("\n```", block + 7)
sys.exit(0 if start >= 0 and block >= 0 and text[block + 7:end + 1] == open(sys.argv[2], encoding="utf-8").read() else 1)
PY
then ok
else bad "the example in scenarios/README.md differs from tests/scenario/example/scenario.lua"
fi

# ... and it is a valid scenario with nothing to warn about.
if [ -x "$bin" ]; then
    if "$bin" check --strict "$src/tests/scenario/example" >/dev/null 2>&1; then ok
    else bad "incident-dojo check --strict tests/scenario/example fails"
    fi
fi

testing_done test_codes_documented
