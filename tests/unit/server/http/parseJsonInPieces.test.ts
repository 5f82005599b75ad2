/**
 * parseJsonInPieces must answer exactly as secure-json-parse of the whole text does (the
 * value with its key order, or a refusal), whatever the bytes: JSON written with odd
 * spacing, duplicate keys, `__proto__` and `constructor` keys, strings full of brackets,
 * quotes and backslashes, invalid UTF-8, cut or corrupted bodies, deep nesting. Pieces are
 * made tiny so the outer walk covers most of each document.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FELL_BACK, parseJsonInPieces, walkInPieces } from '@/server/http/parseJsonInPieces';
import { secureJsonParse } from '@/server/http/jsonBodyParser';
import { seededRandom, type SeededRandom } from '../../../support/seededRandom';

type Outcome = { ok: true; value: unknown; json: string } | { ok: false };

function outcome(parse: () => unknown): Outcome {
  try {
    const value = parse();
    return { ok: true, value, json: JSON.stringify(value) ?? 'undefined' };
  } catch {
    return { ok: false };
  }
}

function expectSameAnswer(bytes: Buffer, pieceBytes: number): void {
  const whole = outcome(() => secureJsonParse(bytes.toString('utf8')));
  const pieces = outcome(() => parseJsonInPieces(bytes, secureJsonParse, pieceBytes));
  const shown = `pieceBytes ${pieceBytes}: ${bytes.toString('utf8').slice(0, 300)}`;
  expect(pieces.ok, shown).toBe(whole.ok);
  if (whole.ok && pieces.ok) {
    expect(pieces.json, shown).toBe(whole.json);
    // node's own deep equality: vitest's compares `.constructor`, which a parsed key may own.
    expect(isDeepStrictEqual(pieces.value, whole.value), shown).toBe(true);
  }
}

const TRICKY = ['"', '\\', '\\"', '{', '}', '[', ']', ',', ':', ' ', '\n', 'Қазақ', 'оқушы', '📚', '𝄞', 'é', '\u0000', '\u2028', 'a', '0'];
const KEYS = ['id', 'fields', 'clocks', 'a', 'a', '1', '10', '', '__proto__', 'constructor', 'prototype', 'Сынып', '{"x":1}'];

/** A JSON text written by hand: any spacing, escapes spelled several ways, keys repeated. */
function writeValue(r: SeededRandom, depth: number, out: string[]): void {
  const space = () => (r.chance(0.15) ? r.pick([' ', '\n', '\t', '\r\n', '  ']) : '');
  const kind = depth > 6 ? r.int(4) : r.int(7);
  out.push(space());
  if (kind === 0) out.push(r.pick(['0', '-1', '2.5', '1e3', '-0', '3E-2', '123456789012345678901234567890', 'true', 'false', 'null']));
  else if (kind === 1 || kind === 2) out.push(writeString(r));
  else if (kind === 3) out.push(r.pick(['[]', '{}', '[ ]', '{\n}']));
  else if (kind === 4 || kind === 5) {
    out.push('[');
    const n = r.int(r.chance(0.2) ? 40 : 6);
    for (let i = 0; i < n; i++) {
      if (i > 0) out.push(space(), ',');
      writeValue(r, depth + 1, out);
    }
    out.push(space(), ']');
  } else {
    out.push('{');
    const n = r.int(8);
    for (let i = 0; i < n; i++) {
      if (i > 0) out.push(space(), ',');
      out.push(space(), JSON.stringify(r.pick(KEYS)), space(), ':');
      writeValue(r, depth + 1, out);
    }
    out.push(space(), '}');
  }
  out.push(space());
}

function writeString(r: SeededRandom): string {
  let text = '';
  for (let i = r.int(12); i > 0; i--) text += r.pick(TRICKY);
  if (r.chance(0.7)) return JSON.stringify(text);
  // Escapes spelled out: \uXXXX for some characters, \/ for a slash.
  let spelled = '"';
  for (const ch of JSON.stringify(text).slice(1, -1))
    spelled += r.chance(0.2) && ch !== '\\' ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch;
  return spelled + (r.chance(0.1) ? '\\/' : '') + '"';
}

function document(r: SeededRandom): Buffer {
  const out: string[] = [];
  writeValue(r, 0, out);
  return Buffer.from(out.join(''), 'utf8');
}

function corrupted(r: SeededRandom, bytes: Buffer): Buffer {
  const at = r.int(bytes.length + 1);
  switch (r.int(5)) {
    case 0:
      return bytes.subarray(0, at); // cut
    case 1:
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]); // a byte lost
    case 2:
      return Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from([r.pick([0x22, 0x5c, 0x7b, 0x7d, 0x5b, 0x5d, 0x2c, 0x3a, 0x20])]),
        bytes.subarray(at),
      ]);
    case 3:
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([r.pick([0xff, 0x80, 0xc3, 0xe2, 0xf0, 0xed])]), bytes.subarray(at)]); // invalid UTF-8
    default:
      return Buffer.concat([bytes, Buffer.from(r.pick([' ', ',', '}', '[1]', '\n\n']))]); // something after the end
  }
}

describe('parseJsonInPieces', () => {
  it('answers as the whole text parsed does, for 3,000 seeded documents and as many corrupted ones', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const r = seededRandom(seed);
      const bytes = document(r);
      const pieceBytes = r.pick([1, 2, 8, 32, 256]);
      expectSameAnswer(bytes, pieceBytes);
      expectSameAnswer(corrupted(r, bytes), pieceBytes);
    }
  });

  it('walks every valid document in pieces itself, without falling back to the whole parse', () => {
    let walked = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const r = seededRandom(seed);
      const bytes = document(r);
      const text = bytes.toString('utf8');
      // Keys the walk leaves to the whole parse, and what the whole parse refuses.
      if (text.includes('"__proto__"') || text.includes('"constructor"') || !outcome(() => secureJsonParse(text)).ok) continue;
      const value = walkInPieces(bytes, secureJsonParse, 1);
      expect(value, text.slice(0, 300)).not.toBe(FELL_BACK);
      expect(JSON.stringify(value)).toBe(JSON.stringify(secureJsonParse(text)));
      walked++;
    }
    expect(walked).toBeGreaterThan(500);
  });

  it('refuses __proto__ and constructor.prototype in the outer structure and inside pieces, as the whole parse does', () => {
    const hostile = [
      '{"__proto__":{"admin":true},"changes":[]}',
      '{"batches":[{"changes":[{"__proto__":{"x":1}}]}]}',
      '{"constructor":{"prototype":{"x":1}},"a":[1,2,3]}',
      '{"batches":[{"constructor":{"prototype":{}}}],"pad":"' + 'x'.repeat(200) + '"}',
      '{"\\u005f_proto__":{"admin":true},"b":[[[[1]]]]}',
    ];
    for (const text of hostile) {
      for (const pieceBytes of [1, 16, 1024]) {
        expectSameAnswer(Buffer.from(text), pieceBytes);
        expect(() => parseJsonInPieces(Buffer.from(text), secureJsonParse, pieceBytes)).toThrow();
      }
    }
  });

  it('reads a school-day-sized body of sync changes with Kazakh text as one parse does', () => {
    const changes = Array.from({ length: 1200 }, (_, i) => ({
      t: 'quizAnswers',
      i: `answer-${i}`,
      f: { text: `Жауап ${i}: «Абай» 📚`, points: i % 5, note: i % 7 ? null : 'тексерілді \\ "ok"' },
      c: '2026-10-05T08:00:00.000Z-0001-4fa6aff4f3d84afc',
    }));
    const body = {
      protocol: 2,
      deviceId: 'laptop-1',
      batches: [{ changes: changes.slice(0, 300) }, { token: 't', changes: changes.slice(300) }],
      pull: true,
    };
    const bytes = Buffer.from(JSON.stringify(body));
    expect(bytes.length).toBeGreaterThan(100_000);
    expect(parseJsonInPieces(bytes, secureJsonParse)).toStrictEqual(body);
    expectSameAnswer(bytes, 16 * 1024);
  });

  it('a body of a million empty containers parses as the whole text does, and the next body still parses', () => {
    const many = Buffer.from('[' + Array.from({ length: 1_000_000 }, () => '[]').join(',') + ']');
    expectSameAnswer(many, 16 * 1024);
    expectSameAnswer(Buffer.from(JSON.stringify({ a: Array.from({ length: 3000 }, (_, i) => ({ i })) })), 1024);
  });

  it('answers as the whole parse for a byte-order mark, deep nesting and a string that never ends', () => {
    const deep = '['.repeat(50_000) + '1' + ']'.repeat(50_000);
    for (const bytes of [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":[1,2]}')]),
      Buffer.from(deep),
      Buffer.from('{"a":"' + 'y'.repeat(100)),
      Buffer.from('{"a":1}}'),
      Buffer.from(']'),
    ]) {
      expectSameAnswer(bytes, 4);
    }
  });
});
