#!/usr/bin/env bash
# The container's entrypoint outside Docker (issue 8): on a fresh data directory, start the built app through
# scripts/entrypoint.mjs (migrations, then the standalone server), wait for /api/health, check the first-run
# setup page, sign up (CLI), import a bank file (CLI, same database), check through the running server's REST API
# that the transactions are there, stop.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="$(mktemp -d)"; PORT="${SMOKE_PORT:-3917}"; LOG="$DATA/server.log"; BASE="http://127.0.0.1:$PORT"
export TIRELIRE_DATA_DIR="$DATA"
PORT=$PORT HOSTNAME=127.0.0.1 setsid node scripts/entrypoint.mjs >"$LOG" 2>&1 &
PID=$!
cleanup() { kill -- -"$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT
fail() { echo "smoke: $1"; tail -40 "$LOG"; exit 1; }

for _ in $(seq 1 120); do curl -fsS "$BASE/api/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "$BASE/api/health" >/dev/null || fail "health never answered"
[ -f "$DATA/tirelire.db" ] || fail "SQLite database not created in the data directory"
curl -fsSL "$BASE/" | grep -qi "setup" || fail "a fresh instance does not lead to the setup page"

node bin/tirelire.mjs user create --email smoke@example.com --password 'smoke-password-1' --household Smoke --json >/dev/null
curl -fsSL -o /dev/null -w '%{url_effective}' "$BASE/" | grep -q "/signin" || fail "after setup, / does not lead to sign-in"

cat >"$DATA/statement.ofx" <<'OFX'
OFXHEADER:100
DATA:OFXSGML
VERSION:102
CHARSET:1252

<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR
<BANKACCTFROM><BANKID>30004<ACCTID>SMOKE-1<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20240101<DTEND>20240131
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-42.34<FITID>SMOKE-A<NAME>CB CARREFOUR 04/01</STMTTRN>
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240125<TRNAMT>2500.00<FITID>SMOKE-B<NAME>VIR SALAIRE ACME</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240128<TRNAMT>-76.20<FITID>SMOKE-C<NAME>PRLV SEPA EDF CLIENTS PARTICULIERS</STMTTRN>
</BANKTRANLIST><LEDGERBAL><BALAMT>2381.46<DTASOF>20240131</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
OFX
imported=$(node bin/tirelire.mjs import "$DATA/statement.ofx" --new-account --json)
echo "$imported" | grep -q '"new":3' || fail "import did not create 3 transactions: $imported"
again=$(node bin/tirelire.mjs import "$DATA/statement.ofx" --auto --json)
echo "$again" | grep -q '"new":0' || fail "re-import was not idempotent: $again"

token=$(node bin/tirelire.mjs token create --scope read --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).token))')
listed=$(curl -fsS -H "Authorization: Bearer $token" "$BASE/api/v1/transactions?limit=10")
count=$(echo "$listed" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);const items=j.items??j.data??j.transactions??[];console.log(items.length)})')
[ "$count" = 3 ] || fail "the running server lists $count transactions instead of 3: $listed"
echo "$listed" | grep -q '"-42.34"' || fail "amounts are not the imported ones: $listed"
code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/transactions")
[ "$code" = 401 ] || fail "the API answered $code without a token"
echo "smoke OK: setup page, sign-up, import (3 new, re-import 0), API sees 3 transactions, 401 without token"
