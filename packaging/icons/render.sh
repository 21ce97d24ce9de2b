#!/usr/bin/env bash
# Renders the committed icons from coop.coopdesk.CoopDesk.svg: the hicolor PNGs of the Debian
# package, the Windows .ico and the macOS .icns. Run it after changing the SVG and commit the
# results (builds never run it, so that they need neither rsvg-convert nor Python).
# Needs rsvg-convert (Debian: librsvg2-bin) and python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
svg=coop.coopdesk.CoopDesk.svg
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "${size}" -h "${size}" "${svg}" -o "${work}/${size}.png"
done
for size in 16 24 32 48 64 128 256; do
  mkdir -p "hicolor/${size}x${size}"
  cp "${work}/${size}.png" "hicolor/${size}x${size}/coop.coopdesk.CoopDesk.png"
done

# Both containers simply hold PNG images: an .ico directory of PNG entries (Windows Vista and
# later, windres and NSIS 3 read them) and .icns entries of the PNG types (macOS 10.7 and later).
python3 - "${work}" <<'PY'
import struct, sys, pathlib
work = pathlib.Path(sys.argv[1])
png = {size: (work / f"{size}.png").read_bytes() for size in (16, 24, 32, 48, 64, 128, 256, 512)}

ico_sizes = (16, 24, 32, 48, 64, 128, 256)
header = struct.pack("<HHH", 0, 1, len(ico_sizes))
offset = 6 + 16 * len(ico_sizes)
entries, images = b"", b""
for size in ico_sizes:
    data = png[size]
    side = 0 if size == 256 else size  # 0 means 256 in an icon directory
    entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
    images += data
    offset += len(data)
pathlib.Path("../windows/coopdesk.ico").write_bytes(header + entries + images)

icns_types = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512))
body = b"".join(kind + struct.pack(">I", 8 + len(png[size])) + png[size] for kind, size in icns_types)
pathlib.Path("../macos/coopdesk.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
