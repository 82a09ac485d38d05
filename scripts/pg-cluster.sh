#!/bin/sh
# Throw-away PostgreSQL cluster on 127.0.0.1 for tests: scripts/pg-cluster.sh start|stop [PORT]
# Needs Debian's postgresql (installed by .ci/run). Prints the DATABASE_URL on start.
set -e
PORT="${2:-5433}"
NAME="tirelire$PORT"
VERSION="$(ls /usr/lib/postgresql | sort -n | tail -1)"
case "$1" in
  start)
    if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$NAME"; then
      pg_createcluster "$VERSION" "$NAME" -p "$PORT" -- -A trust >/dev/null
    fi
    pg_ctlcluster "$VERSION" "$NAME" start 2>/dev/null || true
    for i in $(seq 1 30); do
      if psql -h 127.0.0.1 -p "$PORT" -U postgres -Atc 'select 1' >/dev/null 2>&1; then break; fi
      sleep 0.5
    done
    psql -h 127.0.0.1 -p "$PORT" -U postgres -Atc "select 1 from pg_database where datname='tirelire'" | grep -q 1 \
      || psql -h 127.0.0.1 -p "$PORT" -U postgres -qc 'create database tirelire'
    echo "postgresql://postgres@127.0.0.1:$PORT/tirelire"
    ;;
  stop)
    pg_ctlcluster "$VERSION" "$NAME" stop 2>/dev/null || true
    pg_dropcluster "$VERSION" "$NAME" 2>/dev/null || true
    ;;
  *) echo "usage: $0 start|stop [PORT]" >&2; exit 2 ;;
esac
