#!/usr/bin/env bash
# One command on a fresh Debian 12: install what CoopDesk needs, build it, and open the desktop
# app on the demo store (created on first run; its passphrase is "demo", shown in the dialog).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${COOP_SKIP_SETUP:-0}" = 1 ] || scripts/setup-debian.sh
scripts/build.sh
exec build/app/coopdesk --demo "$@"
