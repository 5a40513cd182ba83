#!/usr/bin/env bash
# Runs every test of Backlot. Installs and starts what the tests need (Debian's PostgreSQL, Chromium, and the
# independent checkers: OpenEXR and OpenImageIO tools, poppler-utils, Node for the npm-based checkers),
# builds with warnings as errors, runs all test projects, and ends with one line: "N passed, N failed, N skipped".
# Exit status: 0 only when nothing failed.
#
#   bash tests/run-all.sh            (from the repository root; needs root or sudo for apt-get on first run)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
out=${BACKLOT_TEST_OUT:-$root/TestResults}
mkdir -p "$out"

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

need=()
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
[[ -x /usr/bin/chromium ]] || need+=(chromium)
command -v exrheader >/dev/null || need+=(openexr)
command -v oiiotool >/dev/null || need+=(openimageio-tools)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
if ((${#need[@]})); then
  echo "== installing ${need[*]} (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq >/dev/null && as_root apt-get install -y -qq --no-install-recommends "${need[@]}" >"$out/apt.log" 2>&1 \
    || { echo "apt-get install ${need[*]} failed; see $out/apt.log"; tail -20 "$out/apt.log"; echo "0 passed, 1 failed"; exit 1; }
fi

# PostgreSQL for the data-layer tests: Debian's cluster on 127.0.0.1:5432, password login for 'postgres'.
if [[ -z ${BACKLOT_TEST_PG:-} ]]; then
  pgver=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  if [[ -z $pgver ]]; then
    pgver=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    as_root pg_createcluster "$pgver" main >/dev/null
  fi
  as_root pg_ctlcluster "$pgver" main start 2>/dev/null || true
  for _ in $(seq 1 30); do as_root su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break; sleep 1; done
  as_root su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null \
    || { echo "PostgreSQL did not start"; echo "0 passed, 1 failed"; exit 1; }
  export BACKLOT_TEST_PG="Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
echo "== build (Release, warnings are errors)"
if ! dotnet build Backlot.slnx -c Release -nologo -clp:ErrorsOnly >"$out/build.log" 2>&1; then
  grep -E "error|Error" "$out/build.log" | sort -u | head -40
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== test"
dotnet test --solution Backlot.slnx -c Release --no-build --max-parallel-test-modules 2 \
  --results-directory "$out" 2>&1 | tee "$out/test.log"
status=${PIPESTATUS[0]}

summary=$(sed -n '/Test run summary/,$p' "$out/test.log")
total=$(grep -Eo 'total: *[0-9]+' <<<"$summary" | grep -Eo '[0-9]+' | tail -n 1)
failed=$(grep -Eo 'failed: *[0-9]+' <<<"$summary" | grep -Eo '[0-9]+' | tail -n 1)
passed=$(grep -Eo 'succeeded: *[0-9]+' <<<"$summary" | grep -Eo '[0-9]+' | tail -n 1)
skipped=$(grep -Eo 'skipped: *[0-9]+' <<<"$summary" | grep -Eo '[0-9]+' | tail -n 1)
if [[ -z $total ]]; then
  echo "the test run ended without a summary (exit $status)"
  echo "0 passed, 1 failed"
  exit 1
fi
if [[ $status -ne 0 && ${failed:-0} -eq 0 ]]; then
  failed=1   # a test module crashed or ran nothing: count it as a failure
fi
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
[[ ${failed:-0} -eq 0 ]]
