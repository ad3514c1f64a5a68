// Unit tests of placing claims in an article (web/src/sections/article.js): spans are
// UTF-8 byte offsets, the page indexes UTF-16, so non-ASCII text is the case to get right.
import assert from 'node:assert/strict';
import test from 'node:test';
import { groupClaims } from '../../../web/src/sections/article.js';

const bytes = (text, piece) => {
  const start = Buffer.byteLength(text.slice(0, text.indexOf(piece)));
  return [start, start + Buffer.byteLength(piece)];
};
const claim = (text, piece, verdict) => ({ span: bytes(text, piece), verdict });
const placed = (text, groups) => groups.map((g) => [text.slice(g.start, g.end), g.verdict, g.claims.length]);

test('byte spans land on the right characters of Cyrillic text and emoji', () => {
  const text = 'Товарооборот вырос на 10%. 🙂 Trade reached $1.13 billion. Казахстан — второй партнёр.';
  const claims = [claim(text, 'Trade reached $1.13 billion.', 'consistent'), claim(text, 'Казахстан — второй партнёр.', 'supported'),
    claim(text, 'Товарооборот вырос на 10%.', 'contradicted')];
  const { groups, dropped } = groupClaims(text, claims);
  assert.equal(dropped, 0);
  assert.deepEqual(placed(text, groups), [
    ['Товарооборот вырос на 10%.', 'contradicted', 1],
    ['Trade reached $1.13 billion.', 'consistent', 1],
    ['Казахстан — второй партнёр.', 'supported', 1]]);
});

test('claims of one sentence share a mark coloured by the gravest verdict', () => {
  const text = 'A. Kazakhstan is second, with $1.13 billion. B.';
  const sentence = 'Kazakhstan is second, with $1.13 billion.';
  const { groups } = groupClaims(text, [claim(text, sentence, 'supported'), claim(text, sentence, 'consistent'),
    claim(text, 'second, with', 'unverifiable')]);
  assert.deepEqual(placed(text, groups), [[sentence, 'unverifiable', 3]]);
});

test('a span inside a multi-byte character or past the end is dropped, not misplaced', () => {
  const text = 'Ж и Ж';
  const { groups, dropped } = groupClaims(text, [{ span: [1, 3], verdict: 'supported' }, { span: [0, 99], verdict: 'supported' },
    { span: [0, 2], verdict: 'recorded' }]);
  assert.equal(dropped, 2);
  assert.deepEqual(placed(text, groups), [['Ж', 'recorded', 1]]);
});
