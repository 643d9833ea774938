#!/usr/bin/env bash
# Peer comparison: Spin's breadth-first search against `sriov explore` on the same state space.
# Usage: scripts/spin-compare.sh [CONFIG ...]   CONFIG = hosts,vms,vfs (default: 1,1,1 1,2,2)
# Environment: PROFILE (hoststack, default: the explorer's packed engine; or lifecycle: the generic engine),
# MEMORY_MB (memory limit of both checkers, default 1024), PAN_DEPTH (default 1000000).
set -euo pipefail
cd "$(dirname "$0")/.."
memory_mb="${MEMORY_MB:-1024}"
profile="${PROFILE:-hoststack}"
case "$profile" in hoststack|lifecycle) ;; *) echo "spin-compare.sh: PROFILE must be hoststack or lifecycle, not '$profile'" >&2; exit 2 ;; esac
pan_depth="${PAN_DEPTH:-1000000}"
configs=("$@")
[ ${#configs[@]} -eq 0 ] && configs=(1,1,1 1,2,2)

if ! command -v spin >/dev/null || ! command -v gcc >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y spin gcc >/dev/null; else sudo apt-get install -y spin gcc >/dev/null; fi
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build -c Release cli -nologo -v q >/dev/null
sriov=cli/bin/Release/net10.0/sriov

# search s: the checker's own search time; wall s: the whole process; MiB: the checker's memory for states
# (pan: "actual memory usage for states", hash table excluded; explore: bytes/state x states); bytes/st per stored state.
printf '%-7s | %-32s | %-13s | %10s | %5s | %8s | %7s | %9s | %8s | %8s\n' config checker verdict states depth "search s" "wall s" "states/s" "MiB" "bytes/st"
row() { printf '%-7s | %-32s | %-13s | %10s | %5s | %8s | %7s | %9s | %8s | %8s\n' "$@"; }

for config in "${configs[@]}"; do
  IFS=, read -r hosts vms vfs <<<"$config"
  name="${hosts}x${vms}x${vfs}"
  dir="$work/$name"; mkdir -p "$dir"
  python3 scripts/spin-model.py --hosts "$hosts" --vms "$vms" --vfs "$vfs" --profile "$profile" --out "$dir/sriov_lifecycle.pml"
  ( cd "$dir" && spin -o2 -a sriov_lifecycle.pml >/dev/null \
      && gcc -w -DBFS -DSAFETY -DNOCLAIM -DMEMLIM="$memory_mb" -O2 -o pan pan.c )
  set +e
  ( cd "$dir" && /usr/bin/time -f "%e %M" -o time.txt nice ./pan -m"$pan_depth" -w24 > pan.txt 2>&1 )
  set -e
  states=$(awk '/states, stored/ {print $1; exit}' "$dir/pan.txt")
  depth=$(sed -n 's/.*depth reached \([0-9]*\).*/\1/p' "$dir/pan.txt" | head -1)
  total_mb=$(awk '/total actual memory usage/ {print $1; exit}' "$dir/pan.txt")
  state_mb=$(awk '/actual memory usage for states/ {print $1; exit}' "$dir/pan.txt")
  search_s=$(sed -n 's/^pan: elapsed time \([0-9.e+-]*\) seconds.*/\1/p' "$dir/pan.txt" | head -1)
  read -r spin_s spin_rss_kb < <(tail -1 "$dir/time.txt")
  if grep -qE "out of memory|reached -DMEMLIM bound" "$dir/pan.txt"; then spin_verdict="out of memory"; elif [ -n "$states" ]; then spin_verdict="closed"; else spin_verdict="failed"; fi
  spin_bytes=$(awk -v m="${state_mb:-0}" -v s="${states:-0}" 'BEGIN { if (s > 0) printf "%.1f", m * 1048576 / s; else print "-" }')
  spin_rate=$(awk -v s="${states:-0}" -v t="${search_s:-0}" 'BEGIN { if (t > 0) printf "%.0f", s / t; else print "-" }')
  row "$name" "spin -DBFS (symmetry n/a)" "$spin_verdict" "${states:--}" "${depth:--}" "${search_s:--}" "$spin_s" "$spin_rate" "${state_mb:--}" "$spin_bytes"

  for symmetry in off on; do
    set +e
    /usr/bin/time -f "%e %M" -o "$dir/etime.txt" nice "$sriov" explore --hosts "$hosts" --vms "$vms" --vfs "$vfs" \
      --profile "$profile" --symmetry "$symmetry" --memory-mb "$memory_mb" --out "$dir" > "$dir/explore-$symmetry.txt" 2>&1
    code=$?
    set -e
    summary=$(grep -E '^states: ' "$dir/explore-$symmetry.txt" | tail -1)
    e_states=$(sed -n 's/^states: \([0-9]*\),.*/\1/p' <<<"$summary")
    e_depth=$(sed -n 's/.*depth: \([0-9]*\),.*/\1/p' <<<"$summary")
    e_bytes=$(grep -E '^bytes/state: ' "$dir/explore-$symmetry.txt" | tail -1 | sed -n 's/^bytes\/state: \([0-9.]*\).*/\1/p')
    e_search=$(grep -E '^timing: ' "$dir/explore-$symmetry.txt" | tail -1 | sed -n 's/^timing: \([0-9.]*\) s,.*/\1/p')
    e_rate=$(awk -v s="${e_states:-0}" -v t="${e_search:-0}" 'BEGIN { if (t > 0) printf "%.0f", s / t; else print "-" }')
    read -r e_s e_rss_kb < <(tail -1 "$dir/etime.txt")
    e_mb=$(awk -v b="${e_bytes:-0}" -v s="${e_states:-0}" 'BEGIN { printf "%.1f", b * s / 1048576 }')
    case $code in 0) verdict=closed ;; 3) verdict=bounded ;; *) verdict="exit $code" ;; esac
    row "$name" "sriov explore --symmetry $symmetry" "$verdict" "${e_states:--}" "${e_depth:--}" "${e_search:--}" "$e_s" "$e_rate" "$e_mb" "${e_bytes:--}"
    if [ "$symmetry" = off ] && [ -n "$states" ] && [ "$spin_verdict" = closed ] && [ "$verdict" = closed ]; then
      agree=$([ "$states" = "$e_states" ] && echo "AGREE" || echo "DIFFER")
      ratio=$(awk -v ra="$spin_rate" -v rb="$e_rate" -v ba="$spin_bytes" -v bb="$e_bytes" \
        'BEGIN { printf "states/s explorer/spin %.2f; bytes/state explorer/spin %.2f", rb/ra, bb/ba }')
      echo "$name: state counts $agree (spin $states, explorer $e_states); $ratio; process max RSS spin $((spin_rss_kb / 1024)) MiB, explorer $((e_rss_kb / 1024)) MiB"
    fi
  done
done
echo "profile: $profile; memory limit: $memory_mb MiB for both (pan -DMEMLIM, explore --memory-mb); $(nproc) cores; $(date -u +%Y-%m-%d)"
