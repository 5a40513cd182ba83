#!/usr/bin/env bash
# Loopback load on GET /api/productions/{id}/shots: `backlot demo` on a temp data folder, then
# `backlot serve` on 127.0.0.1 and wrk against it (5 s warm-up, not reported, then the measured run).
# Run from anywhere; builds the CLI in Release first. Usage: bench/load-shots.sh [DURATION] [CONNECTIONS] [THREADS]
set -euo pipefail

duration="${1:-20s}"
connections="${2:-16}"
threads="${3:-2}"
min_requests=10000
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
for tool in dotnet jq curl wrk python3; do
  command -v "$tool" >/dev/null || { echo "load-shots: '$tool' is needed" >&2; exit 2; }
done

unset BACKLOT_DB BACKLOT_DATA

work="$(mktemp -d "${TMPDIR:-/tmp}/backlot-load.XXXXXX")"
server=""
cleanup() {
  if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
    kill -INT "$server" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building the CLI (Release)..."
dotnet build -c Release src/Backlot.Cli -nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
cli="$root/src/Backlot.Cli/bin/Release/net10.0/backlot.dll"
data="$work/data"

echo "Rendering the sample production (backlot demo)..."
dotnet "$cli" demo --data "$data" --json >"$work/demo.json"
production=$(jq -r '.summary.productionId' "$work/demo.json")
echo "production $production: $(jq '.summary.shots' "$work/demo.json") shots"

# A free port on loopback, chosen by the kernel.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
dotnet "$cli" serve --data "$data" --urls "$base" >"$work/serve.log" 2>&1 &
server=$!

for _ in $(seq 1 120); do
  [[ -s "$data/admin-token" ]] && curl -fs -o /dev/null "$base/openapi/v1.json" && break
  kill -0 "$server" 2>/dev/null || { echo "load-shots: the server stopped:" >&2; cat "$work/serve.log" >&2; exit 1; }
  sleep 0.5
done
token=$(tr -d '[:space:]' <"$data/admin-token")
url="$base/api/productions/$production/shots"
status=$(curl -s -o "$work/shots.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$url")
[[ "$status" == 200 ]] || { echo "load-shots: GET $url gave $status" >&2; exit 1; }
echo "GET $url: $(jq length "$work/shots.json") shots, $(wc -c <"$work/shots.json") bytes"

echo "load average (1/5/15 min) before: $(cut -d" " -f1-3 /proc/loadavg)"
echo "Warm-up (5 s, not reported)..."
wrk -t"$threads" -c"$connections" -d5s -H "Authorization: Bearer $token" "$url" >/dev/null

echo "wrk -t$threads -c$connections -d$duration --latency $url"
wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$url" | tee "$work/wrk.txt"

requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
if grep -q 'Non-2xx' "$work/wrk.txt"; then
  echo "load-shots: some responses were not 2xx" >&2
  exit 1
fi
echo "requests: $requests"
if (( requests < min_requests )); then
  echo "load-shots: only $requests requests (want at least $min_requests); run longer" >&2
  exit 1
fi
echo "load average (1/5/15 min) after: $(cut -d" " -f1-3 /proc/loadavg)"
