#!/usr/bin/env bash
# Builds the Debian package of CoopDesk (coopdesk_<version>-1_<arch>.deb: the desktop application,
# coopdesk-cli and coopdesk-server) and checks it: the desktop entry and AppStream metadata with
# their validators, the package's contents with tests/packaging/check-deb.sh, then lintian, which
# must report no error. Prints the package's path on the last line.
#
#   scripts/package-deb.sh [BUILD_DIR] [--install]     (default: build-package in the checkout)
#
# --install (root only: it changes the system) then installs the package with apt-get, runs the
# three programs from it and removes it again (tests/packaging/check-deb.sh --install).
#
# BUILD_DIR is configured as a release build without tests or benchmarks when it has no CMake
# cache yet; an existing one is used as it is, unless it is a Debug build. Debian 12 packages:
# scripts/setup-debian.sh installs them (dpkg-dev, lintian, desktop-file-utils, appstream).
# docs/packaging.md tells the rest.
set -euo pipefail

checkout="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${checkout}/build-package"
install_check=""
for argument in "$@"; do
  case "${argument}" in
    --install) install_check="--install" ;;
    -*) echo "usage: package-deb.sh [BUILD_DIR] [--install]" >&2; exit 2 ;;
    *) build="${argument}" ;;
  esac
done

missing=()
for tool in cmake ninja cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli; do
  command -v "${tool}" >/dev/null 2>&1 || missing+=("${tool}")
done
if [ "${#missing[@]}" -ne 0 ]; then
  echo "package-deb.sh: missing ${missing[*]}: run scripts/setup-debian.sh first" >&2
  exit 1
fi

echo "== desktop entry and AppStream metadata"
desktop-file-validate "${checkout}/packaging/linux/coop.coopdesk.CoopDesk.desktop"
appstreamcli validate --no-net "${checkout}/packaging/linux/coop.coopdesk.CoopDesk.metainfo.xml"

if [ ! -f "${build}/CMakeCache.txt" ]; then
  echo "== configuring ${build}"
  cmake -S "${checkout}" -B "${build}" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCOOP_BUILD_TESTS=OFF -DCOOP_BUILD_BENCHMARKS=OFF \
    -DCOOP_WARNINGS_AS_ERRORS="${COOP_WARNINGS_AS_ERRORS:-OFF}"
fi
build_type="$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "${build}/CMakeCache.txt")"
if [ "${build_type}" = "Debug" ] || [ -z "${build_type}" ]; then
  echo "package-deb.sh: ${build} is a '${build_type:-no type}' build; packages are made from a" \
       "release build (RelWithDebInfo or Release): give another folder" >&2
  exit 1
fi

echo "== building (${build_type})"
cmake --build "${build}" -j "${COOP_JOBS:-$(nproc)}"

echo "== cpack"
# Only this version's package: an older one left in the folder must not be taken for it.
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "${build}/CMakeCache.txt")"
arch="$(dpkg --print-architecture)"
deb="${build}/coopdesk_${version}-1_${arch}.deb"
rm -f "${deb}"
(cd "${build}" && cpack -G DEB)
if [ ! -f "${deb}" ]; then
  echo "package-deb.sh: cpack did not make ${deb}" >&2
  exit 1
fi

echo "== contents"
"${checkout}/tests/packaging/check-deb.sh" "${deb}"

echo "== lintian"
# Errors fail; warnings and notes are shown (docs/packaging.md lists the expected ones).
lintian --fail-on error --display-info --tag-display-limit 0 "${deb}"

if [ -n "${install_check}" ]; then
  echo "== install, run, remove"
  "${checkout}/tests/packaging/check-deb.sh" "${deb}" --install
fi

echo "${deb}"
