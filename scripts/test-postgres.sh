#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL cluster on loopback for the test suite.
#   scripts/test-postgres.sh start   -> prints the URL to export as DIASPORA_GRANTS_TEST_PG
#   scripts/test-postgres.sh stop
# Runs the server as the 'postgres' user when started as root (initdb refuses root).
set -euo pipefail
root=${PG_TEST_ROOT:-/tmp/diaspora-grants-pg}
port=${PG_TEST_PORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "${1:-start}" in
  start)
    if [ "$(id -u)" = 0 ]; then install -d -o postgres "$root"; else mkdir -p "$root"; fi
    if [ ! -f "$root/data/PG_VERSION" ]; then
      as_owner "$bin/initdb -D $root/data -A trust -U postgres" >/dev/null
    fi
    if ! as_owner "$bin/pg_ctl -D $root/data status" >/dev/null 2>&1; then
      as_owner "$bin/pg_ctl -D $root/data -o \"-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" -l $root/log -w start" >/dev/null
    fi
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl -D $root/data -m fast stop" >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
