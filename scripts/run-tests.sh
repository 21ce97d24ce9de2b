#!/usr/bin/env bash
# One command on a fresh Debian 12: install what CoopDesk needs, build it, and run every test.
# Then the same core and storage tests again in a build without the desktop UI.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${COOP_SKIP_SETUP:-0}" = 1 ] || scripts/setup-debian.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# The UI-less build reuses the first build's objects even though its folder differs.
export CCACHE_NOHASHDIR=1

scripts/build.sh
ctest --test-dir build --output-on-failure -j 2 --timeout 900

COOP_BUILD_DIR=build-noui scripts/build.sh -DCOOP_BUILD_UI=OFF -DCOOP_BUILD_BENCHMARKS=OFF
ctest --test-dir build-noui --output-on-failure -j 2 -L 'unit|storage' --timeout 900
