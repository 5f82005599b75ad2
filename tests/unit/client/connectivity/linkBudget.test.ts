/**
 * The sync client's budget from a measured link, against figures worked by hand: the push
 * batch (uplink bytes of 10 s at 250 B a change, within 100..2000), the file chunk (15 s of
 * downlink) and what one prefetch run may fetch (5 minutes of downlink).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LINK_BUDGET, linkBudget } from '@/client/connectivity/linkBudget';

describe('linkBudget', () => {
  it('keeps the defaults with no measurement', () => {
    expect(linkBudget(undefined)).toEqual(DEFAULT_LINK_BUDGET);
    expect(DEFAULT_LINK_BUDGET).toEqual({ pushBatchSize: 2_000 });
  });

  it('on geo-sat-bad (5.87 down, 2 up) pushes whole batches and cuts files into 11 MB ranges', () => {
    // Up: 2e6 / 8 = 250,000 B/s × 10 s / 250 = 10,000 changes, capped at 2,000.
    // Down: 5.87e6 / 8 = 733,750 B/s; × 15 s = 11,006,250; × 300 s = 220,125,000.
    expect(linkBudget({ downMbps: 5.87, upMbps: 2 })).toEqual({ pushBatchSize: 2_000, fileChunkBytes: 11_006_250, prefetchBytes: 220_125_000 });
  });

  it('on a starved uplink sends smaller batches, never under 100', () => {
    // 0.2 Mbit/s: 25,000 B/s × 10 s / 250 = 1,000 changes.
    expect(linkBudget({ downMbps: 1, upMbps: 0.2 }).pushBatchSize).toBe(1_000);
    // 0.01 Mbit/s: 1,250 × 10 / 250 = 50, raised to 100.
    expect(linkBudget({ downMbps: 1, upMbps: 0.01 }).pushBatchSize).toBe(100);
  });

  it('never cuts files under 256 KB, even when nothing got through', () => {
    const budget = linkBudget({ downMbps: 0, upMbps: 0 });
    expect(budget).toEqual({ pushBatchSize: 100, fileChunkBytes: 262_144, prefetchBytes: 262_144 });
  });
});
