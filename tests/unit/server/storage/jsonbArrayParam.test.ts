/**
 * The row-by-row JSON encoding of a jsonb array parameter (jsonbArrayParam.ts): the same
 * JSON as `JSON.stringify` of the whole array, whatever the text, with jsonb's version byte
 * before it in the binary form.
 */
import { describe, expect, it } from 'vitest';
import { JsonbArrayParam } from '@/server/storage/jsonbArrayParam';

describe('JsonbArrayParam', () => {
  const cases: Array<[string, unknown[]]> = [
    ['no rows', []],
    ['one row', [{ t: 'lessons', i: 'a' }]],
    ['Kazakh, emoji and astral characters', [{ d: { title: 'Қазақ тілі 📚' } }, { d: { note: '𝄞 ŋ é' } }, 'plain']],
    ['quotes, backslashes, control characters and lone surrogates', [{ s: 'a "b" \\ c\n\t\u0001' }, { s: '\ud800 and \udfff' }]],
    ['nothing but three-byte characters (the buffer bound at its tightest)', ['€'.repeat(1000), { k: '\u0800\uffff'.repeat(50) }]],
    ['nested values, numbers, flags and nulls', [[1, 2.5, -3e-7], { a: null, b: true, c: { d: [] } }, null, 0]],
  ];

  it.each(cases)('%s: the same JSON as the whole array stringified', (_name, rows) => {
    const param = JsonbArrayParam.of(rows);
    expect(param.text()).toBe(JSON.stringify(rows));
    expect(param.jsonbBinary[0]).toBe(1);
    expect(param.jsonbBinary.subarray(1).toString('utf8')).toBe(JSON.stringify(rows));
    expect(JSON.parse(param.text())).toEqual(JSON.parse(JSON.stringify(rows)));
  });

  it('refuses an item with no JSON form instead of writing a broken array', () => {
    expect(() => JsonbArrayParam.of([{ a: 1 }, undefined])).toThrow(TypeError);
    expect(() => JsonbArrayParam.of([() => 1])).toThrow(TypeError);
  });

  it('1,000 rows of mixed scripts encode exactly', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ i, note: i % 3 ? `оқушы ${i}` : `pupil ${i} ✓`, n: i / 7 }));
    expect(JsonbArrayParam.of(rows).text()).toBe(JSON.stringify(rows));
  });
});
