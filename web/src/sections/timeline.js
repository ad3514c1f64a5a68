// The pair's agreements, targets, areas and trade figures on one time axis.
import { kPalette } from '../charts.js';
import { escapeHtml, h } from '../dom.js';
import { chartWithTable } from '../layout.js';
import { dataTable } from '../table.js';

const kLanes = ['Trade figures', 'Agreements', 'Targets', 'Areas'];

function lane(event) {
  if (event.event.startsWith('trade')) return 'Trade figures';
  if (event.event.includes('target')) return 'Targets';
  if (event.event.includes('areas')) return 'Areas';
  return 'Agreements';
}

// "2023" -> the middle of 2023; "2024-08" -> the middle of August; full dates as given.
function when(date) {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return Date.UTC(y, 6, 1);
  return Date.UTC(y, m - 1, d || 15);
}

export function timelineSection(events, sources) {
  if (!events.length) return h('p', null, 'Nothing is recorded for this pair.');
  const option = {
    tooltip: { trigger: 'item', formatter: (p) => {
      const e = p.data.event;
      return `<b>${escapeHtml(e.date)}</b> ${escapeHtml(e.event)}<br>${escapeHtml(e.detail)}<br>Source: ${escapeHtml(e.source)}`;
    } },
    grid: { left: 110, right: 30, top: 10, bottom: 30 },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: kLanes, inverse: true },
    series: kLanes.map((name, i) => ({
      type: 'scatter', name, color: kPalette[i], symbolSize: name === 'Trade figures' ? 9 : 14,
      symbol: name === 'Trade figures' ? 'circle' : 'diamond',
      data: events.filter((e) => lane(e) === name).map((e) => ({ value: [when(e.date), name], event: e })),
    })),
  };
  const table = dataTable({
    id: 'timeline-table',
    caption: 'Events of the pair in date order',
    columns: [{ label: 'Date' }, { label: 'Event' }, { label: 'Detail' }, { label: 'Source' }],
    rows: events.map((e) => [e.date, e.event, e.detail, `[${sources.add(e.source, null)}]`]),
  });
  return chartWithTable(option, table, 'Timeline of the agreements, targets, areas and trade figures of the pair; the table beside it lists every event.');
}
