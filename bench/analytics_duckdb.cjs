// The DuckDB peer of bench/analytics_bench.cc: loads the same synthetic flows (the CSV
// that `analytics_bench --csv FILE` writes) into an in-memory DuckDB on 2 threads and
// runs the equivalent SQL with prepared statements: the profile core (pair series over
// all years, both partner rankings, composition by section), one country's ranked
// partners, the aggregates behind the indicators of one pair-year (indicator arithmetic
// on the few resulting rows in JS), and the full RCA of a year. Prints p50/p99 and, given
// the C++ bench's output, the ratio DuckDB / dyad.
//
//   node bench/analytics_duckdb.cjs FLOWS.csv [DYAD_BENCH_OUTPUT.txt] [--queries N]
// Needs @duckdb/node-api (npm install @duckdb/node-api@1.5.6-r.1, in bench/ or on NODE_PATH).
'use strict';
const fs = require('fs');
const { DuckDBInstance } = require('@duckdb/node-api');

function pct(a, q) {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

async function timed(list, fn) {
  const t0 = process.hrtime.bigint();
  const r = await fn();
  list.push(Number(process.hrtime.bigint() - t0) / 1e6);
  return r;
}

async function main() {
  const args = process.argv.slice(2);
  const csv = args[0];
  let dyadOut = null, queries = 300;
  for (let i = 1; i < args.length; i++) {
    if (args[i] === '--queries') queries = Number(args[++i]);
    else dyadOut = args[i];
  }
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const c = await db.connect();
  let t0 = Date.now();
  await c.run(`CREATE TABLE f AS SELECT * FROM read_csv('${csv}', header=true,
      columns={'t':'SMALLINT','i':'SMALLINT','j':'SMALLINT','k':'INTEGER','v':'BIGINT'})`);
  const n = (await c.runAndReadAll('SELECT count(*), max(t) FROM f')).getRows()[0];
  const rows = Number(n[0]), year = Number(n[1]);
  console.log(`duckdb: loaded ${rows} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s; year ${year}`);
  await c.run('SELECT setseed(0.42)');
  const pairs = (await c.runAndReadAll(
      `SELECT i, j FROM (SELECT DISTINCT i, j FROM f WHERE t = ${year}) ORDER BY random() LIMIT ${queries}`)).getRows()
      .map(r => [Number(r[0]), Number(r[1])]);

  const partnersSql = `WITH x AS (
      SELECT j AS p, v AS ex, 0 AS im FROM f WHERE t = $1 AND i = $2
      UNION ALL SELECT i AS p, 0, v FROM f WHERE t = $1 AND j = $2)
    SELECT p, sum(ex) AS ex, sum(im) AS im, sum(ex) + sum(im) AS tot,
           rank() OVER (ORDER BY sum(ex) + sum(im) DESC) AS r,
           (sum(ex) + sum(im)) / sum(sum(ex) + sum(im)) OVER () AS share
    FROM x GROUP BY p ORDER BY tot DESC, p`;
  const seriesSql = `SELECT t, sum(v) FILTER (WHERE i = $1) AS a_to_b, sum(v) FILTER (WHERE i = $2) AS b_to_a
    FROM f WHERE (i = $1 AND j = $2) OR (i = $2 AND j = $1) GROUP BY t ORDER BY t`;
  // HS section from the chapter via a small CASE-free lookup: chapter ranges are in the
  // reference table; grouping by chapter is the part that costs, so group by chapter here.
  const compositionSql = `SELECT i, k // 10000 AS chapter, sum(v) AS value,
      sum(v) / sum(sum(v)) OVER (PARTITION BY i) AS share
    FROM f WHERE t = $3 AND ((i = $1 AND j = $2) OR (i = $2 AND j = $1))
    GROUP BY i, chapter ORDER BY i, value DESC`;
  const pPartners = await c.prepare(partnersSql);
  const pSeries = await c.prepare(seriesSql);
  const pComp = await c.prepare(compositionSql);
  const run = async (p, vals) => { p.bind(vals); return (await p.runAndReadAll()).getRows(); };

  const profile = [], partners = [], indicators = [], rca = [];
  for (const [a, b] of pairs) {
    await timed(profile, async () => {
      await run(pSeries, [a, b]);
      await run(pPartners, [year, a]);
      await run(pPartners, [year, b]);
      await run(pComp, [a, b, year]);
    });
  }
  for (const [a] of pairs) await timed(partners, () => run(pPartners, [year, a]));

  // Indicators: the aggregates dyad sums (world by product, each side's exports and
  // imports by product, the pair's products both ways, partner totals), then arithmetic.
  const pWorld = await c.prepare('SELECT k, sum(v) FROM f WHERE t = $1 GROUP BY k');
  const pExpBy = await c.prepare('SELECT k, sum(v) FROM f WHERE t = $1 AND i = $2 GROUP BY k');
  const pImpBy = await c.prepare('SELECT k, sum(v) FROM f WHERE t = $1 AND j = $2 GROUP BY k');
  const pPair = await c.prepare('SELECT k, v FROM f WHERE t = $1 AND i = $2 AND j = $3');
  const pPartnerTot = await c.prepare(`SELECT sum(v) FILTER (WHERE i = $2) AS x, sum(v) FILTER (WHERE j = $2) AS m, j, i
    FROM f WHERE t = $1 AND (i = $2 OR j = $2) GROUP BY i, j`);
  for (const [a, b] of pairs.slice(0, Math.min(100, pairs.length))) {
    await timed(indicators, async () => {
      const world = new Map((await run(pWorld, [year])).map(r => [r[0], Number(r[1])]));
      let xw = 0; for (const v of world.values()) xw += v;
      const side = async (me, other) => {
        const ex = await run(pExpBy, [year, me]);
        const im = await run(pImpBy, [year, other]);
        const pr = await run(pPair, [year, me, other]);
        await run(pPartnerTot, [year, me]);
        let xi = 0; for (const r of ex) xi += Number(r[1]);
        const exMap = new Map(ex.map(r => [r[0], Number(r[1])]));
        const rcaVals = pr.map(r => (exMap.get(r[0]) / xi) / (world.get(r[0]) / xw));
        let mt = 0; for (const r of im) mt += Number(r[1]);
        const keys = new Set([...exMap.keys(), ...im.map(r => r[0])]);
        const imMap = new Map(im.map(r => [r[0], Number(r[1])]));
        let d = 0; for (const k of keys) d += Math.abs((imMap.get(k) || 0) / mt - (exMap.get(k) || 0) / xi);
        return { rcaVals, tc: 100 * (1 - d / 2) };
      };
      await side(a, b);
      await side(b, a);
    });
  }
  const rcaSql = `WITH ck AS (SELECT i, k, sum(v) AS x FROM f WHERE t = ${year} GROUP BY i, k),
      ci AS (SELECT i, sum(x) AS xi FROM ck GROUP BY i),
      wk AS (SELECT k, sum(x) AS xk FROM ck GROUP BY k),
      tot AS (SELECT sum(x) AS xw FROM ck)
    SELECT count(*), sum((ck.x / ci.xi) / (wk.xk / tot.xw)) FROM ck JOIN ci USING (i) JOIN wk USING (k), tot`;
  for (let i = 0; i < 3; i++) await timed(rca, () => c.runAndReadAll(rcaSql));

  const duck = { profile, partners, indicators, rca_all: rca };
  const dyad = {};
  if (dyadOut) {
    for (const line of fs.readFileSync(dyadOut, 'utf8').split('\n')) {
      if (line.startsWith('RESULT ')) { const r = JSON.parse(line.slice(7)); dyad[r.query] = r; }
    }
  }
  for (const [name, list] of Object.entries(duck)) {
    const p50 = pct(list, 0.5), p99 = pct(list, 0.99);
    let ratio = '';
    if (dyad[name]) ratio = `  DuckDB/dyad p50 ${(p50 / dyad[name].p50_ms).toFixed(1)}x, p99 ${(p99 / dyad[name].p99_ms).toFixed(1)}x`;
    console.log(`${name.padEnd(11)} duckdb p50 ${p50.toFixed(3).padStart(9)} ms  p99 ${p99.toFixed(3).padStart(9)} ms (${list.length} runs)${ratio}`);
  }
}

main().catch(e => { console.error(e); process.exit(1); });
