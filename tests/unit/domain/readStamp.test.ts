/**
 * `readStamp` checks a stamp's wall part field by field instead of parsing it with `Date` and
 * formatting it back, and reads the counter and node by position instead of capturing them.
 * It must accept exactly the stamps the round trip accepted, read to the same parts: the
 * round trip is kept here as the reference and both are run on the edges of the calendar and
 * on seeded hostile variants (a digit changed, a field at its limit, any counter and node).
 */
import { describe, expect, it } from 'vitest';
import { readStamp, type HlcState } from '@/domain/hlc';
import { seededRandom } from '../../support/seededRandom';

const STAMP_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;

/** readStamp as it was: the wall part must format back to the same text. */
function roundTripReadStamp(stamp: unknown): HlcState | undefined {
  if (typeof stamp !== 'string') return undefined;
  const m = STAMP_PATTERN.exec(stamp);
  if (!m) return undefined;
  const millis = Date.parse(m[1]!);
  if (!Number.isFinite(millis) || millis < 0 || millis > 253402300799999) return undefined;
  if (new Date(millis).toISOString() !== m[1]) return undefined;
  return { millis, counter: parseInt(m[2]!, 16), node: m[3]! };
}

const TAIL = '-00a7-00000000deadbeef';
const wall = (y: string, mo: string, d: string, h = '12', mi = '30', s = '45', ms = '678') => `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z${TAIL}`;

describe('readStamp', () => {
  it('reads the calendar edges as the Date round trip does', () => {
    const edges = [
      wall('1970', '01', '01', '00', '00', '00', '000'),
      wall('1969', '12', '31', '23', '59', '59', '999'),
      wall('9999', '12', '31', '23', '59', '59', '999'),
      wall('0000', '01', '01'),
      wall('0070', '01', '01'),
      wall('2000', '02', '29'),
      wall('2100', '02', '29'),
      wall('2024', '02', '29'),
      wall('2026', '02', '29'),
      wall('2026', '02', '28'),
      wall('2026', '04', '31'),
      wall('2026', '04', '30'),
      wall('2026', '12', '31'),
      wall('2026', '00', '10'),
      wall('2026', '13', '10'),
      wall('2026', '01', '00'),
      wall('2026', '01', '32'),
      wall('2026', '06', '15', '24', '00', '00', '000'),
      wall('2026', '06', '15', '23', '60'),
      wall('2026', '06', '15', '23', '59', '60'),
      wall('2026', '06', '15', '99', '99', '99'),
    ];
    for (const stamp of edges) expect(readStamp(stamp), stamp).toEqual(roundTripReadStamp(stamp));
    expect(readStamp(wall('2024', '02', '29'))?.millis).toBe(Date.UTC(2024, 1, 29, 12, 30, 45, 678));
    expect(readStamp(wall('2026', '02', '29'))).toBeUndefined();
  });

  it('accepts and refuses exactly what the round trip did, on 20,000 seeded variants', () => {
    const random = seededRandom(20261204);
    const digitPositions = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      const base = new Date(random.int(253402300799999 + 1)).toISOString();
      const chars = [...base];
      // One to three digits changed: most variants are no real instant, some still are.
      for (let k = 0, n = 1 + random.int(3); k < n; k++) chars[random.pick(digitPositions)] = String(random.int(10));
      const hex = (digits: number) => Array.from({ length: digits }, () => random.int(16).toString(16)).join('');
      const stamp = `${chars.join('')}-${hex(4)}-${hex(16)}`;
      const expected = roundTripReadStamp(stamp);
      expect(readStamp(stamp), stamp).toEqual(expected);
      if (expected) accepted++;
    }
    // Both outcomes were exercised, not only one.
    expect(accepted).toBeGreaterThan(1_000);
    expect(accepted).toBeLessThan(19_000);
  });

  it('refuses what is not a stamp at all', () => {
    for (const value of [
      undefined,
      null,
      42,
      {},
      '',
      '2026-06-15T12:30:45.678Z',
      `2026-06-15T12:30:45.678Z${TAIL}x`,
      `２０２６-06-15T12:30:45.678Z${TAIL}`,
    ]) {
      expect(readStamp(value)).toBeUndefined();
      expect(roundTripReadStamp(value)).toBeUndefined();
    }
  });
});
