#!/usr/bin/env bash
# dyad check --batch over the real English articles (../shared/data/articles/en), each
# copied N times (default 30) into one folder: articles/s and MB/s of CPU time on one
# core (user+sys, so a loaded machine does not inflate it), best of R runs (default 3).
# It first checks the answer: every article is read (no "unreadable" in the total line).
# Usage: bench/check_articles_bench.sh [N] [R]; DYAD_BUILD (default build/) names the build.
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-30}"
runs="${2:-3}"
bin="${DYAD_BUILD:-build}/dyad"
src=../shared/data/articles/en
out=bench/out/articles
rm -rf "$out" && mkdir -p "$out"
for i in $(seq 1 "$copies"); do
  for f in "$src"/*.txt; do cp "$f" "$out/$(basename "$f" .txt)-$i.txt"; done
done
count=$(ls "$out" | wc -l)
bytes=$(cat "$out"/*.txt | wc -c)
export DYAD_HOME="$(mktemp -d)"
total=$("$bin" check --batch "$out" --date 2024-01-01 | tail -n 1)
case "$total" in *unreadable*) echo "bench: $total"; exit 1 ;; esac
best=""
for r in $(seq 1 "$runs"); do
  t=$( { /usr/bin/time -f "%U %S" "$bin" check --batch "$out" --date 2024-01-01 --format csv >/dev/null; } 2>&1 | tail -n 1)
  cpu=$(echo "$t" | awk '{ print $1 + $2 }')
  if [ -z "$best" ] || awk -v a="$cpu" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$cpu"; fi
done
awk -v n="$count" -v b="$bytes" -v s="$best" \
  'BEGIN { printf "%d articles, %.1f MB, %.2f s CPU: %.0f articles/s, %.1f MB/s\n", n, b / 1e6, s, n / s, b / 1e6 / s }'
