# testing.sh: what the shell tests share; each sources it first. A
# temporary folder $tmp (removed on exit; a test that starts processes sets
# its own trap, which must remove it too), the counts, and:
#   expect NAME COMMAND...   counts COMMAND's success, names it when it fails
#   ok / bad NAME            count a check done by hand
#   has FILE TEXT            FILE holds TEXT (fixed, not a pattern)
#   testing_done NAME        the summary line, and the status: failure when
#                            any check failed or none ran
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
expect() {
    local name=$1; shift
    if "$@"; then ok; else bad "$name"; fi
}
has() { grep -qF -- "$2" "$1"; }
testing_done() {
    echo "$1: $pass passed, $fail failed"
    [ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
}
