#!/usr/bin/env bash
# End-to-end wall time of `backlot demo` (process start to exit): three runs, each on a fresh data folder,
# then a second, warm run on each of those folders (everything is reused, nothing is rendered).
# Run from anywhere; builds the CLI in Release first. Usage: bench/demo-wall-time.sh [RUNS]
set -euo pipefail

runs="${1:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
for tool in dotnet jq; do
  command -v "$tool" >/dev/null || { echo "demo-wall-time: '$tool' is needed" >&2; exit 2; }
done

# SQLite inside each temp data folder, whatever this shell has set.
unset BACKLOT_DB BACKLOT_DATA

work="$(mktemp -d "${TMPDIR:-/tmp}/backlot-demo-time.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "Building the CLI (Release)..."
dotnet build -c Release src/Backlot.Cli -nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
cli="$root/src/Backlot.Cli/bin/Release/net10.0/backlot.dll"

# Runs the demo once on $1, checks that $2 takes were rendered now and none failed, prints seconds.
timed_demo() {
  local data="$1" expect_new="$2" out="$work/demo.json" start end
  start=$(date +%s%N)
  dotnet "$cli" demo --data "$data" --json >"$out" 2>"$work/demo.err" || { cat "$work/demo.err" >&2; return 1; }
  end=$(date +%s%N)
  local new failed
  new=$(jq '.summary.newTakes' "$out")
  failed=$(jq '.summary.failed' "$out")
  if [[ "$failed" != 0 || ( "$expect_new" == "all" && "$new" == 0 ) || ( "$expect_new" == 0 && "$new" != 0 ) ]]; then
    echo "demo-wall-time: unexpected demo result: $new rendered now, $failed failed" >&2
    return 1
  fi
  awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load average (1/5/15 min) before: $(cut -d" " -f1-3 /proc/loadavg)"
fresh=()
warm=()
for i in $(seq 1 "$runs"); do
  data="$work/data-$i"
  f=$(timed_demo "$data" all)
  w=$(timed_demo "$data" 0)
  fresh+=("$f")
  warm+=("$w")
  echo "run $i: fresh ${f} s, warm (same folder) ${w} s"
  rm -rf "$data"
done

echo "fresh: ${fresh[*]} s; median $(printf '%s\n' "${fresh[@]}" | median) s"
echo "warm:  ${warm[*]} s; median $(printf '%s\n' "${warm[@]}" | median) s"
echo "load average (1/5/15 min) after: $(cut -d" " -f1-3 /proc/loadavg)"
