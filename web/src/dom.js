// Small DOM helpers: elements are built with textContent, never from HTML strings, so
// text from the data (titles, article text) cannot inject markup.

// h('p', {class: 'x', title: 'y'}, 'text', child, ...) -> element. Attributes starting
// with "on" are listeners; null/undefined children and attributes are skipped.
export function h(tag, attrs, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'class') element.className = value;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

// A box that says what went wrong where the content would be.
export function errorBox(message) {
  return h('p', { class: 'error', role: 'status' }, message);
}

// Text for ECharts tooltips, which take HTML.
export function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

export function clear(element) {
  while (element.firstChild) element.firstChild.remove();
}
