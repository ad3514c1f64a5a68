// Trade of a pair by year: one line per source (dataset and reporting side) with the
// part-year figures marked, and both directions with the balance.
import { kPalette } from '../charts.js';
import { escapeHtml, h } from '../dom.js';
import { isFullYear, millions, qualifiedUsd, qualifiedMillions, usd } from '../format.js';
import { chartWithTable } from '../layout.js';
import { dataTable } from '../table.js';

// A series is a dataset as one side reports it, or as reconciled (BACI: no reporter).
const seriesKey = (row) => `${row.dataset} · ${row.reporter || row.basis}`;

function rowSource(row) {
  const published = row.published ? `, published ${row.published}` : '';
  return `${row.dataset}: ${row.source} (${row.reporter ? `${row.reporter} reporting` : row.basis}${published})`;
}

function tooltip(row, a, b) {
  const lines = [
    `<b>${row.year}${isFullYear(row.months) ? '' : `, months ${row.months}`}</b>: ${qualifiedUsd(row.total_usd, row.qualifier)}`,
    row.a_to_b_usd !== null ? `${a.code} → ${b.code}: ${usd(row.a_to_b_usd)}` : null,
    row.b_to_a_usd !== null ? `${b.code} → ${a.code}: ${usd(row.b_to_a_usd)}` : null,
    `Source: ${rowSource(row)}`,
  ];
  return lines.filter(Boolean).map(escapeHtml).join('<br>').replace(/&lt;(\/?)b&gt;/g, '<$1b>');
}

function yearAxis(years) {
  return { type: 'value', min: Math.min(...years) - 0.5, max: Math.max(...years) + 0.5, interval: 1,
    axisLabel: { formatter: (v) => (Number.isInteger(v) ? String(v) : '') } };
}

const kMillionsAxis = { type: 'value', name: 'USD million', axisLabel: { formatter: (v) => v.toLocaleString('en-US') } };

export function tradeBySourceChart(trade, a, b, sources) {
  const rows = trade.series || [];
  if (rows.length === 0) return h('p', null, `No trade figure of ${a.code} and ${b.code} is loaded.`);
  const keys = [...new Set(rows.map(seriesKey))];
  const series = [];
  keys.forEach((key, i) => {
    const mine = rows.filter((r) => seriesKey(r) === key);
    const point = (r) => ({ value: [r.year, r.total_usd / 1e6], row: r });
    series.push({ type: 'line', name: key, color: kPalette[i % kPalette.length], symbolSize: 8,
      data: mine.filter((r) => isFullYear(r.months)).map(point) });
    const partial = mine.filter((r) => !isFullYear(r.months));
    if (partial.length) {
      series.push({ type: 'scatter', name: `${key}, part of a year`, color: kPalette[i % kPalette.length],
        symbol: 'emptyCircle', symbolSize: 11, data: partial.map(point),
        label: { show: true, position: 'right', formatter: (p) => `months ${p.data.row.months}` } });
    }
  });
  const option = {
    tooltip: { trigger: 'item', formatter: (p) => tooltip(p.data.row, a, b) },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 60, right: 90, top: 40, bottom: 30 },
    xAxis: yearAxis(rows.map((r) => r.year)),
    yAxis: kMillionsAxis,
    series,
  };
  const sorted = [...rows].sort((x, y) => x.year - y.year || seriesKey(x).localeCompare(seriesKey(y)));
  const table = dataTable({
    id: 'trade-table',
    caption: `Trade of ${a.code} and ${b.code} by year and source, USD million`,
    columns: [{ label: 'Year' }, { label: 'Source' }, { label: 'Months' }, { label: 'Total', numeric: true },
      { label: `${a.code} → ${b.code}`, numeric: true }, { label: `${b.code} → ${a.code}`, numeric: true }],
    rows: sorted.map((r) => {
      const title = rowSource(r);
      const n = sources.add(title, r.source_url);
      const figure = (v, q) => ({ text: qualifiedMillions(v, q), title: `${title} [${n}]` });
      return [String(r.year), seriesKey(r), isFullYear(r.months) ? 'full year' : r.months,
        figure(r.total_usd, r.qualifier), figure(r.a_to_b_usd), figure(r.b_to_a_usd)];
    }),
  });
  return chartWithTable(option, table, `Line chart of the trade of ${a.name} and ${b.name} by year, one line per source; the table beside it has every figure.`);
}

export function balanceChart(profile, a, b, sources) {
  const years = ((profile.trade || {}).years || []).filter((y) => y.exports_usd !== null || y.imports_usd !== null);
  if (years.length === 0) return h('p', null, `No source gives the directions of ${a.code}–${b.code} trade.`);
  const label = (y) => (y.full_year ? String(y.year) : `${y.year} (${y.months})`);
  const value = (v, y) => ({ value: v === null ? null : v / 1e6, row: y });
  const option = {
    tooltip: { trigger: 'item', formatter: (p) => `${escapeHtml(p.seriesName)}, ${escapeHtml(label(p.data.row))}: ${usd(p.data.value === null ? null : p.data.value * 1e6)}<br>Source: ${escapeHtml(p.data.row.source)}` },
    legend: { top: 0 },
    grid: { left: 60, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: years.map(label) },
    yAxis: kMillionsAxis,
    series: [
      { type: 'bar', name: `${a.code} exports to ${b.code}`, color: kPalette[0], data: years.map((y) => value(y.exports_usd, y)) },
      { type: 'bar', name: `${a.code} imports from ${b.code}`, color: kPalette[1], data: years.map((y) => value(y.imports_usd, y)) },
      { type: 'line', name: `balance of ${a.code}`, color: kPalette[2], symbolSize: 8, data: years.map((y) => value(y.balance_usd, y)) },
    ],
  };
  const table = dataTable({
    id: 'balance-table',
    caption: `${a.code}'s trade with ${b.code}: exports, imports and balance, USD million`,
    columns: [{ label: 'Year' }, { label: `Exports to ${b.code}`, numeric: true }, { label: `Imports from ${b.code}`, numeric: true },
      { label: 'Balance', numeric: true }, { label: 'Source' }],
    rows: years.map((y) => {
      const n = sources.add(y.source, y.url);
      const cell = (v) => ({ text: millions(v), title: `${y.source} [${n}]` });
      return [label(y), cell(y.exports_usd), cell(y.imports_usd), cell(y.balance_usd), { text: `[${n}]`, title: y.source }];
    }),
  });
  return chartWithTable(option, table, `Bar chart of ${a.name}'s exports to and imports from ${b.name} by year, with the balance as a line; the table beside it has every figure.`);
}
