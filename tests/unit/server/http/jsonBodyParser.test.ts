/**
 * A body's pieces skip secure-json-parse only when they cannot need it: no `__proto__`, no
 * `constructor`, no `\u` escape that could spell either, no byte-order mark.
 */
import { describe, expect, it } from 'vitest';
import { pieceParserFor, secureJsonParse } from '@/server/http/jsonBodyParser';

const body = (text: string) => Buffer.from(text, 'utf8');

describe('pieceParserFor', () => {
  it('plain JSON of Kazakh text and ordinary keys goes to JSON.parse', () => {
    expect(pieceParserFor(body('{"batches":[{"changes":[{"fields":{"note":"Оқушы кешікті"}}]}]}'))).toBe(JSON.parse);
  });

  it.each([
    ['a `__proto__` key', '{"a":{"__proto__":{"x":1}}}'],
    ['the word constructor anywhere', '{"a":"constructor"}'],
    ['a \\u escape', '{"a":"\\u005f"}'],
    ['an escaped backslash before a u', '{"a":"\\\\u"}'],
    ['a byte-order mark', '\ufeff{"a":1}'],
  ])('%s goes to secure-json-parse', (_name, text) => {
    expect(pieceParserFor(body(text))).toBe(secureJsonParse);
  });
});
