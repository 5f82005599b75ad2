/**
 * `isSafeText` answers with the engine's `isWellFormed` and a search for NUL; the pattern it
 * replaced is kept as `isSafeTextByPattern` (for engines without `isWellFormed`) and is the
 * reference here: both must refuse exactly the same text, NUL and lone surrogates anywhere.
 */
import { describe, expect, it } from 'vitest';
import { isSafeText, isSafeTextByPattern, jsonProblem, JsonProblem } from '@/sync/jsonSafety';
import { seededRandom } from '../../support/seededRandom';

const HIGH = '\ud83d';
const LOW = '\ude00';
const UNITS = ['a', 'Қ', 'ә', ' ', '\u0000', HIGH, LOW, `${HIGH}${LOW}`, '\ufffd', '\u0001', '"', '\\'];

describe('isSafeText', () => {
  it('refuses NUL and lone surrogates wherever they stand, and keeps pairs and Kazakh text', () => {
    for (const text of ['', 'Оқушы кешікті', `смайлик ${HIGH}${LOW}`, 'a\u0001b']) expect(isSafeText(text), text).toBe(true);
    for (const text of ['\u0000', `a\u0000`, HIGH, LOW, `${LOW}${HIGH}`, `x${HIGH}`, `${LOW}x`, `${HIGH}${HIGH}${LOW}`, `${HIGH}${LOW}${LOW}`])
      expect(isSafeText(text), JSON.stringify(text)).toBe(false);
  });

  it('answers as the pattern does on 20,000 seeded strings', () => {
    const random = seededRandom(20261205);
    let refused = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: random.int(12) }, () => random.pick(UNITS)).join('');
      const expected = isSafeTextByPattern(text);
      expect(isSafeText(text), JSON.stringify(text)).toBe(expected);
      if (!expected) refused++;
    }
    // Both answers were exercised.
    expect(refused).toBeGreaterThan(2_000);
    expect(refused).toBeLessThan(18_000);
  });

  it('jsonProblem finds unsafe text in keys and values at any depth', () => {
    expect(jsonProblem({ a: [{ b: 'ok' }] })).toBeUndefined();
    expect(jsonProblem({ a: [{ b: `x${LOW}` }] })).toBe(JsonProblem.unsafeText);
    expect(jsonProblem({ a: [{ [`k\u0000`]: 1 }] })).toBe(JsonProblem.unsafeText);
  });
});
