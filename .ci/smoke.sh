#!/usr/bin/env bash
# Starts the built app through `npm start` (migrations on a fresh data directory, then the standalone server),
# waits for /api/health, checks the first-run setup page, and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="$(mktemp -d)"; PORT="${SMOKE_PORT:-3917}"; LOG="$DATA/server.log"
PORT=$PORT HOSTNAME=127.0.0.1 TIRELIRE_DATA_DIR="$DATA" setsid npm start >"$LOG" 2>&1 &
PID=$!
cleanup() { kill -- -"$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/api/health" || { echo "health never answered"; cat "$LOG"; exit 1; }
echo
code=$(curl -s -o /dev/null -w '%{http_code}' -L "http://127.0.0.1:$PORT/")
body=$(curl -s -L "http://127.0.0.1:$PORT/")
[ "$code" = 200 ] || { echo "GET / answered $code"; cat "$LOG"; exit 1; }
echo "$body" | grep -qi "setup\|create" || { echo "first run did not lead to the setup page"; exit 1; }
[ -f "$DATA/tirelire.db" ] || { echo "SQLite database not created in the data directory"; exit 1; }
echo "smoke OK"
