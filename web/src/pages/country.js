// The country page (#/country/C): its groups, its partners ranked, and a world map
// coloured by its trade with each partner.
import { get } from '../api.js';
import { country, countries } from '../countries.js';
import { h } from '../dom.js';
import { fill, section } from '../layout.js';
import { partnersSection } from '../sections/partners.js';
import { worldSection } from '../sections/world.js';
import { SourceList } from '../sources.js';

function groupsList(info) {
  const groups = info.groups || [];
  if (!groups.length) return h('p', null, `${info.name} belongs to no group dyad knows.`);
  return h('ul', { class: 'groups', id: 'groups' }, groups.map((g) => h('li', null,
    h('strong', null, g.group), ` ${g.kind}, from ${g.from}${g.until ? ` until ${g.until}` : ''}`, g.note ? ` (${g.note})` : '')));
}

export async function renderCountry(main, code, stale) {
  const info = await country(code);
  if (stale()) return;
  if (info.code !== code) {
    location.replace(`#/country/${info.code}`);
    return;
  }
  document.title = `${info.name} · dyad`;
  const sources = new SourceList();
  const partners = section(`${info.name}'s trade partners`, 'partners');
  const map = section(`${info.name}'s trade around the world`, 'map');
  main.append(
    h('h1', null, info.name, h('span', { class: 'codes' }, ` ${info.code} · ${info.alpha2} · ${info.numeric}`)),
    info.formal_name ? h('p', { class: 'crumbs' }, info.formal_name) : null,
    h('section', { class: 'block', 'aria-labelledby': 'groups-title' }, h('h2', { id: 'groups-title' }, `Groups, as of ${info.groups_on}`), groupsList(info)),
    partners.element, map.element,
    h('section', { class: 'block', 'aria-labelledby': 'sources-title' }, h('h2', { id: 'sources-title' }, 'Sources'), sources.element));
  await Promise.all([
    fill(partners, () => partnersSection(info, null, sources)),
    fill(map, async () => {
      const answer = await get('partners', { country: info.code });
      const names = await countries((answer.partners || []).map((r) => r.partner));
      return worldSection(info, answer, names, sources);
    }),
  ]);
}
