// An article with its claims highlighted: each claim's span (UTF-8 byte offsets into
// the text the server checked) becomes a <mark> in its verdict's colour. Claims that
// share a sentence share one mark, coloured by the gravest of their verdicts.
import { h } from '../dom.js';

// Gravest first: a contradicted claim in a sentence must not hide behind a supported one.
export const kVerdicts = ['contradicted', 'unverifiable', 'consistent', 'recorded', 'supported'];

const rank = (verdict) => {
  const i = kVerdicts.indexOf(verdict);
  return i < 0 ? kVerdicts.length : i;
};

export const verdictClass = (verdict) => `v-${String(verdict).replace(/\s+/g, '-')}`;

function utf8Length(codePoint) {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

// byte offset -> UTF-16 index into `text`, for every code point boundary.
function byteToIndex(text) {
  const map = new Map();
  let bytes = 0;
  let index = 0;
  for (const ch of text) {
    map.set(bytes, index);
    bytes += utf8Length(ch.codePointAt(0));
    index += ch.length;
  }
  map.set(bytes, index);
  return map;
}

// Claims grouped by span, sorted, overlapping spans merged; spans that do not fall on
// character boundaries of `text` are dropped (and counted).
export function groupClaims(text, claims) {
  const index = byteToIndex(text);
  const groups = [];
  let dropped = 0;
  const spans = claims.map((claim, i) => ({ claim, i, start: index.get(claim.span?.[0]), end: index.get(claim.span?.[1]) }));
  for (const s of spans.sort((x, y) => x.start - y.start || x.end - y.end)) {
    if (s.start === undefined || s.end === undefined || s.end <= s.start) {
      dropped++;
      continue;
    }
    const last = groups[groups.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.claims.push(s);
    } else {
      groups.push({ start: s.start, end: s.end, claims: [s] });
    }
  }
  for (const g of groups) g.verdict = g.claims.map((s) => s.claim.verdict).sort((x, y) => rank(x) - rank(y))[0];
  return { groups, dropped };
}

// The article (its line breaks kept) with marks; onSelect(group, mark) is called on
// click or Enter.
export function highlightedArticle(text, groups, onSelect) {
  const root = h('div', { class: 'article', id: 'article' });
  const addText = (piece) => piece && root.append(piece);
  let at = 0;
  for (const g of groups) {
    addText(text.slice(at, g.start));
    const verdicts = g.claims.map((s) => s.claim.verdict);
    const mark = h('mark', { class: verdictClass(g.verdict), tabindex: '0', role: 'button', 'data-verdict': g.verdict,
      'aria-label': `claim${verdicts.length > 1 ? 's' : ''} ${g.claims.map((s) => s.i + 1).join(', ')}: ${verdicts.join(', ')}` },
    text.slice(g.start, g.end),
    g.claims.map((s) => h('span', { class: `chip ${verdictClass(s.claim.verdict)}`, 'aria-hidden': 'true' }, String(s.i + 1))));
    const select = () => onSelect(g, mark);
    mark.addEventListener('click', select);
    mark.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        select();
      }
    });
    root.append(mark);
    at = g.end;
  }
  addText(text.slice(at));
  return root;
}
