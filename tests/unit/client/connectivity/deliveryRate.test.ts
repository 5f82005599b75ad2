/**
 * `deliveryRate` reads a link's rate from when the bytes arrived: on a clean link, through
 * the emulator's loss stalls (everything behind a lost segment held one timeout), and
 * through a busy reader that wakes late and takes several pieces at once.
 */
import { describe, expect, it } from 'vitest';
import { deliveryRate, type Arrival } from '@/sync/linkRate';

const SLICE = 16_384;

/** Arrivals of `bytes` over a link of `bitsPerSecond`, as the link emulator delivers them. */
function emulated(
  bytes: number,
  bitsPerSecond: number,
  options: { loss?: number; timeoutMs?: number; seed?: number; lateMs?: number } = {},
): Arrival[] {
  let state = options.seed ?? 7;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const deliveries: Arrival[] = [];
  let sentAt = 0;
  let lastAt = 0;
  for (let offset = 0; offset < bytes; offset += SLICE) {
    const size = Math.min(SLICE, bytes - offset);
    let lost = 0;
    for (let s = 0; s < Math.ceil(size / 1460); s++) if (random() < (options.loss ?? 0)) lost++;
    sentAt += ((size + lost * 1460) * 8 * 1000) / bitsPerSecond;
    const at = Math.max(lastAt, sentAt + (lost > 0 ? (options.timeoutMs ?? 1000) : 0));
    lastAt = at;
    deliveries.push({ at, bytes: size });
  }
  if (!options.lateMs) return deliveries;
  // A reader that wakes up to `lateMs` late takes every piece delivered meanwhile in one read.
  const reads: Arrival[] = [];
  let i = 0;
  while (i < deliveries.length) {
    const wake = deliveries[i]!.at + random() * options.lateMs;
    let taken = 0;
    while (i < deliveries.length && deliveries[i]!.at <= wake) taken += deliveries[i++]!.bytes;
    reads.push({ at: wake, bytes: taken });
  }
  return reads;
}

const near = (measured: number | undefined, expected: number, share: number) => {
  expect(measured).toBeDefined();
  expect(Math.abs(measured! - expected) / expected).toBeLessThanOrEqual(share);
};

describe('deliveryRate', () => {
  it('is the rate of a clean link', () => {
    near(deliveryRate(emulated(2_000_000, 8e6)), 8e6, 0.02);
  });

  it('sees through loss stalls where bytes over time reads a third slow', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const arrivals = emulated(1_800_000, 5.87e6, { loss: 0.01, seed });
      const naive = (1_800_000 * 8 * 1000) / arrivals.at(-1)!.at;
      expect(naive).toBeLessThan(5.87e6 * 0.85);
      near(deliveryRate(arrivals), 5.87e6, 0.06);
      near(deliveryRate(emulated(750_000, 2e6, { loss: 0.01, seed })), 2e6, 0.06);
    }
  });

  it('is not fooled by a reader that wakes late and takes several pieces at once', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) near(deliveryRate(emulated(2_000_000, 8e6, { seed, lateMs: 60 })), 8e6, 0.1);
  });

  it('says nothing from fewer than two arrivals, or all at one instant', () => {
    expect(deliveryRate([])).toBeUndefined();
    expect(deliveryRate([{ at: 5, bytes: 100 }])).toBeUndefined();
    expect(
      deliveryRate([
        { at: 5, bytes: 100 },
        { at: 5, bytes: 100 },
      ]),
    ).toBeUndefined();
  });
});

describe('deliveryRate after one long pause of the reader', () => {
  it('is still the clean link rate when one read comes late', () => {
    for (const late of [20, 60, 100]) {
      const arrivals = Array.from({ length: 120 }, (_, i) => ({ at: 1_000 + i * 16.384, bytes: 16_384 }));
      // The reader sleeps 80 ms before a piece and takes it, and those queued behind it, late.
      arrivals[late] = { ...arrivals[late]!, at: arrivals[late]!.at + 80 };
      for (let i = late + 1; i < arrivals.length; i++) arrivals[i]!.at = Math.max(arrivals[i]!.at, arrivals[late]!.at);
      near(deliveryRate(arrivals), 8e6, 0.08);
    }
  });
});
