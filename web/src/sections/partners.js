// A country's partners as ranked bars, with its groups (CIS, EAEU, ...) as a filter.
import { get } from '../api.js';
import { disposeAll, kPalette } from '../charts.js';
import { countries, currentGroups } from '../countries.js';
import { errorBox, escapeHtml, h } from '../dom.js';
import { millions, qualifiedUsd, qualifiedMillions } from '../format.js';
import { chartWithTable } from '../layout.js';
import { dataTable } from '../table.js';

const kTop = 20;

function partnerRows(answer) {
  return (answer.partners || []).slice(0, kTop);
}

function partnersChart(answer, names, highlight, info, sources) {
  const rows = partnerRows(answer);
  if (rows.length === 0) return h('p', null, `No partner of ${info.code} has a figure for ${answer.year}.`);
  const label = (r) => `${r.rank ? `${r.rank}. ` : ''}${names.get(r.partner)?.name || r.partner}`;
  const bars = [...rows].reverse();
  const option = {
    tooltip: { trigger: 'item', formatter: (p) => {
      const r = p.data.row;
      return `${escapeHtml(label(r))}: ${qualifiedUsd(r.total_usd, r.qualifier)}${r.months !== '1-12' ? ` (months ${r.months})` : ''}<br>Source: ${escapeHtml(r.source)}${r.note ? `<br>${escapeHtml(r.note)}` : ''}`;
    } },
    grid: { left: 130, right: 60, top: 10, bottom: 30 },
    xAxis: { type: 'value', name: 'USD million', nameLocation: 'middle', nameGap: 22 },
    yAxis: { type: 'category', data: bars.map(label), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [{ type: 'bar', data: bars.map((r) => ({ value: r.total_usd / 1e6, row: r,
      itemStyle: { color: r.partner === highlight ? kPalette[1] : r.rank ? kPalette[0] : '#9aa7b4' } })),
      label: { show: true, position: 'right', formatter: (p) => millions(p.data.row.total_usd) } }],
  };
  const table = dataTable({
    id: `partners-${info.code}-table`,
    caption: `${info.name}'s partners in ${answer.year}${answer.group ? ` among ${answer.group} members` : ''}, ${answer.flow}, USD million`,
    columns: [{ label: 'Rank' }, { label: 'Partner' }, { label: 'Total', numeric: true }, { label: 'Exports', numeric: true },
      { label: 'Imports', numeric: true }, { label: 'Months' }],
    rows: rows.map((r) => {
      const n = sources.add(r.source, r.url);
      const cell = (v, q) => ({ text: qualifiedMillions(v, q), title: `${r.source}${r.note ? `; ${r.note}` : ''} [${n}]` });
      return [r.rank ? String(r.rank) : 'not ranked', `${names.get(r.partner)?.name || r.partner} (${r.partner})`,
        cell(r.total_usd, r.qualifier), cell(r.exports_usd), cell(r.imports_usd), r.months];
    }),
  });
  return [
    chartWithTable(option, table, `Bar chart of ${info.name}'s partners ranked by trade in ${answer.year}; the table beside it has every figure.`, { tall: rows.length > 10 }),
    answer.notes?.length ? h('ul', { class: 'notes' }, answer.notes.map((note) => h('li', null, note))) : null,
  ];
}

// info: the country's /api/v1/country answer; highlight: a partner code to colour apart.
// Returns a filter form and the ranking, redrawn when the group changes.
export async function partnersSection(info, highlight, sources) {
  const groups = currentGroups(info);
  const id = `group-${info.code}`;
  const select = h('select', { id, name: 'group' }, h('option', { value: '' }, 'all partners'),
    groups.map((g) => h('option', { value: g }, `${g} members`)));
  const result = h('div', { class: 'partners-result' });
  const load = async () => {
    result.setAttribute('aria-busy', 'true');
    try {
      const answer = await get('partners', { country: info.code, group: select.value });
      const names = await countries(partnerRows(answer).map((r) => r.partner));
      disposeAll(result);
      result.replaceChildren(...[].concat(partnersChart(answer, names, highlight, info, sources)).filter(Boolean));
    } catch (error) {
      result.replaceChildren(errorBox(error.message));
    }
    result.removeAttribute('aria-busy');
  };
  select.addEventListener('change', load);
  await load();
  return [h('form', { class: 'filters', onsubmit: (e) => e.preventDefault() }, h('label', { for: id }, 'Partners: '), select), result];
}
