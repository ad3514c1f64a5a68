// The sources cited on a page: every figure's source is added here once and listed at
// the end of the page, with its link when the data gives one.
import { h } from './dom.js';

export class SourceList {
  constructor() {
    this.items = new Map();
    this.urlOf = new Map(); // source text -> its URL, for citations that give no URL
    this.element = h('ol', { class: 'sources', id: 'sources' });
  }

  // Adds a source (the core's source text) and its URL; returns its number (1-based).
  // One entry per URL: the same publication cited twice (in two wordings, or once
  // without its URL) is listed once, under the wording cited first.
  add(text, url) {
    if (!text) return null;
    const key = url || this.urlOf.get(text) || text;
    if (url) this.urlOf.set(text, url);
    if (!this.items.has(key)) {
      this.items.set(key, this.items.size + 1);
      this.element.append(h('li', null, text, url ? [' — ', h('a', { href: url, rel: 'noreferrer', target: '_blank' }, url)] : null));
    }
    return this.items.get(key);
  }
}
