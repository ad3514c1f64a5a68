// The DuckDB peer of bench/import_bench.sh: loads a BACI-format CSV into a table of a
// database file with 2 threads and checkpoints it to disk, as `dyad import baci` does.
// Usage: node bench/import_duckdb.mjs FILE.csv OUT.duckdb  -> prints "rows <n>"
import { DuckDBInstance } from '@duckdb/node-api';

const [csv, db] = process.argv.slice(2);
const instance = await DuckDBInstance.create(db, { threads: '2' });
const conn = await instance.connect();
await conn.run(`CREATE TABLE baci AS SELECT * FROM read_csv('${csv}', header = true,
  nullstr = 'NA', columns = {'t': 'SMALLINT', 'i': 'SMALLINT', 'j': 'SMALLINT',
  'k': 'INTEGER', 'v': 'DOUBLE', 'q': 'DOUBLE'})`);
await conn.run('CHECKPOINT');
const reader = await conn.runAndReadAll('SELECT count(*) FROM baci');
console.log(`rows ${reader.getRows()[0][0]}`);
conn.closeSync();
instance.closeSync();
