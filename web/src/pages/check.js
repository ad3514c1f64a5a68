// The article-check page (#/check): paste or upload an article, set its date, and see
// each claim highlighted in its verdict's colour; a claim shows its evidence and rule.
import { postText } from '../api.js';
import { errorBox, h } from '../dom.js';
import { qualifiedUsd } from '../format.js';
import { groupClaims, highlightedArticle, kVerdicts, verdictClass } from '../sections/article.js';
import { dataTable } from '../table.js';

function download(name, type, text) {
  const link = h('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function evidenceTable(claim, n) {
  if (!claim.evidence?.length) return h('p', { class: 'note' }, 'No evidence: nothing in the data or the registry bears on this claim.');
  return dataTable({
    caption: `Evidence for claim ${n}`,
    columns: [{ label: 'What' }, { label: 'Figure', numeric: true }, { label: 'Year' }, { label: 'Source' }, { label: 'Note' }],
    rows: claim.evidence.map((e) => [
      e.what || '',
      e.value_usd !== null && e.value_usd !== undefined ? qualifiedUsd(e.value_usd, e.qualifier) : '—',
      [e.year ?? '', e.months && e.months !== '1-12' ? ` (${e.months})` : ''].join(''),
      sourceCell(e),
      [e.title, e.note, e.diff_pct !== null && e.diff_pct !== undefined ? `claim ${e.diff_pct > 0 ? '+' : ''}${e.diff_pct.toFixed(1)}%` : null]
        .filter(Boolean).join('; '),
    ]),
  });
}

// "official · TJK" or "registry #1", linked to the publication when there is one; the
// publisher's name is in the title.
function sourceCell(e) {
  const text = [e.dataset, e.reporter, e.registry_id ? `#${e.registry_id}` : null].filter(Boolean).join(' · ');
  const title = [e.source, e.published ? `published ${e.published}` : null].filter(Boolean).join(', ');
  return { node: e.url ? h('a', { href: e.url, rel: 'noreferrer', target: '_blank', title }, text) : text, title };
}

function claimDetail(s) {
  const c = s.claim;
  return h('article', { class: 'claim', id: `claim-${s.i + 1}` },
    h('h3', null, h('span', { class: `verdict ${verdictClass(c.verdict)}` }, c.verdict), ` Claim ${s.i + 1}: ${c.kind.replace(/_/g, ' ')}`),
    h('blockquote', null, c.text),
    h('p', { class: 'explanation' }, c.explanation),
    evidenceTable(c, s.i + 1));
}

function summary(result) {
  const counts = result.summary || {};
  return h('p', { class: 'summary', id: 'check-summary' },
    `${result.claims.length} claim${result.claims.length === 1 ? '' : 's'}`,
    result.pair?.length ? ` about ${result.pair.join('–')}` : '',
    `, article date ${result.date || 'unknown'}${result.date_source ? ` (${result.date_source})` : ''}: `,
    kVerdicts.filter((v) => counts[v]).map((v, i) => [i ? ', ' : '', h('span', { class: `verdict ${verdictClass(v)}` }, `${counts[v]} ${v}`)]));
}

function showResult(out, text, date, result) {
  const { groups, dropped } = groupClaims(text, result.claims || []);
  const detail = h('div', { class: 'claim-detail', id: 'claim-detail', 'aria-live': 'polite', tabindex: '-1' },
    h('p', { class: 'note' }, 'Select a highlighted claim to see its evidence and the rule applied.'));
  let current = null;
  const select = (group, mark) => {
    current?.classList.remove('selected');
    current = mark;
    mark.classList.add('selected');
    detail.replaceChildren(...group.claims.map(claimDetail));
  };
  const exportJson = () => download(`check-${date || 'article'}.json`, 'application/json', `${JSON.stringify(result, null, 2)}\n`);
  const exportMd = async (event) => {
    try {
      const md = await postText('check', { date, format: 'md' }, text);
      download(`check-${date || 'article'}.md`, 'text/markdown', typeof md === 'string' ? md : JSON.stringify(md));
    } catch (error) {
      event.target.after(errorBox(`Markdown export: ${error.message}`));
    }
  };
  const nodes = [
    summary(result),
    ...(result.warnings || []).map((w) => h('p', { class: 'note' }, typeof w === 'string' ? w : JSON.stringify(w))),
    dropped ? h('p', { class: 'note' }, `${dropped} claim(s) could not be placed in the text.`) : null,
    h('div', { class: 'exports' },
      h('button', { type: 'button', id: 'export-json', onclick: exportJson }, 'Export JSON'),
      h('button', { type: 'button', id: 'export-md', onclick: exportMd }, 'Export Markdown')),
    h('div', { class: 'check-result' }, highlightedArticle(text, groups, select), detail)];
  out.replaceChildren(...nodes.filter(Boolean));
}

export function renderCheck(main) {
  document.title = 'Check an article · dyad';
  const article = h('textarea', { id: 'article-text', name: 'article', rows: '12', required: true, placeholder: 'Paste the article here' });
  const file = h('input', { id: 'article-file', type: 'file', accept: '.txt,.md,text/plain' });
  const date = h('input', { id: 'article-date', type: 'date', name: 'date' });
  const out = h('div', { id: 'check-out' });
  file.addEventListener('change', async () => {
    if (file.files[0]) article.value = await file.files[0].text();
  });
  const submit = async (event) => {
    event.preventDefault();
    const text = article.value;
    if (!text.trim()) {
      out.replaceChildren(errorBox('Paste or upload an article first.'));
      return;
    }
    out.replaceChildren(h('p', { class: 'loading' }, 'Checking…'));
    try {
      const result = await postText('check', { date: date.value }, text);
      showResult(out, text, date.value, result);
    } catch (error) {
      out.replaceChildren(errorBox(error.message));
    }
  };
  main.append(
    h('h1', null, 'Check an article'),
    h('form', { class: 'check-form', id: 'check-form', onsubmit: submit },
      h('label', { for: 'article-text' }, 'Article text'), article,
      h('div', { class: 'row' },
        h('label', null, 'or upload a text file ', file),
        h('label', null, 'Article date ', date),
        h('button', { type: 'submit', id: 'check-button' }, 'Check'))),
    out);
}
