#!/usr/bin/env bash
# test_golden.sh: replays every golden action log against its scenario and
# checks the score band, that two runs are byte-identical (result and save),
# and that scoring the save gives the same score as the play.
# Usage: test_golden.sh BINARY SOURCE_DIR
# Layout: tests/golden/<scenario id>/{expert,novice,blame}.json; the folder
# name is the scenario's folder under scenarios/.
bin=$1
src=$2
if [ ! -x "$bin" ] || [ ! -d "$src/tests/golden" ]; then
    echo "usage: test_golden.sh BINARY SOURCE_DIR" >&2
    exit 2
fi
source "$(dirname "${BASH_SOURCE[0]}")/../testing.sh"
# `score SAVE` finds the scenario by its id in the catalogue folder.
export INCIDENT_DOJO_SCENARIOS=$src/scenarios

# The band for a log, by file name: "min max".
band_of() {
    case $1 in
        expert.json) echo "85 100" ;;
        novice.json) echo "0 45" ;;
        blame.json) echo "0 35" ;;
        *) echo "" ;;
    esac
}

# The top-level "score" of a result file, or nothing.
score_of() {
    python3 -c 'import json, sys; print("%.1f" % json.load(open(sys.argv[1]))["score"])' "$1" 2>/dev/null
}

in_band() {  # in_band SCORE MIN MAX
    python3 -c 'import sys; s, lo, hi = map(float, sys.argv[1:]); sys.exit(0 if lo <= s <= hi else 1)' "$@"
}

check_log() {  # check_log ID LOG
    local id=$1 log=$2 name what rc score score2 printed
    name=$(basename "$log")
    what="$id/$name"
    read -r lo hi <<<"$(band_of "$name")"
    local scenario=$src/scenarios/$id
    [ -e "$scenario" ] || scenario=$src/scenarios/$id.lua
    if [ ! -e "$scenario" ]; then
        bad "$what: no scenario $src/scenarios/$id (or $id.lua)"
        return
    fi
    local w=$tmp/$id.${name%.json}
    mkdir -p "$w"
    for run in 1 2; do
        "$bin" play "$scenario" --actions "$log" --out "$w/R$run.json" --save "$w/S$run" \
            >"$w/play$run.txt" 2>&1
        rc=$?
        if [ $rc -ne 0 ]; then
            bad "$what: play run $run exited $rc"
            sed 's/^/    /' "$w/play$run.txt"
            return
        fi
        ok
    done
    score=$(score_of "$w/R1.json")
    if [ -z "$score" ]; then
        bad "$what: result has no numeric top-level \"score\""
        return
    fi
    if in_band "$score" "$lo" "$hi"; then ok
    else bad "$what: score $score is outside its band [$lo, $hi]"
    fi
    # A function condition that errors counts as not met; a golden log
    # must not pass or fail because of a broken condition.
    local errors
    errors=$(python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))
print(" ".join(c["id"] for c in r.get("criteria", []) if "error" in c))' "$w/R1.json")
    if [ -z "$errors" ]; then ok; else bad "$what: criteria could not be evaluated: $errors"; fi
    # Per criterion: the log's "criteria" names every criterion with the
    # points it must earn, so a rubric change shows up criterion by criterion.
    local diff
    diff=$(python3 -c 'import json, sys
log, r = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
want = log.get("criteria") if isinstance(log, dict) else None
if not isinstance(want, dict) or not want:
    print("the log has no \"criteria\" object of id: points"); sys.exit()
got = {c["id"]: c["earned"] for c in r["criteria"]}
for k in sorted(set(want) | set(got)):
    if want.get(k) != got.get(k): print("%s: expected %s, earned %s" % (k, want.get(k), got.get(k)))' "$log" "$w/R1.json")
    if [ -z "$diff" ]; then ok; else bad "$what: per-criterion scores differ:"; echo "$diff" | sed 's/^/    /'; fi
    score2=$(score_of "$w/R2.json")
    if [ "$score" = "$score2" ]; then ok; else bad "$what: runs scored $score and $score2"; fi
    if cmp -s "$w/R1.json" "$w/R2.json"; then ok; else bad "$what: the two result files differ"; fi
    if cmp -s "$w/S1" "$w/S2"; then ok; else bad "$what: the two saves differ"; fi
    "$bin" score "$w/S1" >"$w/score.txt" 2>&1
    rc=$?
    if [ $rc -ne 0 ]; then
        bad "$what: score of the save exited $rc"
        sed 's/^/    /' "$w/score.txt"
        return
    fi
    ok
    # rubric_print's first line: "<title>: <score> / 100 (...)"
    printed=$(head -1 "$w/score.txt" | sed -n 's/.*: \([0-9.]*\) \/ 100 .*/\1/p')
    if [ -n "$printed" ] && in_band "$printed" "$score" "$score"; then ok
    else bad "$what: score of the save printed '$(head -1 "$w/score.txt")', play gave $score"
    fi
    echo "$what: $score (band $lo-$hi)"
}

folders=0
for dir in "$src"/tests/golden/*/; do
    [ -d "$dir" ] || continue
    folders=$((folders + 1))
    id=$(basename "$dir")
    logs=0
    for name in expert.json novice.json blame.json; do
        [ -f "$dir$name" ] || continue
        logs=$((logs + 1))
        check_log "$id" "$dir$name"
    done
    for other in "$dir"*.json; do
        [ -f "$other" ] || continue
        [ -n "$(band_of "$(basename "$other")")" ] ||
            bad "$id/$(basename "$other"): unknown log name; use expert.json, novice.json or blame.json"
    done
    if [ $logs -eq 0 ]; then
        bad "$id: golden folder has no logs (expert.json, novice.json or blame.json)"
    fi
    # Blame makes people guarded: the blaming investigator learns less.
    e=$tmp/$id.expert/R1.json b=$tmp/$id.blame/R1.json
    if [ -f "$e" ] && [ -f "$b" ]; then
        learned=$(python3 -c 'import json, sys
print(*(json.load(open(f)).get("facts_learned", 0) for f in sys.argv[1:]))' "$e" "$b")
        read -r le lb <<<"$learned"
        if [ "$lb" -lt "$le" ]; then ok; echo "$id: facts learned, expert $le, blame $lb"
        else bad "$id: the blaming investigator learned $lb facts, the expert $le"; fi
    fi
done
[ $folders -gt 0 ] || bad "no golden folders under $src/tests/golden"

testing_done test_golden
