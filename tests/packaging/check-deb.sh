#!/usr/bin/env bash
# Checks a CoopDesk Debian package (scripts/package-deb.sh runs it before lintian):
#   - the files it must hold are there: the three programs, their manual pages, the desktop
#     entry, AppStream metadata and icons, the systemd unit, the nginx sample, the copyright
#     file and the compressed changelog;
#   - every entry is owned by root, directories and programs are 0755, other files 0644;
#   - the programs are stripped and the control file names the libraries they need;
#   - the AppStream metadata lists the package's version among its releases.
# With --install it also installs the package with apt-get (root only: it changes the system),
# runs the three programs from it and removes it again.
#
#   tests/packaging/check-deb.sh PACKAGE.deb [--install]
set -euo pipefail

deb="${1:?usage: check-deb.sh PACKAGE.deb [--install]}"
install="${2:-}"
deb="$(cd "$(dirname "${deb}")" && pwd)/$(basename "${deb}")"
failures=0
passed=0
check() { # check DESCRIPTION COMMAND...: runs COMMAND, counts it as passed or failed
  local what="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    echo "FAIL: ${what}" >&2
    failures=$((failures + 1))
  fi
}

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
dpkg-deb -x "${deb}" "${work}/tree"
dpkg-deb -e "${deb}" "${work}/control"
listing="$(dpkg-deb -c "${deb}")"
version="$(dpkg-deb -f "${deb}" Version)"
upstream="${version%-*}"
app_id="coop.coopdesk.CoopDesk"

required=(
  usr/bin/coopdesk usr/bin/coopdesk-cli usr/bin/coopdesk-server
  usr/share/man/man1/coopdesk.1.gz usr/share/man/man1/coopdesk-cli.1.gz
  usr/share/man/man1/coopdesk-server.1.gz
  "usr/share/applications/${app_id}.desktop" "usr/share/metainfo/${app_id}.metainfo.xml"
  "usr/share/icons/hicolor/scalable/apps/${app_id}.svg"
  "usr/share/icons/hicolor/48x48/apps/${app_id}.png"
  "usr/share/icons/hicolor/256x256/apps/${app_id}.png"
  usr/lib/systemd/system/coopdesk-server.service
  usr/share/doc/coopdesk/examples/coopdesk-server.nginx.conf
  usr/share/doc/coopdesk/copyright usr/share/doc/coopdesk/changelog.Debian.gz
)
for path in "${required[@]}"; do
  check "the package holds /${path}" test -f "${work}/tree/${path}"
done

# dpkg-deb -c: permissions owner/group size date time path
owners_ok() { ! awk '$2 != "root/root" { print "  not root/root: " $6; bad = 1 } END { exit !bad }' <<<"${listing}"; }
modes_ok() {
  ! awk '{
      path = $6; mode = $1
      if (mode ~ /^d/) want = "drwxr-xr-x"
      else if (path ~ /^\.\/usr\/bin\//) want = "-rwxr-xr-x"
      else want = "-rw-r--r--"
      if (mode != want) { print "  " mode " (not " want "): " path; bad = 1 }
    } END { exit !bad }' <<<"${listing}"
}
check "every entry is owned by root" owners_ok
check "directories and programs are 0755, other files 0644" modes_ok

for program in coopdesk coopdesk-cli coopdesk-server; do
  check "${program} is stripped" \
    bash -c "file -b '${work}/tree/usr/bin/${program}' | grep -q ', stripped'"
done

depends="$(dpkg-deb -f "${deb}" Depends)"
for library in libqt6core6 libqt6widgets6 libsqlcipher1 libsodium23 libqt6sql6-psql \
               qt6-qpa-plugins fonts-dejavu-core tzdata adduser; do
  check "Depends names ${library}" grep -q "\b${library}\b" <<<"${depends}"
done
for field in Section Priority Homepage Maintainer; do
  check "the control file has ${field}" test -n "$(dpkg-deb -f "${deb}" "${field}")"
done

check "the changelog's first entry is version ${version}" \
  bash -c "zcat '${work}/tree/usr/share/doc/coopdesk/changelog.Debian.gz' | head -1 | grep -qF '(${version})'"
check "the AppStream metadata lists release ${upstream}" \
  grep -qF "<release version=\"${upstream}\"" "${work}/tree/usr/share/metainfo/${app_id}.metainfo.xml"
check "the desktop entry names the icon ${app_id}" \
  grep -qx "Icon=${app_id}" "${work}/tree/usr/share/applications/${app_id}.desktop"
check "postinst creates the coopdesk system user" grep -q "adduser --system" "${work}/control/postinst"

if [ "${install}" = "--install" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "check-deb.sh: --install needs root" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  check "apt-get installs the package" apt-get install -y -q "${deb}"
  cli_version="$(/usr/bin/coopdesk-cli --version || true)"
  echo "coopdesk-cli --version: ${cli_version}"
  check "coopdesk-cli --version names ${upstream}" grep -qF "${upstream}" <<<"${cli_version}"
  check "coopdesk-server --help runs" bash -c "/usr/bin/coopdesk-server --help >/dev/null"
  check "coopdesk --help starts (offscreen)" \
    bash -c "QT_QPA_PLATFORM=offscreen /usr/bin/coopdesk --help >/dev/null"
  check "the coopdesk system user exists" getent passwd coopdesk
  if command -v systemd-analyze >/dev/null 2>&1; then
    check "systemd-analyze verifies the unit" \
      systemd-analyze verify /usr/lib/systemd/system/coopdesk-server.service
  fi
  check "apt-get removes the package" apt-get remove -y -q coopdesk
fi

echo "check-deb: ${passed} passed, ${failures} failed"
[ "${failures}" -eq 0 ]
