// Page building blocks: a titled section, and a chart with its data table beside it.
import { draw } from './charts.js';
import { errorBox, h } from './dom.js';

// <section> with a heading; `body` is where its content goes.
export function section(title, id) {
  const body = h('div', { class: 'section-body' }, h('p', { class: 'loading' }, 'Loading…'));
  const element = h('section', { class: 'block', id, 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, title), body);
  return { element, body };
}

// Fills a section's body from an async producer; its error message replaces the content.
export async function fill(target, produce) {
  try {
    const nodes = await produce();
    target.body.replaceChildren(...[].concat(nodes).filter(Boolean));
  } catch (error) {
    target.body.replaceChildren(errorBox(error.message));
  }
}

// A chart (drawn once it is in the page) beside its data table. `label` describes the
// chart for screen readers, who read the table instead.
export function chartWithTable(option, table, label, { tall = false } = {}) {
  const chart = h('div', { class: tall ? 'chart tall' : 'chart', role: 'img', 'aria-label': label });
  const block = h('div', { class: 'chart-and-table' }, chart, table);
  requestAnimationFrame(() => {
    if (chart.isConnected) draw(chart, option);
  });
  return block;
}
