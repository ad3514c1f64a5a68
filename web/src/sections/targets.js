// Declared targets of a pair: the target, its verdict, the required growth to reach it,
// and the series with the core's projection.
import { kPalette } from '../charts.js';
import { escapeHtml, h } from '../dom.js';
import { percent, qualifiedUsd, usd } from '../format.js';
import { chartWithTable } from '../layout.js';
import { dataTable } from '../table.js';

function targetChart(t) {
  const points = (t.projection?.points || []).map((p) => ({ value: [p.year, p.total_usd / 1e6], source: p.source }));
  const g = t.projection?.annual_growth;
  const series = [{ type: 'line', name: 'full-year figures', color: kPalette[0], symbolSize: 8, data: points }];
  if (g !== undefined && g !== null && t.projected_at_verdict_year && points.length) {
    // The core's log-linear trend, drawn through its projection for the verdict year.
    const years = [];
    for (let y = points[0].value[0]; y <= t.verdict_year; y++) years.push(y);
    series.push({ type: 'line', name: `trend, ${percent(g)} a year`, color: kPalette[5], symbol: 'none', lineStyle: { type: 'dashed' },
      data: years.map((y) => ({ value: [y, t.projected_at_verdict_year * (1 + g) ** (y - t.verdict_year) / 1e6] })) });
  }
  if (t.baseline) {
    for (const [i, r] of (t.required_cagr || []).entries()) {
      series.push({ type: 'line', name: `required by ${r.by_year}: ${percent(r.cagr)} a year`, color: kPalette[(i + 1) % kPalette.length],
        symbolSize: 5, lineStyle: { type: 'dotted' },
        data: [{ value: [t.baseline.year, t.baseline.total_usd / 1e6] }, { value: [r.by_year, t.target.value / 1e6] }] });
    }
  }
  series[0].markLine = { symbol: 'none', label: { position: 'insideStartTop', formatter: `target ${usd(t.target.value)}` }, lineStyle: { color: kPalette[4] },
    data: [{ yAxis: t.target.value / 1e6 }] };
  return {
    tooltip: { trigger: 'item', formatter: (p) => `${escapeHtml(p.seriesName)}<br>${p.value[0]}: ${usd(p.value[1] * 1e6)}${p.data.source ? `<br>Source: ${escapeHtml(p.data.source)}` : ''}` },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 60, right: 30, top: 50, bottom: 30 },
    xAxis: { type: 'value', min: 'dataMin', max: 'dataMax', interval: 1, axisLabel: { formatter: String } },
    yAxis: { type: 'value', name: 'USD million' },
    series,
  };
}

function targetBlock(t, sources) {
  const target = t.target;
  const by = target.target_year ? `by ${target.target_year}` : 'with no target year';
  // The registry's sources of the target: each publication cited once, its quotes shown.
  const cited = (target.sources || []).map((src) => sources.add(
    [src.title, src.file, src.published ? `published ${src.published}` : null].filter(Boolean).join(', '), src.url || null));
  const marks = [...new Set(cited)].map((n) => `[${n}]`).join('');
  const latest = t.latest;
  const latestN = latest ? sources.add(latest.source, latest.url) : null;
  const table = dataTable({
    caption: `Growth required to reach ${usd(target.value)} from the ${t.baseline?.year ?? ''} baseline`,
    columns: [{ label: 'Reached by' }, { label: 'Years', numeric: true }, { label: 'Growth a year', numeric: true }],
    rows: (t.required_cagr || []).map((r) => [String(r.by_year), String(r.years), { text: percent(r.cagr), title: `from ${t.baseline.source}` }]),
  });
  return h('div', { class: 'target' },
    h('p', { class: 'target-line' },
      h('strong', null, `${usd(target.value)} of ${t.metric}`), ` ${by}, stated ${target.stated_on}${target.stated_by ? ` by ${target.stated_by}` : ''} `,
      marks ? h('sup', null, marks) : null, '. ',
      h('span', { class: `verdict v-${t.verdict.replace(/\s+/g, '-')}` }, t.verdict), t.verdict_year ? ` (judged for ${t.verdict_year})` : ''),
    (target.sources || []).some((src) => src.quote)
      ? h('ul', { class: 'quotes' }, target.sources.filter((src) => src.quote).map((src) => h('li', null, h('q', null, src.quote), ` — ${src.title}`)))
      : null,
    latest ? h('p', null, `Latest full year: ${latest.year}, ${qualifiedUsd(latest.total_usd, latest.qualifier)} `, h('sup', null, `[${latestN}]`),
      t.margin !== null && t.margin !== undefined ? `; the trend's ${t.verdict_year} projection is ${percent(t.margin)} from the target.` : '.') : null,
    chartWithTable(targetChart(t), table, `Chart of the full-year figures, the trend and the growth paths required to reach the target of ${usd(target.value)}; the table beside it gives the required growth.`),
    t.assumptions?.length ? h('details', null, h('summary', null, 'Assumptions'), h('ul', null, t.assumptions.map((a) => h('li', null, a)))) : null);
}

export function targetsSection(answer, sources) {
  const targets = answer.targets || [];
  if (!targets.length) return h('p', null, 'No target is recorded for this pair.');
  return targets.map((t) => targetBlock(t, sources));
}
