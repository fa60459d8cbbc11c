#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests, on a loopback port with trust authentication.
#   bash test/support/postgres-server.sh start   # prints the URL of a fresh, empty test database
#   bash test/support/postgres-server.sh stop    # stops the server and deletes its data directory
#   bash test/support/postgres-server.sh url     # prints the URL of the running server
#   bash test/support/postgres-server.sh restart # restarts the running server, keeping its data (fault tests)
# Runs the server as the `postgres` user when started as root (PostgreSQL refuses to run as root).
# NEWSFOLD_PG_PORT picks the port (default 54329, away from a system server on 5432).
set -euo pipefail

PORT="${NEWSFOLD_PG_PORT:-54329}"
DATABASE="newsfold_test"
# Where `stop` finds the data directory `start` created (one server per port).
STATE_FILE="${TMPDIR:-/tmp}/newsfold-postgres-${PORT}.datadir"
URL="postgres://postgres@127.0.0.1:${PORT}/${DATABASE}"

say() { echo "postgres-server: $*" >&2; }

find_bin() {
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return
  fi
  # Debian keeps the server binaries out of PATH, one folder per major version: take the newest.
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    say "PostgreSQL is not installed (no pg_ctl/initdb); on Debian: apt-get install -y postgresql"
    exit 1
  fi
  echo "$dir"
}

# Runs a server command as the postgres user when we are root, from a folder that user can read.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

running_datadir() {
  [ -f "$STATE_FILE" ] || return 1
  local dir
  dir="$(cat "$STATE_FILE")"
  [ -d "$dir/data" ] && as_owner "$BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1 || return 1
  echo "$dir"
}

start() {
  if running_datadir >/dev/null; then
    say "already running on port ${PORT}"
    echo "$URL"
    return
  fi
  local dir
  dir="$(mktemp -d "${TMPDIR:-/tmp}/newsfold-postgres-XXXXXX")"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  chmod 700 "$dir"
  echo "$dir" >"$STATE_FILE"
  # Trust on loopback only: a throwaway server for tests, never reachable from another machine.
  as_owner "$BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    say "initdb failed"
    exit 1
  }
  # fsync off: the data is thrown away, and tests run several times faster without it.
  as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p ${PORT} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >&2 || {
    tail -n 20 "$dir/server.log" >&2 || true
    say "the server did not start (is port ${PORT} taken? set NEWSFOLD_PG_PORT)"
    exit 1
  }
  as_owner "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE DATABASE ${DATABASE}" >&2
  say "running on port ${PORT}, data in ${dir}"
  echo "$URL"
}

stop() {
  local dir
  if dir="$(running_datadir)"; then
    as_owner "$BIN/pg_ctl" -D "$dir/data" stop -m fast -w >&2 || true
  elif [ -f "$STATE_FILE" ]; then
    dir="$(cat "$STATE_FILE")"
  else
    say "no server started on port ${PORT}"
    return
  fi
  # Only ever delete a folder this script created.
  case "$dir" in
    */newsfold-postgres-*) rm -rf "$dir" ;;
  esac
  rm -f "$STATE_FILE"
  say "stopped"
}

restart() {
  local dir
  dir="$(running_datadir)" || { say "not running on port ${PORT}"; exit 1; }
  # -m fast: open connections are cut, as when a database server is restarted under its clients.
  as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -m fast restart >&2
  say "restarted on port ${PORT}"
}

BIN="$(find_bin)"
case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) restart ;;
  url)
    running_datadir >/dev/null || { say "not running on port ${PORT}"; exit 1; }
    echo "$URL"
    ;;
  *)
    echo "usage: $0 start|stop|restart|url" >&2
    exit 2
    ;;
esac
