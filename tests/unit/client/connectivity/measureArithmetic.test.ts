/** The measurer's arithmetic, by hand: round trips, rates by timing, transfer sizes, trust and consistency. */
import { describe, expect, it } from 'vitest';
import { isConsistent, isTrusted, median, rateFromTiming, toMbps, transferBytesFor } from '@/client/connectivity/measureArithmetic';

describe('the measurer arithmetic', () => {
  it('median of odd and even series', () => {
    expect(median([1220, 610, 612])).toBe(612);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('a rate by timing leaves out one round trip', () => {
    // 1,000,000 B in 1,600 ms with a 600 ms round trip: 8,000,000 bits in 1 s.
    expect(rateFromTiming(1_000_000, 1_600, 600)).toBe(8_000_000);
    expect(rateFromTiming(1_000, 500, 600)).toBe(8_000_000);
  });

  it('sizes a transfer to the seconds asked, within its bounds', () => {
    // 2 Mbit/s for 3 s: 750,000 B.
    expect(transferBytesFor(2e6, 3, 2_000_000)).toBe(750_000);
    expect(transferBytesFor(50e6, 3, 2_000_000)).toBe(2_000_000);
    expect(transferBytesFor(10_000, 3, 2_000_000)).toBe(256_000);
    expect(transferBytesFor(Infinity, 3, 2_000_000)).toBe(2_000_000);
  });

  it('trusts a transfer of 2.5 s at its own rate, or one at the cap', () => {
    expect(isTrusted(750_000, 2e6, 2_000_000)).toBe(true);
    expect(isTrusted(500_000, 2e6, 2_000_000)).toBe(false);
    expect(isTrusted(2_000_000, 100e6, 2_000_000)).toBe(true);
  });

  it('refuses a rate faster than the transfer could have run', () => {
    // 2 MB in 2,600 ms with a 600 ms round trip: at most 16e6 bits / 1.2 s = 13.3 Mbit/s, +10 %.
    expect(isConsistent(8e6, 2_000_000, 2_600, 600)).toBe(true);
    expect(isConsistent(14.6e6, 2_000_000, 2_600, 600)).toBe(true);
    expect(isConsistent(14.7e6, 2_000_000, 2_600, 600)).toBe(false);
    expect(isConsistent(1e9, 64_000, 700, 600)).toBe(true);
  });

  it('Mbit/s to two decimals', () => {
    expect(toMbps(5_870_000)).toBe(5.87);
    expect(toMbps(1_994_999)).toBe(1.99);
  });
});
