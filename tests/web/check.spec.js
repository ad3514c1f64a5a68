// The article-check page: the seed article pasted, checked, claims highlighted.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { open, shot } = require('./helpers');

const article = () => fs.readFileSync(path.join(process.env.DYAD_SHARED, 'seed/article.txt'), 'utf8');

test('a pasted article shows its claims highlighted in their verdicts colours', async ({ page }) => {
  const errors = await open(page, '#/check', 'check');
  await page.fill('#article-text', article());
  await page.fill('#article-date', '2024-08-22');
  await page.click('#check-button');

  await expect(page.locator('#check-summary')).toHaveText(
    '12 claims about KAZ–TJK, article date 2024-08-22 (option): 2 unverifiable, 1 consistent, 1 recorded, 8 supported');
  // Claims sharing a sentence share a mark: 12 claims in 8 sentences.
  const marks = page.locator('#article mark');
  await expect(marks).toHaveCount(8);
  await expect(page.locator('#article .chip')).toHaveCount(12);
  await expect(marks.first()).toHaveAttribute('data-verdict', 'supported');
  await expect(marks.first()).toContainText('have signed a historic agreement on allied relations.');
  const total = marks.filter({ hasText: '$1.13 billion' });
  await expect(total).toHaveAttribute('data-verdict', 'consistent');
  const colour = await total.evaluate((m) => getComputedStyle(m).backgroundColor);
  const supportedColour = await marks.first().evaluate((m) => getComputedStyle(m).backgroundColor);
  expect(colour).not.toEqual(supportedColour);

  // Clicking a claim shows its evidence and the rule.
  await total.click();
  const detail = page.locator('#claim-detail');
  await expect(detail.locator('article')).toHaveCount(2);
  await expect(detail).toContainText('Consistent: Statistics Agency under the President of the Republic of Tajikistan gives approx. $1,148.8 million');
  await expect(detail).toContainText('(rule: same rank and the named partners ranked above)');
  await expect(detail.locator('table').first()).toContainText('approx. $1,148.8 million');

  // The keyboard reaches a claim too.
  await marks.nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(detail).toContainText('Recorded: a target of $2 billion');
  await shot(page, 'check-seed-article');

  // Export as JSON: the server's answer, whole.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(exported.claims).toHaveLength(12);
  expect(exported.summary).toEqual({ consistent: 1, contradicted: 0, recorded: 1, supported: 8, unverifiable: 2 });

  // Export as Markdown: the CLI's rendering of the same check.
  const [md] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')]);
  expect(md.suggestedFilename()).toBe('check-2024-08-22.md');
  const markdown = fs.readFileSync(await md.path(), 'utf8');
  expect(markdown).toContain('| 6 | consistent | trade_total | KAZ-TJK trade 2023: $1.13 billion |');
  expect(markdown).toContain('12 claims: 8 supported, 1 consistent, 0 contradicted, 2 unverifiable, 1 recorded');
  expect(errors).toEqual([]);
});

test('claims of a Russian article are marked on exactly the bytes the server names', async ({ page }) => {
  const file = path.join(process.env.DYAD_SHARED, 'data/articles/ru/kaz-uzb-2018-03-sputnik.txt');
  const text = fs.readFileSync(file, 'utf8');
  const answer = await (await page.request.post(`${process.env.DYAD_URL}/api/v1/check?date=2018-03-15`,
    { data: text, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })).json();
  const spans = [...new Set(answer.claims.map((c) => c.span.join('-')))].map((s) => s.split('-').map(Number));
  expect(spans.length).toBeGreaterThan(1);
  const utf8 = Buffer.from(text, 'utf8');
  const expected = spans.sort((x, y) => x[0] - y[0]).map(([a, b]) => utf8.subarray(a, b).toString('utf8'));

  await open(page, '#/check', 'check');
  await page.fill('#article-text', text);
  await page.fill('#article-date', '2018-03-15');
  await page.click('#check-button');
  await expect(page.locator('#article .chip')).toHaveCount(answer.claims.length);
  expect(await page.locator('#article mark').evaluateAll((marks) => marks.map((m) => m.firstChild.textContent))).toEqual(expected);
  await shot(page, 'check-russian-article');
});

test('an empty article is refused before it is sent; an uploaded file fills it', async ({ page }) => {
  await open(page, '#/check', 'check');
  await page.click('#check-button');
  await expect(page.locator('#article-text:invalid')).toHaveCount(1);
  await expect(page.locator('#check-out')).toBeEmpty();
  await page.setInputFiles('#article-file', path.join(process.env.DYAD_SHARED, 'seed/article.txt'));
  await expect(page.locator('#article-text')).toHaveValue(article());
});
