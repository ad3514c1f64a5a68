#!/usr/bin/env bash
# The trade query, dyad against DuckDB on the same 10-year synthetic store (~110 M rows),
# side by side in one run; prints p50/p99 of each and the ratios, and dyad's bytes/row.
# Usage: bench/store_trade_bench.sh [QUERIES (default 2000)] [DUCKDB_QUERIES (default 100)]
# DuckDB answers the first DUCKDB_QUERIES of the same pairs (each scans, ~0.4 s here).
# Needs a release build with -DDYAD_BENCH=ON (DYAD_BUILD, default build/) and Node.js.
# The store, CSV (~3.5 GB) and DuckDB file are kept in bench/out/trade and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
queries="${1:-2000}"
duck_queries="${2:-100}"
bin="${DYAD_BUILD:-build}/bench/store_trade_bench"
out=bench/out/trade
mkdir -p "$out"
[ -x "$bin" ] || { echo "no $bin: configure with -DDYAD_BENCH=ON and build store_trade_bench"; exit 1; }
[ -d bench/node_modules/@duckdb/node-api ] || (cd bench && npm install --no-audit --no-fund >/dev/null)
"$bin" --dir "$out/store" --commit-rows 0 --queries "$queries" --csv "$out/world.csv" \
  --pairs "$out/pairs.txt" | tee "$out/dyad.txt"
head -n "$duck_queries" "$out/pairs.txt" > "$out/pairs-duckdb.txt"
node bench/store_trade_duckdb.mjs "$out/world.csv" "$out/world.duckdb" "$out/pairs-duckdb.txt" | tee "$out/duck.txt"
awk '{v[$1]=$2} END {
  printf "trade query p50: dyad %.2f us, DuckDB %.0f us: DuckDB/dyad = %.0fx\n", v["dyad_p50_us"], v["duckdb_p50_us"], v["duckdb_p50_us"] / v["dyad_p50_us"];
  printf "trade query p99: dyad %.2f us, DuckDB %.0f us: DuckDB/dyad = %.0fx\n", v["dyad_p99_us"], v["duckdb_p99_us"], v["duckdb_p99_us"] / v["dyad_p99_us"];
}' "$out/dyad.txt" "$out/duck.txt"
duck_bytes=$(stat -c %s "$out/world.duckdb")
rows=$(awk '/^store:/ {print $4}' "$out/dyad.txt")
awk -v b="$duck_bytes" -v r="$rows" 'BEGIN {printf "DuckDB file: %d bytes, %.2f bytes/row\n", b, b / r}'
