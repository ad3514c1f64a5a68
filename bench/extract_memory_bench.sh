#!/usr/bin/env bash
# Peak memory of extraction against its input: the 45 English articles of ../shared
# concatenated to MB megabytes (default 10), then `dyad extract` and `dyad check` of it
# under /usr/bin/time. Prints peak RSS and its ratio to the input; exits 1 when a ratio
# is over LIMIT (default 20, the bound of docs/performance.md), so it catches a memory
# regression. Not part of CI (a few seconds of CPU).
#
# Usage: bench/extract_memory_bench.sh [MB] [LIMIT]   (DYAD_BUILD, default build/)
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-10}"
limit="${2:-20}"
dyad="${DYAD_BUILD:-build}/dyad"
[ -x "$dyad" ] || { echo "no $dyad: build first"; exit 1; }
shared="${DYAD_SHARED:-../shared}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
article="$work/article.txt"
while [ "$(stat -c %s "$article" 2>/dev/null || echo 0)" -lt $((mb * 1000000)) ]; do
  cat "$shared"/data/articles/en/*.txt >> "$article"
done
bytes=$(stat -c %s "$article")
export DYAD_HOME="$work/home"
"$dyad" info > /dev/null  # the built-in knowledge, outside the measurement
status=0
for cmd in extract check; do
  kb=$( { /usr/bin/time -f "%M" "$dyad" "$cmd" "$article" --date 2024-01-01 --format json > /dev/null; } 2>&1 | tail -1)
  ratio=$(awk -v kb="$kb" -v b="$bytes" 'BEGIN { printf "%.1f", kb * 1024 / b }')
  echo "dyad $cmd of $bytes bytes: peak RSS $kb kB = ${ratio}x the input (limit ${limit}x)"
  awk -v r="$ratio" -v l="$limit" 'BEGIN { exit !(r > l) }' && status=1
done
exit $status
