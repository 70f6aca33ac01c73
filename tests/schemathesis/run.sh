#!/usr/bin/env bash
# Fuzzes the API from its own OpenAPI document with schemathesis (a fuzzer nobody here wrote), every check on:
# a request the document calls valid must be accepted, one it calls invalid refused, every answer must match its
# documented status, content type, headers and schema, undeclared methods must answer 405 with Allow.
# Exceptions, per operation and per check, live in schemathesis.toml at the repository root, each saying why.
#
# Starts the product as `npm start` does, with a throwaway local Neo4j in a temporary folder on a free port and
# the seed loaded, then stops it. Run locally: bash tests/schemathesis/run.sh   (ST_MAX_EXAMPLES sets the bound).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
ST_VERSION=4.32.5
VENV=${ST_VENV:-$ROOT/.data/schemathesis-venv}
MAX_EXAMPLES=${ST_MAX_EXAMPLES:-30}

if [ "$("$VENV/bin/st" --version 2>/dev/null)" != "st, version $ST_VERSION" ]; then
  echo "== schemathesis $ST_VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check "schemathesis==$ST_VERSION"
fi

t0=$(date +%s)
TMP=$(mktemp -d)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
# The write routes are fuzzed too, with a token of this run (the server would otherwise answer them all 401).
TOKEN="schemathesis-$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
# POST /api/documents (fuzzed with the token) writes an imported text into SOURCES_DIR: the server gets a copy of
# the sources in the temporary folder, so the fuzzer can never fill, or delete from, the user's folder.
SOURCES="$TMP/sources"
mkdir -p "$SOURCES"
cp "${SOURCES_DIR:-$ROOT/../shared/sources}"/*.txt "$SOURCES"/
echo "== server on $BASE, local Neo4j in $TMP, sources copied to $SOURCES"
# Limits out of the way: the fuzzer is one client sending thousands of requests (429 is tested elsewhere), and
# on a loaded CI machine the whole-graph reads must not reach the query timeout (its 408 is tested elsewhere).
QUERY_TIMEOUT_MS=30000 NEO4J_URI= NEO4J_PROVIDER=local NEO4J_LOCAL_HOME="$TMP/neo4j" PORT=$PORT HOST=127.0.0.1 CLIENT_BUILD=skip \
  LOG_LEVEL=warn RATE_LIMIT_STANDARD=1000000 RATE_LIMIT_COSTLY=1000000 RATE_LIMIT_CYPHER=1000000 \
  RATE_LIMIT_PATHS=1000000 RATE_LIMIT_WRITES=1000000 EDITOR_TOKEN="$TOKEN" SOURCES_DIR="$SOURCES" node --import tsx server/src/index.ts >"$TMP/server.log" 2>&1 &
SERVER=$!
stop() {
  kill -TERM "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
  rm -rf "$TMP"
}
trap stop EXIT

for _ in $(seq 1 600); do
  curl -fsS "$BASE/api/ready" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$TMP/server.log"; echo "schemathesis: the server did not start"; exit 1; }
  sleep 1
done
curl -fsS "$BASE/api/ready" >/dev/null || { cat "$TMP/server.log"; echo "schemathesis: not ready"; exit 1; }

started=$(date +%s)
status=0
# --workers 1: the machine is small and shared; the bound is max-examples per operation.
"$VENV/bin/st" run "$BASE/api/openapi.json" --checks all -H "Authorization: Bearer $TOKEN" --max-examples "$MAX_EXAMPLES" --workers 1 \
  --generation-deterministic --no-color --suppress-health-check too_slow,filter_too_much || status=$?
echo "== schemathesis: exit $status in $(($(date +%s) - started)) s (max examples $MAX_EXAMPLES per operation);" \
  "$((started - t0)) s before it to start the product with a fresh Neo4j and load the seed"
if [ "$status" -ne 0 ]; then tail -50 "$TMP/server.log"; fi
exit "$status"
