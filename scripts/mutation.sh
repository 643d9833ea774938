#!/usr/bin/env bash
# Mutation testing of implementation/ with Stryker.NET (settings: stryker-config.json at the repository root).
# Usage: scripts/mutation.sh [stryker options], e.g. scripts/mutation.sh --mutate "**/Switch/PfMiniport.Vf.cs"
# (a `{a..b}` suffix on a --mutate pattern selects character offsets in the file, not lines). Runs at nice 19: the
# machine is shared. For all of implementation/ in affordable pieces, see scripts/mutation-groups.sh.
# SRIOV_MAX_TEST (default 10) shrinks every property's test count during the run; the report goes to STRYKER_OUTPUT
# (default StrykerOutput/, git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
export SRIOV_MAX_TEST="${SRIOV_MAX_TEST:-10}"
cd implementation/Implementation
exec nice -n 19 dotnet stryker --config-file ../../stryker-config.json --output "${STRYKER_OUTPUT:-../../StrykerOutput}" "$@"
