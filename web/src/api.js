// The only place that talks to the server: GET and POST under /api/v1/.
// Errors come back as {"error": "..."} with the CLI's exact message; they are thrown
// as ApiError so that each page can show the message where the figure would be.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

const kBase = '/api/v1/';

function url(endpoint, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return kBase + endpoint + (text ? `?${text}` : '');
}

async function answer(response) {
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    const message = body && body.error ? body.error : `HTTP ${response.status}: ${text.slice(0, 200)}`;
    throw new ApiError(message, response.status);
  }
  return body === null ? text : body;
}

const cache = new Map();

// GET /api/v1/<endpoint>?params; answers are cached for the life of the page.
export function get(endpoint, params) {
  const target = url(endpoint, params);
  if (!cache.has(target)) {
    const pending = fetch(target, { headers: { Accept: 'application/json' } }).then(answer);
    pending.catch(() => cache.delete(target));
    cache.set(target, pending);
  }
  return cache.get(target);
}

// POST text/plain to /api/v1/<endpoint>?params; returns the JSON answer, or the text
// when the answer is not JSON (e.g. format=md).
export async function postText(endpoint, params, body) {
  const response = await fetch(url(endpoint, params), {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body,
  });
  return answer(response);
}
