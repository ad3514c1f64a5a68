// The pair page against the built-in data (official national statistics only).
const { test, expect } = require('@playwright/test');
const { open, shot, expectChartDrawn, tableRows } = require('./helpers');

test('pair page shows the sourced figures of KAZ and TJK and draws its charts', async ({ page }) => {
  const errors = await open(page, '#/pair/KAZ/TJK', 'pair');
  await expect(page.locator('h1')).toHaveText('Kazakhstan – Tajikistan KAZ–TJK');

  // Headline: the latest full year of each source, in figures and in words.
  const headline = page.locator('#headline li');
  await expect(headline).toHaveCount(2);
  await expect(headline.nth(0)).toContainText('2023: $1,148.8 million, TJK national statistics (approx. 1.15 billion US dollars)');
  await expect(headline.nth(1)).toContainText('2022: $1,400.0 million, KAZ national statistics (approx. 1.4 billion US dollars)');

  // Trade per source: the chart and its table, part years marked.
  const trade = page.locator('#trade');
  await expectChartDrawn(trade);
  const rows = await tableRows(trade.locator('table'));
  expect(rows).toContainEqual(['2023', 'official · TJK', 'full year', 'approx. 1,148.8', '893.0', '255.8']);
  expect(rows).toContainEqual(['2023', 'official · TJK', '1-11', 'more than 1,000.0', '—', '—']);
  expect(rows).toContainEqual(['2024', 'official · TJK', '1-4', '441.6', '—', '—']);
  expect(rows).toHaveLength(8);
  await expect(trade.locator('td[title*="Statistics Agency under the President of the Republic of Tajikistan"]').first()).toBeVisible();

  // Both directions and the balance, seen from KAZ.
  const balance = page.locator('#balance');
  await expectChartDrawn(balance);
  expect(await tableRows(balance.locator('table'))).toContainEqual(
    ['2023', '893.0', '255.8', '637.2', expect.stringMatching(/^\[\d+\]$/)]);

  // No product data is built in: the server's message says what to load.
  await expect(page.locator('#composition .error')).toHaveText('product data is not loaded (load BACI with `dyad import baci` for composition)');

  // TJK's partners, and the group filter.
  const partnersB = page.locator('#partners-b');
  await expectChartDrawn(partnersB);
  expect(await tableRows(partnersB.locator('table'))).toContainEqual(['2', 'Kazakhstan (KAZ)', 'approx. 1,148.8', '255.8', '893.0', '1-12']);
  await partnersB.locator('select').selectOption('CSTO');
  await expect(partnersB.locator('caption')).toContainText('among CSTO members');
  await expect(partnersB.locator('tbody tr')).toHaveCount(5);
  const partnersA = page.locator('#partners-a');
  expect(await tableRows(partnersA.locator('table'))).toEqual([['1', 'Tajikistan (TJK)', 'approx. 1,400.0', '877.6', '501.4', '1-12']]);
  await expect(partnersA.locator('.notes')).toContainText('ranked among the 1 partners whose 2022 figures KAZ published');

  // Timeline and the target with the required growth.
  await expectChartDrawn(page.locator('#timeline'));
  await expect(page.locator('#timeline table')).toContainText('Treaty on Allied Relations between the Republic of Kazakhstan and the Republic of Tajikistan');
  const targets = page.locator('#targets');
  await expect(targets.locator('.verdict')).toHaveText('off track');
  await expect(targets.locator('.target-line')).toContainText('$2,000.0 million of total trade of KAZ and TJK with no target year, stated 2024-08-22');
  await expect(targets.locator('.target-line sup')).toHaveText(/^\[\d+\]$/);
  await expect(targets.locator('.quotes li').first()).toHaveText(
    'He highlighted the progress made in trade relations, noting the goal of increasing mutual trade to $2 billion. — Kazakhstan and Tajikistan sign treaty on allied relations');
  await expect(page.locator('#sources')).toContainText('Kazakhstan and Tajikistan sign treaty on allied relations, seed/article.txt, published 2024-08-22');
  expect(await tableRows(targets.locator('table'))).toEqual([
    ['2026', '3', '20.3%'], ['2028', '5', '11.7%'], ['2030', '7', '8.2%'], ['2033', '10', '5.7%']]);
  await expectChartDrawn(targets);

  // Sources cited, with their links.
  await expect(page.locator('#sources a[href="https://tass.com/economy/1736063"]')).toHaveCount(1);
  await shot(page, 'pair-KAZ-TJK');
  expect(errors).toEqual([]);
});

test('pair page fits a phone and opens from names typed in the form', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '#/', 'home');
  // The inputs suggest every country the server knows, by code and name.
  await expect(page.locator('#country-names option[value="TJK"]')).toHaveText('Tajikistan');
  expect(await page.locator('#country-names option').count()).toBeGreaterThan(200);
  await page.fill('#goto-a', 'Kazakhstan');
  await page.fill('#goto-b', 'Tajikistan');
  await page.press('#goto-b', 'Enter');
  await expect(page).toHaveURL(/#\/pair\/KAZ\/TJK$/);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'pair');
  await expect(page.locator('#headline li').first()).toContainText('2023: $1,148.8 million');
  await expectChartDrawn(page.locator('#trade'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, 'pair-KAZ-TJK-phone');
  await shot(page, 'pair-KAZ-TJK-phone-top', { fullPage: false });
});
