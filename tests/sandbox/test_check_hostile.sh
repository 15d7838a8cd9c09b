# test_check_hostile.sh: `incident-dojo check` on every hostile scenario, as a
# single file and as a folder's scenario.lua: it must exit 1 with an error[...]
# diagnostic, within 2 s, without writing anything in the scenario's folder
# or the working directory.
# Usage: bash test_check_hostile.sh BINARY SOURCE_DIR
set -u

bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")   # absolute: checks run elsewhere
src=$2/tests/sandbox/hostile
# Sanitizer builds are several times slower; CTest says by how much.
limit=$(awk -v k="${DOJO_TIME_SCALE:-1}" 'BEGIN { printf "%.1f", 2.0 * (k > 1 ? k : 1) }')
failures=0
count=0

work=$(mktemp -d "${TMPDIR:-/tmp}/dojo-check-hostile.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" HOME="$work/home"
mkdir -p "$work/cwd" "$work/home"

fail() {
    echo "FAIL $1: $2"
    failures=$((failures + 1))
}

# A listing of names, sizes and modification times, to see any write.
snapshot() {
    find "$1" -mindepth 1 -printf '%P %s %T@\n' 2>/dev/null | sort
}

# Runs check on target from an empty working directory; folder is where the
# scenario lives, which must be unchanged afterwards.
check_one() {
    local name=$1 target=$2 folder=$3
    local before out rc start end elapsed
    count=$((count + 1))
    before=$(snapshot "$folder")
    start=$(date +%s.%N)
    out=$(cd "$work/cwd" && timeout 20 "$bin" check "$target" 2>&1)
    rc=$?
    end=$(date +%s.%N)
    elapsed=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    [ "$rc" -eq 1 ] || fail "$name" "exit status $rc, expected 1; output: $out"
    case $out in
        *"error["*) ;;
        *) fail "$name" "no error[...] diagnostic in: $out" ;;
    esac
    awk -v e="$elapsed" -v l="$limit" 'BEGIN { exit !(e < l) }' ||
        fail "$name" "took $elapsed s (limit $limit s)"
    [ "$(snapshot "$folder")" = "$before" ] || fail "$name" "files changed in $folder"
    [ -z "$(ls -A "$work/cwd")" ] || fail "$name" "files written in the working directory: $(ls -A "$work/cwd")"
    printf '  %-32s %s s  %s\n' "$name" "$elapsed" "$(printf '%s\n' "$out" | grep -m1 'error\[' | cut -c1-100)"
}

[ -x "$bin" ] || { echo "no binary at $bin"; exit 2; }
files=("$src"/*.lua)
[ "${#files[@]}" -ge 25 ] || { echo "expected at least 25 hostile scenarios in $src"; exit 1; }

echo "single files:"
for f in "${files[@]}"; do
    check_one "$(basename "$f")" "$f" "$src"
done

# As folders: every hostile file next to links out of the folder, a FIFO and
# a subfolder (made here, since they cannot be committed).
echo "folders:"
for f in "${files[@]}"; do
    name=$(basename "$f" .lua)
    dir="$work/folders/$name"
    mkdir -p "$dir/sub"
    cp "${files[@]}" "$dir/"
    cp "$f" "$dir/scenario.lua"
    ln -s /etc/passwd "$dir/link_out"
    ln -s /dev/zero "$dir/zero"
    mkfifo "$dir/fifo"
    check_one "$name/" "$dir" "$dir"
done

echo "$count checks of hostile scenarios, $failures failed"
[ "$failures" -eq 0 ]
