#!/usr/bin/env bash
# Import benchmark: dyad against DuckDB on the same synthetic BACI-format CSV, side by
# side in one run. Measures whole-process wall time (load + persist to disk), peak RSS
# and bytes per row on disk, best of RUNS runs each, and prints the ratios.
#
# Usage: bench/import_bench.sh [ROWS (default 5100000)] [RUNS (default 3)]
# Needs a release build (DYAD_BUILD, default build/) and Node.js; installs the DuckDB
# peer into bench/node_modules from bench/package.json on first use. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-5100000}"
runs="${2:-3}"
dyad="${DYAD_BUILD:-build}/dyad"
out=bench/out/import
mkdir -p "$out"
[ -x "$dyad" ] || { echo "no $dyad: build first (scripts/setup)"; exit 1; }
[ -d bench/node_modules/@duckdb/node-api ] || (cd bench && npm install --no-audit --no-fund >/dev/null)

csv="$out/synthetic-$rows.csv"
[ -f "$csv" ] || "$dyad" synth --rows "$rows" --years 2022-2022 --seed 1 --out "$csv" >/dev/null
csv_rows=$(( $(wc -l < "$csv") - 1 ))
csv_bytes=$(stat -c %s "$csv")
cat "$csv" > /dev/null  # both read it from the page cache

best() { sort -n | head -1; }
dyad_times=(); dyad_rss=(); duck_times=(); duck_rss=()
for run in $(seq "$runs"); do
  home="$out/dyad-home"
  rm -rf "$home"
  "$dyad" --data "$home" info > /dev/null  # built-in knowledge first: not part of the import
  /usr/bin/time -f "%e %M" -o "$out/dyad.time" "$dyad" --quiet --data "$home" import baci "$csv" > /dev/null
  read -r t m < "$out/dyad.time"; dyad_times+=("$t"); dyad_rss+=("$m")
  rm -f "$out/duck.db" "$out/duck.db.wal"
  /usr/bin/time -f "%e %M" -o "$out/duck.time" node bench/import_duckdb.mjs "$csv" "$out/duck.db" > "$out/duck.out"
  read -r t m < "$out/duck.time"; duck_times+=("$t"); duck_rss+=("$m")
done

# Each side checks its answer: all rows of the file are in.
dyad_rows=$("$dyad" --data "$home" info --format csv | awk -F, '$1=="synthetic"{print $(NF-3)}')
duck_rows=$(awk '{print $2}' "$out/duck.out")
if [ "$dyad_rows" != "$csv_rows" ] || [ "$duck_rows" != "$csv_rows" ]; then
  echo "row counts differ: csv $csv_rows, dyad $dyad_rows, duckdb $duck_rows"; exit 1
fi
synthetic_bytes=$("$dyad" --data "$home" info --format csv | awk -F, '$1=="synthetic"{print $(NF-2)}')
duck_bytes=$(( $(stat -c %s "$out/duck.db") + $( [ -f "$out/duck.db.wal" ] && stat -c %s "$out/duck.db.wal" || echo 0) ))

dt=$(printf '%s\n' "${dyad_times[@]}" | best); dm=$(printf '%s\n' "${dyad_rss[@]}" | best)
kt=$(printf '%s\n' "${duck_times[@]}" | best); km=$(printf '%s\n' "${duck_rss[@]}" | best)
echo "import of $csv_rows rows ($((csv_bytes / 1000000)) MB CSV), best of $runs runs, $(nproc) cores"
printf '%-8s %10s %12s %12s %10s\n' "" "wall s" "peak RSS MB" "disk bytes" "bytes/row"
div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '%-8s %10s %12d %12d %10s\n' dyad "$dt" $((dm / 1024)) "$synthetic_bytes" "$(div "$synthetic_bytes" "$csv_rows")"
printf '%-8s %10s %12d %12d %10s\n' duckdb "$kt" $((km / 1024)) "$duck_bytes" "$(div "$duck_bytes" "$csv_rows")"
echo "ratios (duckdb / dyad): time $(div "$kt" "$dt")x, peak RSS $(div "$km" "$dm")x, bytes/row $(div "$duck_bytes" "$synthetic_bytes")x"
echo "dyad runs: ${dyad_times[*]} s; duckdb runs: ${duck_times[*]} s"
