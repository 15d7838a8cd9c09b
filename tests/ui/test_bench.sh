#!/usr/bin/env bash
# test_bench.sh: `incident-dojo bench` end to end: the scroll workload on the
# headless backend (and in a window when DISPLAY is set), startup, usage
# errors, and the message when the fonts are missing.
# Usage: test_bench.sh BINARY SOURCE_DIR
bin=$1
source "$(dirname "${BASH_SOURCE[0]}")/../testing.sh"
has() { grep -qE -- "$2" "$1"; }
fields='^renderer=[a-z0-9_]+ messages=2000 frames=60 load_ms=[0-9.]+ frame_avg_ms=[0-9.]+ frame_max_ms=[0-9.]+ total_ms=[0-9.]+ peak_rss_kb=[0-9]+$'

"$bin" bench scroll --messages 2000 --frames 60 --headless --screenshot "$tmp/shot.bmp" >"$tmp/out" 2>"$tmp/err"
rc=$?
expect "headless scroll exits 0" test $rc -eq 0
expect "headless scroll prints its figures" has "$tmp/out" "$fields"
expect "headless scroll uses the software renderer" has "$tmp/out" '^renderer=software '
expect "the screenshot is a full 1280x800 BMP" test "$(stat -c %s "$tmp/shot.bmp" 2>/dev/null || echo 0)" -ge 4096000
expect "headless scroll is quiet on stderr" test ! -s "$tmp/err"

if [ -n "${DISPLAY:-}" ]; then
    # Mesa and Xlib keep caches to exit; those are not ours to chase.
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
        "$bin" bench scroll --messages 2000 --frames 60 >"$tmp/out" 2>"$tmp/err"
    rc=$?
    expect "windowed scroll exits 0" test $rc -eq 0
    expect "windowed scroll prints its figures" has "$tmp/out" "$fields"
    [ $rc -eq 0 ] || cat "$tmp/err"
fi

"$bin" bench startup --headless >"$tmp/out" 2>&1
rc=$?
expect "startup exits 0" test $rc -eq 0
expect "startup prints its time" has "$tmp/out" '^renderer=software startup_ms=[0-9.]+ peak_rss_kb=[0-9]+$'

"$bin" bench frobnicate >"$tmp/out" 2>&1
expect "an unknown workload exits 2" test $? -eq 2
expect "an unknown workload is named" has "$tmp/out" "unknown workload 'frobnicate'"
"$bin" bench scroll --frames zero --headless >"$tmp/out" 2>&1
expect "a bad count exits 2" test $? -eq 2
"$bin" bench >"$tmp/out" 2>&1
expect "no workload exits 2" test $? -eq 2
"$bin" --help >"$tmp/out" 2>&1
expect "--help lists bench" has "$tmp/out" '^  bench scroll\|startup'

INCIDENT_DOJO_ASSETS=/nonexistent "$bin" bench scroll --headless --frames 1 >"$tmp/out" 2>&1
rc=$?
expect "missing fonts exit 1" test $rc -eq 1
expect "missing fonts name the path" has "$tmp/out" '/nonexistent/fonts/DejaVuSans.ttf'
expect "missing fonts say what to install" has "$tmp/out" 'fonts-dejavu-core'

testing_done test_bench
