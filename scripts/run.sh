#!/usr/bin/env bash
# run.sh: set up a fresh Debian machine if needed, build, and start the app.
# Arguments are passed to incident-dojo (e.g. a scenario, or --help).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
dojo_install_missing
dojo_build build
exec build/incident-dojo "$@"
