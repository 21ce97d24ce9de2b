#!/usr/bin/env bash
# Installs everything CoopDesk needs to build, run and test on Debian 12 (bookworm).
# Run as root or with sudo. Safe to run again: it only adds what is missing.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  exec sudo -E bash "$0" "$@"
fi

export DEBIAN_FRONTEND=noninteractive

# SQLCipher 4 comes from bookworm-backports: bookworm main has 3.4.1 (SQLite 3.15, 2017),
# which has no UPSERT, JSON, RETURNING or STRICT tables and cannot read SQLCipher 4 files.
. /etc/os-release
codename="${VERSION_CODENAME:-bookworm}"
backports="${codename}-backports"
if [ "$ID" = "debian" ] && ! grep -rqs "${backports}" /etc/apt/sources.list /etc/apt/sources.list.d/; then
  echo "deb http://deb.debian.org/debian ${backports} main" > /etc/apt/sources.list.d/coopdesk-backports.list
fi

apt-get update -q

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-charts-dev libqt6opengl6-dev qt6-pdf-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  qt6-translations-l10n
  libsodium-dev libqpdf-dev libcpp-httplib-dev libssl-dev libpq-dev
  postgresql
  fonts-dejavu-core icc-profiles-free tzdata
  xvfb xauth
  libxml2-utils libsaxonhe-java poppler-utils qpdf
  lintian desktop-file-utils appstream file
)
apt-get install -y -q --no-install-recommends "${packages[@]}"

if [ "$ID" = "debian" ]; then
  apt-get install -y -q --no-install-recommends -t "${backports}" libsqlcipher-dev sqlcipher
else
  apt-get install -y -q --no-install-recommends libsqlcipher-dev sqlcipher
fi

# Node.js and npm run URSSAF's official payroll model, which the payroll tests and benchmark
# compare the engine with (tools/payroll-oracle, issue 5). Debian's packages; a machine that
# already has both commands keeps its own (a Node.js package from elsewhere bundles npm and
# conflicts with Debian's npm package).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt-get install -y -q --no-install-recommends nodejs npm
fi
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)'; then
  echo "setup-debian.sh: tools/payroll-oracle needs Node.js 18 or later (found $(node --version))" >&2
  exit 1
fi

# The model's packages, exactly as package-lock.json pins them (npm ci installs nothing else and
# fails if package.json and the lock disagree). Installed as the person who owns the checkout,
# so that node_modules is theirs: SUDO_USER under sudo, otherwise the checkout's owner (root on
# a fresh CI machine, where this runs as root).
checkout="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
oracle="${checkout}/tools/payroll-oracle"
owner="${SUDO_USER:-}"
if [ -z "${owner}" ] || ! id -u "${owner}" >/dev/null 2>&1; then
  owner="$(stat -c %U "${checkout}")"
fi
if [ "${owner}" = "root" ] || [ "${owner}" = "UNKNOWN" ]; then
  (cd "${oracle}" && npm ci --no-audit --no-fund --no-update-notifier)
else
  owner_home="$(getent passwd "${owner}" | cut -d: -f6)"
  (cd "${oracle}" && runuser -u "${owner}" -- env HOME="${owner_home:-/tmp}" npm ci --no-audit --no-fund --no-update-notifier)
fi
