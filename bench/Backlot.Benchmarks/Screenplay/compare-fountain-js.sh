#!/usr/bin/env bash
# Times our screenplay pipeline (BenchmarkDotNet) and fountain-js under Node on the same 120-page script.
# The benchmark's GlobalSetup writes the script to BenchmarkDotNet.Artifacts/screenplay/feature.fountain;
# fountain-js is installed by the fountain-summary oracle into ~/.cache/backlot-oracles/fountain.
#
#   bench/Backlot.Benchmarks/Screenplay/compare-fountain-js.sh [--node-only]
#     --node-only   reuse the script written by an earlier benchmark run and time fountain-js alone
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
script="$repo/bench/Backlot.Benchmarks/BenchmarkDotNet.Artifacts/screenplay/feature.fountain"
cache=${BACKLOT_ORACLES:-${XDG_CACHE_HOME:-$HOME/.cache}/backlot-oracles}/fountain

if [[ ${1:-} != --node-only ]]; then
  (cd "$repo" && dotnet run -c Release --project bench/Backlot.Benchmarks -- --filter '*ScreenplayPipeline*')
fi
[[ -f $script ]] || { echo "no $script: run without --node-only first" >&2; exit 1; }

if [[ ! -d $cache/node_modules/fountain-js ]]; then
  bash "$repo/../shared/oracles/fountain-summary" "$script" >/dev/null
fi
echo "sha256 $(sha256sum "$script" | cut -c1-16)  $script"
NODE_PATH="$cache/node_modules" node "$here/fountain-js-time.js" "$script" 200
