#!/usr/bin/env bash
# test_desktop.sh: the real app in a real X window. It goes home ->
# briefing -> workspace by synthetic keys (xdotool), opens a source, goes
# to the Interviews (Ctrl+5), the Meeting (Ctrl+6), the Report (Ctrl+7) and
# the Debrief (Ctrl+8), and checks at each step a screenshot that is not
# blank and differs from the last; that the action was autosaved; that the
# app sleeps while idle; that Ctrl+Q quits with status 0 and the settings
# keep the zoom and geometry. Then the expert's golden log, replayed into
# the save, is resumed in a second run and its Debrief shown. A third run
# starts in workshop mode (--workshop tutorial).
# Starts its own Xvfb when DISPLAY is unset.
# Usage: test_desktop.sh BINARY SOURCE_DIR
bin=$1
src=$2
tmp=$(mktemp -d)
app_pid="" xvfb_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
pass=0 fail=0
expect() {  # expect NAME CONDITION...
    local name=$1; shift
    if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}
finish() {
    echo "test_desktop: $pass passed, $fail failed"
    [ "$fail" -eq 0 ]
    exit
}

for tool in Xvfb:xvfb xdotool:xdotool import:imagemagick convert:imagemagick; do
    if ! command -v "${tool%%:*}" >/dev/null; then
        echo "FAIL: ${tool%%:*} is missing: install the Debian package ${tool#*:} (scripts/setup.sh does)"
        fail=$((fail + 1))
    fi
done
[ "$fail" -eq 0 ] || finish

if [ -z "${DISPLAY:-}" ]; then
    # -displayfd: Xvfb picks a free display number and says which
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
    export DISPLAY=":$(cat "$tmp/display")"
fi
scale=${DOJO_TIME_SCALE:-1}

colours() { convert "$1" -format %k info: 2>/dev/null || echo 0; }
# shot NAME: a screenshot of the whole screen once it differs from the last
last=""
shot() {
    local f="$tmp/$1.png"
    for _ in $(seq $((20 * scale))); do
        sleep 0.25
        import -window root "$f" 2>/dev/null || continue
        # A mapped window may not have drawn yet (slow under sanitizers).
        [ "$(colours "$f")" -gt 40 ] || continue
        [ -z "$last" ] && break
        [ "$(compare -metric AE "$last" "$f" null: 2>&1 | cut -d' ' -f1)" != "0" ] && break
    done
    [ -n "${DOJO_DESKTOP_SHOTS:-}" ] && cp "$f" "$DOJO_DESKTOP_SHOTS/"
    expect "$1: the screenshot is not blank" test "$(colours "$f")" -gt 40
    [ -n "$last" ] && expect "$1: the screen changed" \
        test "$(compare -metric AE "$last" "$f" null: 2>&1 | cut -d' ' -f1)" != "0"
    last=$f
}
# Keys go to the focused window: take focus back first, in case another
# test's window on the same display took it.
press() {
    xdotool windowfocus "$wid" 2>/dev/null
    xdotool key "$@"
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }

mkdir -p "$tmp/config" "$tmp/data" "$tmp/scenarios"
# A catalogue of the tutorial alone: the steps below expect it first on the
# home screen, whatever other scenarios the tree ships.
cp -R "$src/scenarios/tutorial" "$tmp/scenarios/"
HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" "$bin" no-such-scenario >"$tmp/out" 2>&1
expect "an unknown scenario exits 1" test $? -eq 1
expect "an unknown scenario is named" grep -q "no scenario 'no-such-scenario'" "$tmp/out"
# Mesa and Xlib keep caches to exit; those are not ours to chase.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" HOME="$tmp" \
    XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
    INCIDENT_DOJO_SCENARIOS="$tmp/scenarios" "$bin" >"$tmp/out" 2>"$tmp/err" &
app_pid=$!
wid=$(timeout $((20 * scale)) xdotool search --sync --onlyvisible --name '^Incident Dojo$' 2>/dev/null | head -1)
expect "the window opens" test -n "$wid"
[ -n "$wid" ] || { cat "$tmp/err"; finish; }
xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
shot home

# The window's own icon: platform.c loads assets/icons' BMP, beside the fonts.
has_icon() { xprop -id "$wid" _NET_WM_ICON 2>/dev/null | grep -q 'Icon (64 x 64)'; }
if command -v xprop >/dev/null; then
    expect "the window has the app's icon" has_icon
else
    echo "skip: xprop is missing (x11-utils; scripts/test.sh installs it)"
fi

before=$(cpu_ticks "$app_pid")
sleep 1
idle=$(( $(cpu_ticks "$app_pid") - before ))
expect "idle, it sleeps (used $idle ticks in 1 s)" test "$idle" -le $((10 * scale))

press Return                          # the selected scenario's briefing
shot briefing
press Return                          # Start the investigation
shot triage                           # the tutorial opens on its triage queue
press ctrl+2
shot sources
save="$tmp/data/incident-dojo/saves/tutorial.save"
expect "no save before the first action" test ! -e "$save"
press Return                          # open the selected source
for _ in $(seq $((20 * scale))); do [ -s "$save" ] && break; sleep 0.25; done
expect "the action was autosaved" test -s "$save"
expect "the save starts with its header" grep -q '^incident-dojo-save 1 ' "$save"
shot source
# Every other source in turn, each in its own viewer: a screenshot of each
# kind (chat, call, pull request, ticket, alerts, metric, on-call, calendar,
# documents) as a person would see it.
sources=$(grep -cE '^(chat|call|pr|ticket|alerts|metric|oncall|calendar|document) \{' \
    "$src/scenarios/tutorial/scenario.lua")
expect "the tutorial has a source of every kind" test "$sources" -ge 9
for i in $(seq 2 "$sources"); do
    press Down Return
    shot "viewer-$i"
done
press ctrl+equal                      # zoom to 110%
shot zoomed
press ctrl+5                          # Interviews: whom to talk to one-on-one, and why
shot interviews
press ctrl+6                          # Meeting: the room, the agenda and the moves
shot meeting
press ctrl+7                          # Report: the written analysis
shot report
press ctrl+8                          # Debrief: the score so far, what was found and missed
shot debrief

# quit NAME: Ctrl+Q ends the app with status 0 and nothing on stderr
quit() {
    press ctrl+q
    local rc=timeout
    for _ in $(seq $((40 * scale))); do
        if ! kill -0 "$app_pid" 2>/dev/null; then wait "$app_pid"; rc=$?; break; fi
        sleep 0.25
    done
    app_pid=""
    expect "$1: Ctrl+Q quits with status 0 (got $rc)" test "$rc" = 0
    expect "$1: nothing on stderr" test ! -s "$tmp/err"
    [ -s "$tmp/err" ] && head -20 "$tmp/err"
}
quit "first run"
settings="$tmp/config/incident-dojo/settings.json"
expect "the settings were written" test -s "$settings"
expect "the settings keep the zoom" grep -q '"scale":[[:space:]]*1.1' "$settings"
expect "the settings keep the window size" grep -q '"width":[[:space:]]*1280' "$settings"

# A whole play's Debrief: the expert's golden log replayed headless into the
# save the app looks for, then resumed from the briefing's offer.
mkdir -p "$(dirname "$save")"
"$bin" play "$tmp/scenarios/tutorial" --actions "$src/tests/golden/tutorial/expert.json" \
    --save "$save" >"$tmp/play" 2>&1
expect "the expert log replays into the save" grep -q '100.0 / 100' "$tmp/play"
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" HOME="$tmp" \
    XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
    INCIDENT_DOJO_SCENARIOS="$tmp/scenarios" "$bin" tutorial >"$tmp/out" 2>"$tmp/err" &
app_pid=$!
wid=$(timeout $((20 * scale)) xdotool search --sync --onlyvisible --name '^Incident Dojo$' 2>/dev/null | head -1)
expect "the window opens again" test -n "$wid"
[ -n "$wid" ] || { cat "$tmp/err"; finish; }
xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
shot resume-offer                     # the briefing offers the saved session
press Return                          # Resume (the offer's first button)
shot resumed
press ctrl+8
shot debrief-expert                   # the expert's debrief: full marks, the model beside it
expect "resuming kept the save's actions" grep -q '"type":"set_report","field":"action_items"' "$save"
quit "second run"

# Workshop mode: the projector view with the facilitator bar; Team 1 plays
# in a save of its own, and the person's settings and save stay as they were.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" HOME="$tmp" \
    XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
    INCIDENT_DOJO_SCENARIOS="$tmp/scenarios" "$bin" --workshop tutorial >"$tmp/out" 2>"$tmp/err" &
app_pid=$!
wid=$(timeout $((20 * scale)) xdotool search --sync --onlyvisible --name '^Incident Dojo$' 2>/dev/null | head -1)
expect "the workshop window opens" test -n "$wid"
[ -n "$wid" ] || { cat "$tmp/err"; finish; }
xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
shot workshop                         # projector view: the phases, reveals, teams
expect "the workshop plays in Team 1's save" test -s "${save%.save}-team-1.save"
quit "workshop run"
expect "the workshop kept the person's zoom" grep -q '"scale":[[:space:]]*1.1' "$settings"
expect "the workshop left the person's save alone" grep -q '"field":"action_items"' "$save"
finish
