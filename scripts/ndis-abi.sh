#!/usr/bin/env bash
# Extracts the NDIS facts the emulated adapter uses (OID codes, NDIS_STATUS values, constants, structure sizes,
# field offsets and sizes, revisions and NDIS_SIZEOF_*_REVISION_n) from the public headers, x64, NDIS 6.30, into
# implementation/ndis-abi.tsv. The C# test NdisAbiTests holds every structure and code of the adapter to that table.
#
#   scripts/ndis-abi.sh            regenerate the table
#   scripts/ndis-abi.sh --check    regenerate into a temporary file; exit 1 when it differs from the committed table
#
# Needs Debian's mingw-w64-common (the headers) and gcc-mingw-w64-x86-64-win32 (the x64 compiler). Nothing is linked
# or run: the values are assembler immediates read back from `gcc -S`.
set -euo pipefail
cd "$(dirname "$0")/.."

include=${MINGW_INCLUDE:-/usr/share/mingw-w64/include}
cc=${MINGW_CC:-x86_64-w64-mingw32-gcc}
table=implementation/ndis-abi.tsv
statuses=(SUCCESS INVALID_PARAMETER INVALID_LENGTH NOT_SUPPORTED FILE_NOT_FOUND RESOURCES FAILURE INVALID_DEVICE_REQUEST BUFFER_TOO_SHORT)

command -v "$cc" >/dev/null || { echo "ndis-abi: $cc not found (apt-get install gcc-mingw-w64-x86-64-win32)" >&2; exit 2; }
[ -f "$include/ntddndis.h" ] && [ -f "$include/ddk/ndis.h" ] || { echo "ndis-abi: $include/ntddndis.h or ddk/ndis.h missing (apt-get install mingw-w64-common)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# NDIS_STATUS_* live in the kernel-mode ddk/ndis.h, which does not compile in user mode: take each definition's
# value expression (a literal, or a STATUS_* alias that ntstatus.h resolves) and let the compiler evaluate it.
for name in "${statuses[@]}"; do
  expr=$(sed -n "s/^#define NDIS_STATUS_${name}[[:space:]]\{1,\}((NDIS_STATUS)\(.*\))[[:space:]]*$/\1/p" "$include/ddk/ndis.h" | head -n 1)
  [ -n "$expr" ] || { echo "ndis-abi: NDIS_STATUS_${name} not found in $include/ddk/ndis.h" >&2; exit 1; }
  echo "    V_STATUS(NDIS_STATUS_${name}, ${expr});"
done >"$work/ndis-status.inc"

cp scripts/ndis-abi/ndis-abi.c "$work/"
"$cc" -DUM_NDIS630 -I"$work" -S -o "$work/ndis-abi.s" "$work/ndis-abi.c"

{
  echo "# NDIS facts from mingw-w64's ntddndis.h and ddk/ndis.h (x64, -DUM_NDIS630), made by scripts/ndis-abi.sh; do not edit."
  echo "# kind	name	value	size (fields: offset and size in bytes; oid/status/const: the value in hex)"
  sed -n 's/^[[:space:]]*@@ABI \([a-z]*\) \([A-Za-z0-9_.]*\) \(-\{0,1\}[0-9]*\) \([0-9]*\)$/\1 \2 \3 \4/p' "$work/ndis-abi.s" |
    while read -r kind name value size; do
      case "$kind" in
        oid|status|const) printf '%s\t%s\t0x%08X\n' "$kind" "$name" "$(( value & 0xFFFFFFFF ))" ;;
        field) printf '%s\t%s\t%d\t%d\n' "$kind" "$name" "$value" "$size" ;;
        *) printf '%s\t%s\t%d\n' "$kind" "$name" "$value" ;;
      esac
    done
} >"$work/ndis-abi.tsv"

count=$(grep -vc '^#' "$work/ndis-abi.tsv")
if [ "${1:-}" = "--check" ]; then
  if ! diff -u "$table" "$work/ndis-abi.tsv"; then
    echo "ndis-abi: $table differs from the headers (above); run scripts/ndis-abi.sh and review the diff" >&2
    exit 1
  fi
  echo "ndis-abi: $table agrees with the headers ($count facts)"
else
  cp "$work/ndis-abi.tsv" "$table"
  echo "ndis-abi: wrote $table ($count facts)"
fi
