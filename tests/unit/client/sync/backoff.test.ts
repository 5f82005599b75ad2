import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from '@/client/sync/backoff';

describe('backoffDelay', () => {
  it('doubles per attempt, half fixed and half jitter', () => {
    expect(backoffDelay(0, 0)).toBe(1_000);
    expect(backoffDelay(0, 0.999999)).toBe(2_000);
    expect(backoffDelay(3, 0)).toBe(8_000);
  });

  it('is capped and never gives up: attempt 1,000 still yields a finite delay within the cap', () => {
    const d = backoffDelay(1_000, 0.5);
    expect(d).toBeGreaterThanOrEqual(DEFAULT_BACKOFF.maxMs / 2);
    expect(d).toBeLessThanOrEqual(DEFAULT_BACKOFF.maxMs);
  });
});
