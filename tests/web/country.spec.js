// The country page: groups, partners ranked, and the world map.
const { test, expect } = require('@playwright/test');
const { open, shot, expectChartDrawn, tableRows } = require('./helpers');

test('country page ranks TJK partners and colours the world map', async ({ page }) => {
  const errors = await open(page, '#/country/TJK', 'country');
  await expect(page.locator('h1')).toHaveText('Tajikistan TJK · TJ · 762');
  await expect(page.locator('#groups li')).toHaveText([
    /^CIS member, from 1991-12-21/, /^CSTO member, from 1992-05-15/, /^SCO member, from 2001-06-15/,
    /^CA5 member, from 1991-12-26/, /^FSU member, from 1991-12-26/]);

  const partners = page.locator('#partners');
  await expectChartDrawn(partners);
  const rows = await tableRows(partners.locator('table'));
  expect(rows.slice(0, 2)).toEqual([
    ['1', 'Russia (RUS)', '1,714.7', '134.7', '1,580.0', '1-12'],
    ['2', 'Kazakhstan (KAZ)', 'approx. 1,148.8', '255.8', '893.0', '1-12']]);
  expect(rows[rows.length - 1]).toEqual(['not ranked', 'Turkmenistan (TKM)', expect.any(String), '—', '—', '1-11']);

  const map = page.locator('#map');
  await expectChartDrawn(map);
  expect(await tableRows(map.locator('table'))).toContainEqual(['Russia (RUS)', '1,714.7']);
  await shot(page, 'country-TJK');
  expect(errors).toEqual([]);
});
