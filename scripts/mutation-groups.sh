#!/usr/bin/env bash
# Mutation testing of all of implementation/ in file groups, one Stryker run per group (each with its own report
# directory), then one table over every file (scripts/mutation-aggregate.py).
# Usage: scripts/mutation-groups.sh [group …]   groups: switch datacenter host-guest ndis-pci (default: all four)
#        scripts/mutation-groups.sh --rerun [group …]   after the groups: one more run over exactly the mutants those
#                                                groups left surviving or uncovered (character spans), e.g. after new
#                                                tests; the table then takes those mutants' status from the re-run. Only
#                                                valid while implementation/Implementation is unchanged since the groups ran.
#        scripts/mutation-groups.sh --table      only the table (and score) from the reports already there
# STRYKER_GROUPS_OUTPUT (default StrykerOutput/groups) holds one directory per group; SRIOV_MAX_TEST as in mutation.sh.
# The groups together are the configured `mutate` list of stryker-config.json; the exclusions are the same.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out="${STRYKER_GROUPS_OUTPUT:-$root/StrykerOutput/groups}"

# The configured exclusion of Datacenter.AssertInvariants is a character span; refuse to run if it has drifted.
python3 scripts/mutation-aggregate.py --check-spans stryker-config.json implementation/Implementation

excluded=("!**/Switch/PfMiniport.Invariants.cs" "$(python3 -c 'import json,sys; print(next(m for m in json.load(open("stryker-config.json"))["stryker-config"]["mutate"] if "Datacenter.cs{" in m))')")

if [ "${1:-}" = "--rerun" ]; then
    shift
    names=("$@")
    if [ ${#names[@]} -eq 0 ]; then names=(switch datacenter host-guest ndis-pci); fi
    reports=()
    for name in "${names[@]}"; do reports+=("$out/$name/reports/mutation-report.json"); done
    mapfile -t spans < <(python3 scripts/mutation-aggregate.py --survivor-spans "${reports[@]}")
    args=()
    for glob in "${spans[@]}"; do args+=(--mutate "$glob"); done
    label=$(IFS=-; echo "${names[*]}")
    start=$(date +%s)
    STRYKER_OUTPUT="$out/rerun-$label" scripts/mutation.sh "${args[@]}"
    echo "rerun-$label: $(( $(date +%s) - start )) s wall"
    exit 0
fi

if [ "${1:-}" = "--table" ]; then
    groups=()
elif [ $# -eq 0 ]; then
    groups=(switch datacenter host-guest ndis-pci)
else
    groups=("$@")
fi

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

reruns=("$out"/rerun-*/reports/mutation-report.json)
if [ -e "${reruns[0]}" ]; then
    python3 scripts/mutation-aggregate.py "$out"/[!r]*/reports/mutation-report.json --rerun "${reruns[@]}"
else
    python3 scripts/mutation-aggregate.py "$out"/[!r]*/reports/mutation-report.json
fi
