#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests, reachable only through a Unix socket.
#
#   scripts/pg-test-cluster.sh start DIR [PORT]   creates DIR/data on first use, starts the server
#                                                 with its socket in DIR and prints the URL to put
#                                                 in COOP_TEST_PG (nothing else goes to stdout);
#   scripts/pg-test-cluster.sh stop DIR           fast shutdown (nothing to do when it is not
#                                                 running); DIR is left for the caller to remove.
#
# Run as root (the CI), the cluster belongs to the `postgres` system user and the server runs as
# that user: PostgreSQL never runs as root. Run as anyone else, it runs as that user. Either way
# the superuser is named `postgres` and connections on the socket are trusted, so the URL is
#   postgresql://postgres@/postgres?host=<DIR, percent-encoded>&port=<PORT>
# There is no TCP listener; PORT (5432 by default) only names the socket file.
# The cluster does not fsync: it is for tests only.
set -euo pipefail

usage() {
  echo "usage: $0 start DIR [PORT] | stop DIR" >&2
  exit 2
}

die() {
  echo "pg-test-cluster: $*" >&2
  exit 1
}

# The folder holding initdb, pg_ctl and postgres: COOP_PG_BINDIR, PATH, pg_config, then the
# highest /usr/lib/postgresql/<major>/bin (Debian keeps them outside PATH).
find_bindir() {
  local dir
  if [ -n "${COOP_PG_BINDIR:-}" ]; then
    [ -x "$COOP_PG_BINDIR/initdb" ] || die "COOP_PG_BINDIR ($COOP_PG_BINDIR) has no initdb"
    echo "$COOP_PG_BINDIR"
    return
  fi
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return
  fi
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return
    fi
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return
    fi
  done
  die "PostgreSQL's server programs were not found: install them (Debian: apt install postgresql) or set COOP_PG_BINDIR"
}

# The command prefix that runs a program as the cluster's owner.
as_owner=()
set_owner() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || die "the system user 'postgres' does not exist (install the postgresql package)"
    as_owner=(runuser -u postgres --)
  fi
}

# Percent-encodes a value for the URL's query (keeps letters, digits, / . _ ~ -).
urlencode() {
  local s="$1" out="" c i hex
  for ((i = 0; i < ${#s}; i++)); do
    c="${s:i:1}"
    case "$c" in
      [A-Za-z0-9/._~-]) out+="$c" ;;
      *)
        # Byte by byte in UTF-8.
        while IFS= read -r hex; do
          [ -n "$hex" ] && out+="%$hex"
        done < <(printf '%s' "$c" | od -An -tx1 -v | tr -s ' ' '\n' | tr 'a-f' 'A-F')
        ;;
    esac
  done
  printf '%s' "$out"
}

# A value in single quotes for postgresql.conf.
conf_quote() {
  printf "'%s'" "${1//\'/\'\'}"
}

start() {
  local dir="$1" port="$2" bindir data log
  [[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] || die "bad port: $port"
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd -P)"
  # sockaddr_un holds 107 bytes of path: DIR/.s.PGSQL.<port> must fit.
  local socket="$dir/.s.PGSQL.$port"
  [ "$(printf '%s' "$socket" | wc -c)" -le 107 ] \
    || die "the socket path $socket is longer than the 107 bytes a Unix socket allows: use a shorter DIR"
  data="$dir/data"
  log="$dir/postgres.log"
  bindir="$(find_bindir)"
  set_owner
  if [ "${#as_owner[@]}" -gt 0 ]; then
    chown postgres: "$dir"
    # Every folder above DIR must let postgres through.
    "${as_owner[@]}" test -w "$dir" -a -x "$dir" \
      || die "the user postgres cannot write in $dir: make every folder above it searchable (chmod o+x)"
  fi

  if [ ! -f "$data/PG_VERSION" ]; then
    [ ! -e "$data" ] || [ -z "$(ls -A "$data")" ] \
      || die "$data holds files but no cluster: remove it"
    "${as_owner[@]}" "$bindir/initdb" -D "$data" -U postgres -E UTF8 --locale=C \
      --auth-local=trust --auth-host=reject --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; die "initdb failed in $data"; }
    echo "include_if_exists = 'coop-test.conf'" >>"$data/postgresql.conf"
  fi
  # Written on every start, so that the same folder may be started on another port.
  {
    echo "# Written by scripts/pg-test-cluster.sh: a throw-away cluster for the tests."
    echo "listen_addresses = ''"
    echo "unix_socket_directories = $(conf_quote "$dir")"
    echo "unix_socket_permissions = 0777"
    echo "port = $port"
    echo "fsync = off"
    echo "synchronous_commit = off"
    echo "full_page_writes = off"
    echo "max_connections = 200"
  } >"$data/coop-test.conf"
  [ "${#as_owner[@]}" -eq 0 ] || chown postgres: "$data/coop-test.conf"

  if "${as_owner[@]}" "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    die "a server is already running on $data: stop it first ($0 stop $dir)"
  fi
  if ! "${as_owner[@]}" "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 start >&2; then
    echo "--- the end of $log:" >&2
    tail -n 30 "$log" >&2 || true
    die "PostgreSQL did not start in $data"
  fi
  echo "postgresql://postgres@/postgres?host=$(urlencode "$dir")&port=$port"
}

stop() {
  local dir="$1" bindir data
  [ -d "$dir" ] || return 0
  dir="$(cd "$dir" && pwd -P)"
  data="$dir/data"
  [ -f "$data/PG_VERSION" ] || return 0
  bindir="$(find_bindir)"
  set_owner
  if "${as_owner[@]}" "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$data" -m fast -w -t 60 stop >&2 \
      || "${as_owner[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w -t 30 stop >&2
  fi
}

[ $# -ge 2 ] || usage
case "$1" in
  start)
    [ $# -le 3 ] || usage
    start "$2" "${3:-5432}"
    ;;
  stop)
    [ $# -eq 2 ] || usage
    stop "$2"
    ;;
  *) usage ;;
esac
