// Unit tests of the dashboard's formatting (web/src/format.js), run by `node --test`.
import assert from 'node:assert/strict';
import test from 'node:test';
import { millions, percent, qualifiedMillions, qualifiedUsd, splitSource, usd, usdWords } from '../../../web/src/format.js';

test('usd writes millions with one decimal and smaller figures whole', () => {
  assert.equal(usd(1148800000), '$1,148.8 million');
  assert.equal(usd(-637200000), '-$637.2 million');
  assert.equal(usd(52300), '$52,300');
  assert.equal(usd(null), '—');
});

test('qualifiers are kept in words', () => {
  assert.equal(qualifiedUsd(1148800000, 'approx'), 'approx. $1,148.8 million');
  assert.equal(qualifiedUsd(500000000, 'more_than'), 'more than $500.0 million');
  assert.equal(qualifiedUsd(1, 'at_least'), 'at least $1');
  assert.equal(qualifiedMillions(1000000000, 'more_than'), 'more than 1,000.0');
  assert.equal(qualifiedMillions(null, 'approx'), '—');
  assert.equal(millions(255800000), '255.8');
});

test('usdWords gives three significant digits', () => {
  assert.equal(usdWords(1148800000), '1.15 billion US dollars');
  assert.equal(usdWords(1400000000), '1.4 billion US dollars');
  assert.equal(usdWords(838000000), '838 million US dollars');
  assert.equal(usdWords(-12345678), 'minus 12.3 million US dollars');
});

test('percent', () => {
  assert.equal(percent(0.20298955410382158), '20.3%');
  assert.equal(percent(-0.0644), '-6.4%');
  assert.equal(percent(null), '—');
});

test('splitSource separates dataset, label and detail', () => {
  assert.deepEqual(
    splitSource('official: TJK national statistics (Statistics Agency under the President of the Republic of Tajikistan, published 2024-01-23)'),
    { dataset: 'official', label: 'TJK national statistics',
      full: 'official: TJK national statistics (Statistics Agency under the President of the Republic of Tajikistan, published 2024-01-23)' });
  assert.deepEqual(splitSource('synthetic (synthetic, reconciled)'),
    { dataset: '', label: 'synthetic', full: 'synthetic (synthetic, reconciled)' });
});
