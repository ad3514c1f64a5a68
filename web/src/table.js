// Data tables shown beside each chart: real <table>s with a caption and header cells
// (read by screen readers), each figure's source in its title, and a button that
// copies the table as tab-separated text.
import { h } from './dom.js';

// A cell is a string/number, or {text, title, numeric, html: Node}.
function cell(tag, value, numeric) {
  const spec = value !== null && typeof value === 'object' && !(value instanceof Node) ? value : { text: value };
  const attrs = { title: spec.title, class: spec.numeric ?? numeric ? 'num' : null };
  if (tag === 'th') attrs.scope = 'row';
  return h(tag, attrs, spec.node ?? (spec.text ?? '—'));
}

function tsv(table) {
  return [...table.rows]
    .map((row) => [...row.cells].map((c) => c.textContent.replace(/\s+/g, ' ').trim()).join('\t'))
    .join('\n');
}

async function copy(table, button) {
  const text = tsv(table);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = h('textarea', { class: 'offscreen' }, text);
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  button.textContent = 'Copied';
  setTimeout(() => (button.textContent = 'Copy table'), 1500);
}

// columns: [{label, numeric}]; rows: arrays of cells, the first cell is the row header.
export function dataTable({ caption, columns, rows, id }) {
  const table = h(
    'table',
    { class: 'data', id },
    h('caption', null, caption),
    h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.label)))),
    h('tbody', null, rows.map((row) => h('tr', null, row.map((v, i) => cell(i === 0 ? 'th' : 'td', v, columns[i]?.numeric))))),
  );
  const button = h('button', { type: 'button', class: 'copy', onclick: () => copy(table, button) }, 'Copy table');
  return h('div', { class: 'table-wrap' }, button, h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': caption }, table));
}
