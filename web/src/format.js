// Number and source formatting for the page. Figures are shown as the CLI shows them
// ("$1,148.8 million"); the qualifier a source published with a figure is kept.

const kNumber = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const kInteger = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

// "$1,148.8 million", "$52,300", "—" for a missing figure.
export function usd(value) {
  if (value === null || value === undefined) return '—';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${sign}$${kNumber.format(abs / 1e6)} million`;
  return `${sign}$${kInteger.format(abs)}`;
}

// Millions with one decimal, for table cells and axes: "1,148.8".
export function millions(value) {
  return value === null || value === undefined ? '—' : kNumber.format(value / 1e6);
}

const kQualifiers = { approx: 'approx.', more_than: 'more than', less_than: 'less than' };

// "approx. $1,148.8 million"; an unknown qualifier is shown as written.
export function qualifiedUsd(value, qualifier) {
  return qualifier ? `${qualifierWords(qualifier)} ${usd(value)}` : usd(value);
}

// "approx. 1,148.8": a figure in millions with its qualifier, for table cells.
export function qualifiedMillions(value, qualifier) {
  return value !== null && value !== undefined && qualifier ? `${qualifierWords(qualifier)} ${millions(value)}` : millions(value);
}

// "approx" -> "approx."; an unknown qualifier is shown as written.
export function qualifierWords(qualifier) {
  return qualifier ? kQualifiers[qualifier] || qualifier.replace(/_/g, ' ') : '';
}

// "1.15 billion US dollars", "838 million US dollars": the figure in words.
export function usdWords(value) {
  if (value === null || value === undefined) return '';
  const abs = Math.abs(value);
  const sign = value < 0 ? 'minus ' : '';
  const three = (x) => Number(x.toPrecision(3)).toLocaleString('en-US');
  if (abs >= 1e9) return `${sign}${three(abs / 1e9)} billion US dollars`;
  if (abs >= 1e6) return `${sign}${three(abs / 1e6)} million US dollars`;
  return `${sign}${kInteger.format(abs)} US dollars`;
}

// 0.0811 -> "8.1%"; null -> "—".
export function percent(fraction, digits = 1) {
  if (fraction === null || fraction === undefined) return '—';
  return `${(fraction * 100).toFixed(digits)}%`;
}

// Splits a source as the core writes it, "official: TJK national statistics (Statistics
// Agency ..., published 2024-01-23), months 1-11 only", into its dataset, its short
// label ("TJK national statistics") and the rest.
export function splitSource(source) {
  const text = source || '';
  const colon = text.indexOf(': ');
  const dataset = colon > 0 ? text.slice(0, colon) : '';
  const rest = colon > 0 ? text.slice(colon + 2) : text;
  const paren = rest.indexOf(' (');
  const label = paren > 0 ? rest.slice(0, paren) : rest;
  return { dataset, label, full: text };
}

// "1-12" is a full year; anything else is a part of one.
export function isFullYear(months) {
  return !months || months === '1-12';
}
