#!/usr/bin/env bash
# Configures and builds CoopDesk in build/ (or $COOP_BUILD_DIR). Extra arguments go to CMake.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${COOP_BUILD_DIR:-build}"
jobs="${COOP_JOBS:-$(nproc)}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCOOP_WARNINGS_AS_ERRORS="${COOP_WARNINGS_AS_ERRORS:-OFF}" "$@"
cmake --build "$build" -j "$jobs"
