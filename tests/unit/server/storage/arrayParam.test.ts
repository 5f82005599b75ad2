/**
 * PostgreSQL's binary array format as ArrayParam writes it (arrayParam.ts), byte for byte on
 * small arrays, and its refusals: an element of the wrong kind throws before anything is
 * sent, instead of writing a broken array.
 */
import { describe, expect, it } from 'vitest';
import { ArrayParam } from '@/server/storage/arrayParam';

const int32 = (...values: number[]) =>
  Buffer.concat(
    values.map((v) => {
      const b = Buffer.alloc(4);
      b.writeInt32BE(v);
      return b;
    }),
  );

describe('ArrayParam', () => {
  it('an empty array is zero dimensions, no nulls, the element type', () => {
    expect(new ArrayParam('text', []).binary()).toEqual(int32(0, 0, 25));
    expect(new ArrayParam('jsonb', []).binary()).toEqual(int32(0, 0, 3802));
  });

  it('text: one dimension from 1, each element its UTF-8 length and bytes, null as -1', () => {
    const text = 'Қазақ 📚';
    const utf8 = Buffer.from(text);
    expect(new ArrayParam('text', ['a', null, text]).binary()).toEqual(
      Buffer.concat([int32(1, 1, 25, 3, 1), int32(1), Buffer.from('a'), int32(-1), int32(utf8.length), utf8]),
    );
  });

  it('int8: eight bytes, big-endian two’s complement, beyond 32 bits and below zero', () => {
    const bytes = new ArrayParam('int8', [1, 2 ** 40 + 5, -2]).binary();
    expect(bytes.subarray(0, 20)).toEqual(int32(1, 0, 20, 3, 1));
    expect(bytes.length).toBe(20 + 3 * 12);
    const values = [0, 1, 2].map((k) => {
      expect(bytes.readInt32BE(20 + k * 12)).toBe(8);
      return Number(bytes.readBigInt64BE(24 + k * 12));
    });
    expect(values).toEqual([1, 2 ** 40 + 5, -2]);
  });

  it('jsonb: the version byte 1, then the JSON in UTF-8; for PGlite, the JSON text', () => {
    const value = { note: 'тексерілді "ok"', n: [1, 2.5] };
    const json = Buffer.from(JSON.stringify(value));
    const param = new ArrayParam('jsonb', [value, null, 'plain']);
    expect(param.binary().subarray(0, 20 + 4 + 1 + json.length)).toEqual(
      Buffer.concat([int32(1, 1, 3802, 3, 1), int32(json.length + 1), Buffer.from([1]), json]),
    );
    expect(param.elements()).toEqual([JSON.stringify(value), null, '"plain"']);
  });

  it('characters of three UTF-8 bytes only fit the buffer bound at its tightest', () => {
    const text = '€'.repeat(5000) + '\uffff';
    const bytes = new ArrayParam('text', [text, text]).binary();
    expect(bytes.readInt32BE(20)).toBe(Buffer.byteLength(text));
    expect(bytes.subarray(24, 24 + Buffer.byteLength(text)).toString('utf8')).toBe(text);
  });

  it('each array keeps its own bytes, at their exact size, though they are encoded in one reused buffer', () => {
    const first = new ArrayParam('text', ['Қазақ'.repeat(2_000)]);
    const firstBytes = first.binary();
    const copyOfFirst = Buffer.from(firstBytes);
    // Larger than any buffer kept between calls, then one that fits the reused one again.
    const huge = new ArrayParam('text', ['x'.repeat(3 * 1024 * 1024)]).binary();
    const second = new ArrayParam('jsonb', [{ other: 'value'.repeat(500) }]).binary();
    expect(firstBytes).toEqual(copyOfFirst);
    expect(firstBytes.length).toBe(24 + Buffer.byteLength('Қазақ'.repeat(2_000)));
    expect(huge.length).toBe(24 + 3 * 1024 * 1024);
    expect(second.readInt32BE(20)).toBe(1 + JSON.stringify({ other: 'value'.repeat(500) }).length);
    expect(firstBytes.buffer).not.toBe(second.buffer);
  });

  it('refuses an element of the wrong kind', () => {
    expect(() => new ArrayParam('text', ['a', 5]).binary()).toThrow(TypeError);
    expect(() => new ArrayParam('int8', [1.5]).binary()).toThrow(TypeError);
    expect(() => new ArrayParam('int8', [2 ** 60]).binary()).toThrow(TypeError);
    expect(() => new ArrayParam('int8', ['7']).binary()).toThrow(TypeError);
    expect(() => new ArrayParam('jsonb', [() => 1]).binary()).toThrow(TypeError);
  });
});
