#!/usr/bin/env bash
# Screenshots of the desktop application for review (DESIGN.md §9): the unlock dialog (empty and
# after a wrong passphrase), the create dialog and the main window, in French, under Xvfb with the
# real xcb platform. Builds nothing.
#
#   scripts/screenshots.sh BUILD_DIR [OUT_DIR] [LANG]
#
# OUT_DIR defaults to docs/screenshots; LANG to fr. Needs xvfb and xauth (Debian: xvfb xauth).
# The demo store is created in a temporary home, so the user's own settings and stores are untouched.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:?usage: $0 BUILD_DIR [OUT_DIR] [LANG]}"
out="${2:-$here/../docs/screenshots}"
lang="${3:-fr}"

app="$build/app/coopdesk"
[[ -x "$app" ]] || { echo "no $app: build the target coopdesk first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }

mkdir -p "$out"
out="$(cd "$out" && pwd)"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"

env -i PATH="$PATH" HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_RUNTIME_DIR="$home/run" LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x800x24" \
    "$app" --demo --lang "$lang" --screenshot "$out"

ls -l "$out"/*.png
