// Shared steps of the browser tests.
const fs = require('node:fs');
const path = require('node:path');
const { expect } = require('@playwright/test');

const shots = path.resolve(__dirname, '../../build/web-screenshots');

// Opens a dashboard route and waits until the page says it is drawn. Returns the list
// of script errors and failed loads seen so far (and later): an API answer of 400 is
// a message the page shows, but a missing page file or a server error is a failure.
async function open(page, route, ready) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.stack || e.message));
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  page.on('response', (r) => {
    const api = new URL(r.url()).pathname.startsWith('/api/');
    if (r.status() >= 500 || (!api && r.status() >= 400)) errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
  await page.goto(`${process.env.DYAD_URL}/${route}`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', ready);
  return errors;
}

// Saves a screenshot (the full page unless told otherwise) under
// build/web-screenshots/<name>.png.
async function shot(page, name, { fullPage = true } = {}) {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });
}

// The chart inside `container` is drawn: a canvas of real size with painted pixels of
// more than two colours (a blank or single-colour canvas fails). ECharts paints on an
// animation frame after the canvas appears, so this polls.
async function expectChartDrawn(container) {
  const canvas = container.locator('.chart canvas').first();
  await expect(canvas).toBeVisible();
  const painted = () => canvas.evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < data.length && seen.size < 50; i += 4 * 97) {
      if (data[i + 3] > 0) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    }
    return { wide: c.width > 100 && c.height > 100, colours: seen.size };
  });
  await expect.poll(painted).toEqual({ wide: true, colours: expect.any(Number) });
  await expect.poll(async () => (await painted()).colours).toBeGreaterThan(2);
}

// The rows of a data table as arrays of cell texts.
async function tableRows(table) {
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.cells].map((c) => c.textContent.replace(/\s+/g, ' ').trim())));
}

module.exports = { open, shot, expectChartDrawn, tableRows };
