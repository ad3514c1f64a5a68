// The composition treemap, on a store with product-level data: a synthetic BACI-format
// file (labelled synthetic everywhere) imported into a data directory of its own, served
// by a second `dyad serve`.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { bin, freshDataDir, startServe } = require('./serve');
const { expectChartDrawn, shot, tableRows } = require('./helpers');

let data;
let server;

test.beforeAll(async () => {
  data = freshDataDir();
  const csv = path.join(data, 'synthetic.csv');
  execFileSync(bin, ['--data', data, '-q', 'synth', '--rows', '20000', '--years', '2021-2022', '--out', csv]);
  execFileSync(bin, ['--data', data, '-q', 'import', 'baci', csv]);
  server = await startServe(data);
});

test.afterAll(async () => {
  await server?.stop();
  fs.rmSync(data, { recursive: true, force: true });
});

test('the pair page draws a treemap by HS section and chapter when product data exists', async ({ page }) => {
  const answer = await (await page.request.get(`${server.url}/api/v1/composition?a=BEL&b=TON&by=chapter`)).json();
  const first = answer.directions[0];
  expect(first.lines.length).toBeGreaterThan(3);

  await page.goto(`${server.url}/#/pair/BEL/TON`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'pair');
  const composition = page.locator('#composition');
  await expect(composition).toContainText('synthetic data: not real trade');
  const blocks = composition.locator('.direction');
  await expect(blocks).toHaveCount(answer.directions.filter((d) => d.lines.length).length);
  await expect(blocks.first().locator('h3')).toHaveText(
    `${first.exporter} → ${first.importer}, ${answer.year}: $${(first.total_usd / 1e6).toFixed(1)} million`);
  await expectChartDrawn(blocks.first());
  const rows = await tableRows(blocks.first().locator('table'));
  expect(rows).toHaveLength(first.lines.length);
  expect(rows[0][0]).toBe(`${first.lines[0].code} ${first.lines[0].label}`);
  expect(rows.every((r) => /^[IVXL]+$/.test(r[1]))).toBe(true); // every chapter under its HS section
  expect(rows[0][2]).toBe((first.lines[0].value_usd / 1e6).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  expect(rows[0][3]).toBe(`${(first.lines[0].share * 100).toFixed(1)}%`);
  await shot(page, 'pair-BEL-TON-synthetic-composition');
});
