#!/usr/bin/env bash
# One command on a fresh Debian 12: install what CoopDesk needs, build it, and run every test.
# Then the same core and storage tests again in a build without the desktop UI.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${COOP_SKIP_SETUP:-0}" = 1 ] || scripts/setup-debian.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# The UI-less build reuses the first build's objects even though its folder differs.
export CCACHE_NOHASHDIR=1

# The server and sync tests need PostgreSQL: a throw-away cluster per ctest run, owned by the
# `postgres` system user when this runs as root (PostgreSQL never runs as root), named to the tests
# by COOP_TEST_PG, and stopped on exit whatever happened.
pg_dir=""
stop_test_pg() {
  if [ -n "$pg_dir" ]; then
    bash scripts/pg-test-cluster.sh stop "$pg_dir" || true
    rm -rf "$pg_dir"
    pg_dir=""
  fi
  unset COOP_TEST_PG
}
start_test_pg() {
  stop_test_pg
  pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/coop-pg.XXXXXX")"
  COOP_TEST_PG="$(bash scripts/pg-test-cluster.sh start "$pg_dir" 5432)"
  export COOP_TEST_PG
  echo "PostgreSQL for the tests: $COOP_TEST_PG"
}
trap stop_test_pg EXIT
trap 'exit 130' INT TERM HUP

scripts/build.sh
start_test_pg
ctest --test-dir build --output-on-failure -j 2 --timeout 900
stop_test_pg

# The Debian package of that build: lintian must report no error; as root (CI) it is also
# installed with apt-get, its three programs run, and it is removed again.
if [ "$(id -u)" = 0 ]; then
  scripts/package-deb.sh build --install
else
  scripts/package-deb.sh build
fi

COOP_BUILD_DIR=build-noui scripts/build.sh -DCOOP_BUILD_UI=OFF -DCOOP_BUILD_BENCHMARKS=OFF
start_test_pg
ctest --test-dir build-noui --output-on-failure -j 2 -L 'unit|storage' --timeout 900
stop_test_pg
