// The DuckDB peer of the trade query (bench/store_trade_bench.sh): loads the BACI-format
// CSV into a database file once (threads=2), then times, for each pair of PAIRS (lines
// "a b a_to_b_usd b_to_a_usd" written by store_trade_bench), the SQL equivalent of
// `dyad trade A B`: both directions of one pair, per year, over all years. Checks each
// answer against dyad's before reporting p50/p99.
// Usage: node bench/store_trade_duckdb.mjs FILE.csv DB.duckdb PAIRS
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, readFileSync } from 'node:fs';

const [csv, db, pairsFile] = process.argv.slice(2);
const fresh = !existsSync(db);
const instance = await DuckDBInstance.create(db, { threads: '2' });
const conn = await instance.connect();
if (fresh) {
  const t0 = performance.now();
  await conn.run(`CREATE TABLE baci AS SELECT * FROM read_csv('${csv}', header = true,
    nullstr = 'NA', columns = {'t': 'SMALLINT', 'i': 'SMALLINT', 'j': 'SMALLINT',
    'k': 'INTEGER', 'v': 'DOUBLE', 'q': 'DOUBLE'})`);
  await conn.run('CHECKPOINT');
  console.log(`duckdb_load_s ${((performance.now() - t0) / 1000).toFixed(1)}`);
}
const stmt = await conn.prepare(`SELECT t, sum(CASE WHEN i = $1 THEN v END) AS ab,
  sum(CASE WHEN i = $2 THEN v END) AS ba FROM baci
  WHERE (i = $1 AND j = $2) OR (i = $2 AND j = $1) GROUP BY t ORDER BY t`);
const pairs = readFileSync(pairsFile, 'utf8').trim().split('\n').map((l) => l.split(' ').map(Number));
const times = [];
for (const [a, b, wantAb, wantBa] of pairs) {
  const t0 = performance.now();
  stmt.bindInteger(1, a);
  stmt.bindInteger(2, b);
  const reader = await stmt.runAndReadAll();
  const rows = reader.getRows();
  times.push(performance.now() - t0);
  let ab = 0, ba = 0;
  for (const [, x, y] of rows) { ab += x ?? 0; ba += y ?? 0; }
  // v is in thousands of USD with three decimals; dyad holds whole dollars.
  const close = (got, want) => Math.abs(got * 1000 - want) <= 1e-9 * Math.max(1, want) + 1;
  if (!close(ab, wantAb) || !close(ba, wantBa)) {
    console.error(`answers differ for ${a} ${b}: duckdb ${ab * 1000} ${ba * 1000}, dyad ${wantAb} ${wantBa}`);
    process.exit(1);
  }
}
times.sort((x, y) => x - y);
const pct = (p) => times[Math.floor(p * (times.length - 1))] * 1000;
console.log(`duckdb_p50_us ${pct(0.5).toFixed(1)}`);
console.log(`duckdb_p99_us ${pct(0.99).toFixed(1)}`);
console.log(`duckdb_pairs ${times.length}`);
conn.closeSync();
instance.closeSync();
