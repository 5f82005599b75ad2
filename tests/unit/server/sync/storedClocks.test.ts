/**
 * A row's stamps are stored packed (the shared stamp once, the fields that differ by name)
 * and must read back exactly as they were: every field's stamp, no field gained or lost,
 * whatever mix of stamps a merge left. A row stored spelled out before reads as it is.
 */
import { describe, expect, it } from 'vitest';
import { packClocks, ROW_STAMP, unpackClocks } from '@/server/sync/storedClocks';
import { seededRandom } from '../../../support/seededRandom';

const stamp = (n: number) => `2026-11-23T08:00:00.${String(n).padStart(3, '0')}Z-0001-4fa6aff4f3d84afc`;

describe('stored clocks', () => {
  it('a write whose fields share one stamp stores it once', () => {
    const data = { pupilId: 'p1', status: 'present', date: '2026-11-23' };
    const clocks = { pupilId: stamp(1), status: stamp(1), date: stamp(1) };
    const packed = packClocks(data, clocks);
    expect(packed).toEqual({ [ROW_STAMP]: stamp(1) });
    expect(unpackClocks(data, packed)).toEqual(clocks);
  });

  it('names only the fields whose stamp differs from the one most fields share', () => {
    const data = { a: 1, b: 2, c: 3, d: 4 };
    const clocks = { a: stamp(2), b: stamp(1), c: stamp(1), d: stamp(1), deleted: stamp(1) };
    const packed = packClocks(data, clocks);
    // `deleted` has a stamp but no value: kept by name, whatever its stamp.
    expect(packed).toEqual({ [ROW_STAMP]: stamp(1), a: stamp(2), deleted: stamp(1) });
    expect(unpackClocks(data, packed)).toEqual(clocks);
  });

  it('keeps the spelled-out form when the shared stamp could not stand for the fields', () => {
    const missing = { a: stamp(1) };
    expect(packClocks({ a: 1, b: 2 }, missing)).toBe(missing);
    const empty = { deleted: stamp(1) };
    expect(packClocks({}, empty)).toBe(empty);
  });

  it('reads a row stored spelled out, before packing, as it is', () => {
    const clocks = { a: stamp(1), b: stamp(2) };
    expect(unpackClocks({ a: 1, b: 2 }, clocks)).toBe(clocks);
  });

  it('a field named like an Object member or __proto__ keeps its own stamp', () => {
    const data = JSON.parse('{"constructor": 1, "__proto__": 2, "x": 3}') as Record<string, unknown>;
    const clocks = JSON.parse(`{"constructor": "${stamp(1)}", "__proto__": "${stamp(1)}", "x": "${stamp(2)}"}`) as Record<string, string>;
    const back = unpackClocks(data, packClocks(data, clocks));
    expect(Object.keys(back).sort()).toEqual(['__proto__', 'constructor', 'x']);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    for (const field of Object.keys(clocks)) expect(Object.getOwnPropertyDescriptor(back, field)?.value).toBe(clocks[field]);
    const onlyToString = { toString: stamp(1), x: stamp(1) };
    expect(unpackClocks({ x: 1 }, packClocks({ x: 1 }, onlyToString))).toEqual(onlyToString);
  });

  it('reads back every field and stamp of 5,000 seeded rows, packed or not', () => {
    const random = seededRandom(4242);
    const names = ['a', 'b', 'c', 'd', 'e', 'deleted', 'toString', 'valueOf', 'pupilId'];
    let packedRows = 0;
    for (let i = 0; i < 5000; i++) {
      const data: Record<string, unknown> = {};
      const clocks: Record<string, string> = {};
      for (const name of names) {
        if (random.chance(0.6)) data[name] = random.int(10);
        // Mostly a stamp per value; sometimes a value without one, or a stamp without a value.
        if (Object.hasOwn(data, name) ? random.chance(0.95) : random.chance(0.2)) clocks[name] = stamp(random.int(3));
      }
      const packed = packClocks(data, clocks);
      if (packed !== clocks) packedRows++;
      const back = unpackClocks(data, JSON.parse(JSON.stringify(packed)) as Record<string, string>);
      expect(back, `row ${i}: ${JSON.stringify({ data, clocks })}`).toEqual(clocks);
    }
    expect(packedRows).toBeGreaterThan(1000);
  });
});
