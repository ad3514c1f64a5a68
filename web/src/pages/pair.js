// The pair page (#/pair/A/B): headline, trade per source, directions and balance,
// composition, each side's partners, the timeline, targets, and the sources cited.
import { get } from '../api.js';
import { h } from '../dom.js';
import { qualifierWords, splitSource, usd, usdWords } from '../format.js';
import { fill, section } from '../layout.js';
import { compositionSection } from '../sections/composition.js';
import { partnersSection } from '../sections/partners.js';
import { targetsSection } from '../sections/targets.js';
import { timelineSection } from '../sections/timeline.js';
import { balanceChart, tradeBySourceChart } from '../sections/trade.js';
import { SourceList } from '../sources.js';

// Every figure of the profile's series: the chosen one per year and the others.
export function allYears(trade) {
  return (trade.years || []).flatMap((year) => [year, ...(year.other_sources || [])]);
}

// The latest full-year total of each source, newest first.
function latestPerSource(trade) {
  const latest = new Map();
  for (const row of allYears(trade)) {
    if (!row.full_year || row.total_usd === null) continue;
    const { dataset, label } = splitSource(row.source);
    const key = `${dataset}\u0000${label}`;
    if (!latest.has(key) || latest.get(key).year < row.year) latest.set(key, { ...row, label });
  }
  return [...latest.values()].sort((x, y) => y.year - x.year);
}

function headline(profile, names, sources) {
  const rows = latestPerSource(profile.trade || {});
  if (rows.length === 0) return h('p', { class: 'headline' }, `No full-year trade figure of ${names} is loaded.`);
  return h('div', { class: 'headline', id: 'headline' },
    h('p', null, `Total trade of ${names}, the latest full year of each source:`),
    h('ul', null, rows.map((row) => {
      const n = sources.add(row.source, row.url);
      return h('li', { title: row.source },
        h('strong', null, `${row.year}: ${usd(row.total_usd)}`), `, ${row.label} `,
        h('span', { class: 'words' }, `(${[qualifierWords(row.qualifier), usdWords(row.total_usd)].filter(Boolean).join(' ')})`),
        h('sup', null, h('a', { href: '#sources', onclick: jumpToSources }, `[${n}]`)));
    })));
}

function jumpToSources(event) {
  event.preventDefault();
  document.getElementById('sources')?.scrollIntoView();
}

export async function renderPair(main, a, b, stale) {
  const [ca, cb] = await Promise.all([get('country', { q: a }), get('country', { q: b })]);
  if (stale()) return;
  if (ca.code !== a || cb.code !== b) {
    location.replace(`#/pair/${ca.code}/${cb.code}`);
    return;
  }
  const names = `${ca.name} and ${cb.name}`;
  document.title = `${ca.name} – ${cb.name} · dyad`;
  const sources = new SourceList();
  const top = h('div', { class: 'headline-slot' }, h('p', { class: 'loading' }, 'Loading…'));
  const trade = section('Trade by year, per source', 'trade');
  const balance = section(`Both directions and the balance, seen from ${ca.name}`, 'balance');
  const composition = section('What they trade', 'composition');
  const partnersA = section(`${ca.name}'s partners`, 'partners-a');
  const partnersB = section(`${cb.name}'s partners`, 'partners-b');
  const timeline = section('Agreements, targets and trade over time', 'timeline');
  const targets = section('Declared targets', 'targets');
  const cited = h('section', { class: 'block', 'aria-labelledby': 'sources-title' }, h('h2', { id: 'sources-title' }, 'Sources'), sources.element);
  main.append(
    h('h1', null, `${ca.name} – ${cb.name}`, h('span', { class: 'codes' }, ` ${ca.code}–${cb.code}`)),
    h('p', { class: 'crumbs' }, h('a', { href: `#/country/${ca.code}` }, ca.name), ' · ', h('a', { href: `#/country/${cb.code}` }, cb.name)),
    top, trade.element, balance.element, composition.element,
    h('div', { class: 'two' }, partnersA.element, partnersB.element),
    timeline.element, targets.element, cited);

  // The profile's figures are cited first, so the list is numbered by year whatever
  // order the sections arrive in.
  const profile = get('profile', { a: ca.code, b: cb.code });
  await profile.then((p) => allYears(p.trade || {}).forEach((row) => sources.add(row.source, row.url)), () => null);
  await Promise.all([
    profile.then((p) => top.replaceChildren(headline(p, names, sources)), (e) => top.replaceChildren(h('p', { class: 'error' }, e.message))),
    fill(trade, async () => tradeBySourceChart(await get('trade', { a: ca.code, b: cb.code }), ca, cb, sources)),
    fill(balance, async () => balanceChart(await profile, ca, cb, sources)),
    fill(composition, () => compositionSection(ca, cb, sources)),
    fill(partnersA, () => partnersSection(ca, cb.code, sources)),
    fill(partnersB, () => partnersSection(cb, ca.code, sources)),
    fill(timeline, async () => timelineSection(await get('timeline', { a: ca.code, b: cb.code }), sources)),
    fill(targets, async () => targetsSection(await get('target', { a: ca.code, b: cb.code }), sources)),
  ]);
}
