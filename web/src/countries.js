// Country facts from /api/v1/country (names, ISO numeric codes, groups), cached.
import { get } from './api.js';

export function country(code) {
  return get('country', { q: code });
}

// code -> {code, name, numeric} for every code; a code the server does not know keeps
// its code as its name.
export async function countries(codes) {
  const answers = await Promise.all(codes.map((code) => country(code).catch(() => ({ code, name: code, numeric: null }))));
  return new Map(answers.map((c, i) => [codes[i], c]));
}

// The groups a country belongs to today (as the server says: groups_on).
export function currentGroups(info) {
  return (info.groups || []).filter((g) => g.kind === 'member' && !g.until).map((g) => g.group);
}
