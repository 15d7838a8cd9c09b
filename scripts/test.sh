#!/usr/bin/env bash
# test.sh: set up a fresh Debian machine if needed, then build and run every
# test: the normal build (warnings are errors), a short libFuzzer run, and
# the whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
dojo_install_missing "${DOJO_PACKAGES[@]}" "${DOJO_TEST_PACKAGES[@]}"

# Window tests need an X server; CI has none, so start our own.
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
    Xvfb :99 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
    export DISPLAY=:99
fi

echo "== build (warnings are errors)"
dojo_build build -DDOJO_WERROR=ON
ctest --test-dir build --output-on-failure -j2

echo "== fuzz (clang, libFuzzer)"
CC=clang dojo_build build-fuzz -DDOJO_WERROR=ON -DDOJO_FUZZ=ON
ctest --test-dir build-fuzz --output-on-failure -R '^fuzz\.'

echo "== AddressSanitizer + UndefinedBehaviorSanitizer"
dojo_build build-asan -DDOJO_WERROR=ON -DDOJO_SANITIZE=ON
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j2
