#!/usr/bin/env bash
# Mutation testing of all of implementation/ in file groups, one Stryker run per group (each with its own report
# directory), then one table over every file (scripts/mutation-aggregate.py).
# Usage: scripts/mutation-groups.sh [group …]   groups: switch datacenter host-guest ndis-pci (default: all four)
# STRYKER_GROUPS_OUTPUT (default StrykerOutput/groups) holds one directory per group; SRIOV_MAX_TEST as in mutation.sh.
# The groups together are the configured `mutate` list of stryker-config.json; the exclusions are the same.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out="${STRYKER_GROUPS_OUTPUT:-$root/StrykerOutput/groups}"

# The configured exclusion of Datacenter.AssertInvariants is a character span; refuse to run if it has drifted.
python3 scripts/mutation-aggregate.py --check-spans stryker-config.json implementation/Implementation

excluded=("!**/Switch/PfMiniport.Invariants.cs" "$(python3 -c 'import json,sys; print(next(m for m in json.load(open("stryker-config.json"))["stryker-config"]["mutate"] if "Datacenter.cs{" in m))')")

groups=("$@")
if [ ${#groups[@]} -eq 0 ]; then groups=(switch datacenter host-guest ndis-pci); fi

for group in "${groups[@]}"; do
    case "$group" in
        switch) globs=("**/Switch/**/*.cs") ;;
        datacenter) globs=("**/Datacenter*.cs") ;;
        host-guest) globs=("**/Host/**/*.cs" "**/Guest/**/*.cs" "**/Concurrency/**/*.cs" "**/Defects/**/*.cs"
                           "**/Frames/**/*.cs" "**/Adapter*.cs" "**/ConfigBlockDefinition.cs" "**/DeterministicRandom.cs"
                           "**/FilterMovePolicy.cs" "**/VirtualClock.cs") ;;
        ndis-pci) globs=("**/Ndis/**/*.cs" "**/Pci/**/*.cs") ;;
        *) echo "unknown group: $group" >&2; exit 2 ;;
    esac
    args=()
    for glob in "${globs[@]}" "${excluded[@]}"; do args+=(--mutate "$glob"); done
    start=$(date +%s)
    STRYKER_OUTPUT="$out/$group" scripts/mutation.sh "${args[@]}"
    echo "group $group: $(( $(date +%s) - start )) s wall"
done

python3 scripts/mutation-aggregate.py "$out"/*/reports/mutation-report.json
