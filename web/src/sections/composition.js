// What a pair trades: per direction, a treemap of HS sections and their chapters, when
// product-level data is loaded (otherwise the server's message says what to load).
import { get } from '../api.js';
import { escapeHtml, h } from '../dom.js';
import { millions, percent, usd } from '../format.js';
import { chartWithTable } from '../layout.js';
import { dataTable } from '../table.js';

// chapter code -> {section, name}, for the sections the pair trades in: each section's
// chapters come from the HS reference (GET hs?q=<section>).
async function sectionOfChapter(bySection) {
  const sections = new Map();
  for (const d of bySection.directions) for (const line of d.lines) sections.set(line.code, line.label);
  const map = new Map();
  await Promise.all([...sections].map(async ([code, name]) => {
    for (const chapter of await get('hs', { q: code })) map.set(chapter.chapter, { section: code, name });
  }));
  return map;
}

function tree(direction, sectionOf) {
  const bySection = new Map();
  for (const line of direction.lines) {
    const s = sectionOf.get(line.code) || { section: '?', name: 'unknown section' };
    if (!bySection.has(s.section)) bySection.set(s.section, { name: `${s.section} ${s.name}`, value: 0, children: [] });
    const node = bySection.get(s.section);
    node.value += line.value_usd;
    node.children.push({ name: `${line.code} ${line.label}`, value: line.value_usd, share: line.share });
  }
  return [...bySection.values()].sort((x, y) => y.value - x.value);
}

function directionBlock(answer, direction, sectionOf, sources) {
  const title = `${direction.exporter} → ${direction.importer}, ${answer.year}: ${usd(direction.total_usd)}`;
  const n = sources.add(answer.source, null);
  const option = {
    tooltip: { formatter: (p) => `${escapeHtml(p.name)}: ${usd(p.value)} (${percent(p.value / direction.total_usd)})<br>Source: ${escapeHtml(answer.source)}` },
    series: [{ type: 'treemap', name: title, roam: false, nodeClick: 'zoomToNode', leafDepth: 2,
      breadcrumb: { show: true, bottom: 0 }, top: 5, bottom: 30, left: 5, right: 5,
      upperLabel: { show: true, height: 18 }, levels: [{ itemStyle: { borderWidth: 2, gapWidth: 2 } }, { itemStyle: { gapWidth: 1 } }],
      data: tree(direction, sectionOf) }],
  };
  const table = dataTable({
    caption: `${title}, by HS chapter (USD million)`,
    columns: [{ label: 'Chapter' }, { label: 'Section' }, { label: 'USD million', numeric: true }, { label: 'Share', numeric: true }],
    rows: direction.lines.map((l) => {
      const title2 = `${answer.source} [${n}]`;
      return [`${l.code} ${l.label}`, sectionOf.get(l.code)?.section || '?', { text: millions(l.value_usd), title: title2 }, { text: percent(l.share), title: title2 }];
    }),
  });
  return h('div', { class: 'direction' }, h('h3', null, title),
    chartWithTable(option, table, `Treemap of ${title} by HS section and chapter; the table beside it has every figure.`, { tall: true }));
}

export async function compositionSection(a, b, sources) {
  const [answer, bySection] = await Promise.all([get('composition', { a: a.code, b: b.code, by: 'chapter' }),
    get('composition', { a: a.code, b: b.code, by: 'section' })]);
  const sectionOf = await sectionOfChapter(bySection);
  return [
    h('p', null, `By HS chapter, ${answer.year}, ${answer.source}.`),
    ...(answer.notes || []).map((note) => h('p', { class: 'note' }, note)),
    ...answer.directions.filter((d) => d.lines.length).map((d) => directionBlock(answer, d, sectionOf, sources)),
  ];
}
