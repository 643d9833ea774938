#!/usr/bin/env bash
# Runs the whole test suite RUNS times in a row (default 10), each run with its own SRIOV_SEED, and prints pass/fail
# per run. Exit 0 when every run passed, 1 otherwise.
set -u
runs="${RUNS:-10}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root" || exit 2
dotnet build SriovVerification.sln --nologo -v quiet > /dev/null || { echo "build failed"; exit 2; }
failed=0
for ((run = 1; run <= runs; run++)); do
  seed=$(printf '0x%08X' $(( (run * 2654435761) & 0xFFFFFFFF )))
  start=$(date +%s)
  if SRIOV_SEED="$seed" dotnet test SriovVerification.sln --no-build --nologo -v quiet > "/tmp/flaky-check-run-$run.log" 2>&1; then
    verdict=pass
  else
    verdict=FAIL
    failed=$((failed + 1))
  fi
  summary=$(grep -E "^(Passed|Failed)!" "/tmp/flaky-check-run-$run.log" | sed -E 's/ - .*//' | tr '\n' ' ')
  echo "run $run SRIOV_SEED=$seed: $verdict ($(( $(date +%s) - start )) s) $summary"
done
echo "$((runs - failed)) of $runs runs passed"
[ "$failed" -eq 0 ]
