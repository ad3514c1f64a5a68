// The dashboard: hash routes, one page each.
//   #/pair/A/B      the pair page       #/country/C   the country page
//   #/check         the article-check page (default: the seed pair)
import { get } from './api.js';
import { disposeAll } from './charts.js';
import { clear, errorBox, h } from './dom.js';
import { renderCheck } from './pages/check.js';
import { renderCountry } from './pages/country.js';
import { renderPair } from './pages/pair.js';

const main = document.getElementById('main');

function parseRoute(hash) {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'pair' && parts.length === 3) return { page: 'pair', a: parts[1], b: parts[2] };
  if (parts[0] === 'country' && parts.length === 2) return { page: 'country', c: parts[1] };
  if (parts[0] === 'check') return { page: 'check' };
  if (parts.length === 0) return { page: 'home' };
  return { page: 'unknown', hash };
}

function renderHome(root) {
  root.append(
    h('h1', null, 'dyad'),
    h('p', null, 'The relationship between two countries: the goods they trade, the agreements they sign, the targets they declare, and the claims news makes about them.'),
    h('ul', { class: 'links' },
      h('li', null, h('a', { href: '#/pair/KAZ/TJK' }, 'Kazakhstan and Tajikistan')),
      h('li', null, h('a', { href: '#/country/TJK' }, 'Tajikistan and its partners')),
      h('li', null, h('a', { href: '#/check' }, 'Check a news article'))),
  );
}

let generation = 0;

async function route() {
  const current = ++generation;
  const target = parseRoute(location.hash);
  disposeAll();
  clear(main);
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === target.page) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const stale = () => current !== generation;
  try {
    if (target.page === 'pair') await renderPair(main, target.a, target.b, stale);
    else if (target.page === 'country') await renderCountry(main, target.c, stale);
    else if (target.page === 'check') await renderCheck(main);
    else if (target.page === 'home') renderHome(main);
    else main.append(h('h1', null, 'Not found'), errorBox(`no page ${target.hash}`));
  } catch (error) {
    if (!stale()) main.append(errorBox(error.message));
  }
  if (!stale()) document.body.dataset.ready = target.page;
}

// Country names for the inputs, from the server's country list (when it has one).
async function loadSuggestions() {
  try {
    const list = await get('countries');
    if (!Array.isArray(list)) return;
    const datalist = document.getElementById('country-names');
    for (const country of list) datalist.append(h('option', { value: country.code }, country.name));
  } catch {
    // No list: the inputs still take codes and names, the server resolves them.
  }
}

document.getElementById('goto').addEventListener('submit', (event) => {
  event.preventDefault();
  const a = document.getElementById('goto-a').value.trim();
  const b = document.getElementById('goto-b').value.trim();
  if (!a) return;
  location.hash = b ? `#/pair/${encodeURIComponent(a)}/${encodeURIComponent(b)}` : `#/country/${encodeURIComponent(a)}`;
});

window.addEventListener('hashchange', route);
loadSuggestions();
route();
