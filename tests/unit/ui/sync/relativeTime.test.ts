import { describe, expect, it } from 'vitest';
import { relativeTime } from '@/ui/sync/useRelativeTime';

const words = { justNow: 'just now', inAMoment: 'in a moment' };
const format = (ms: number) => `${Math.round(ms / 60_000)} min`;

describe('relative times in the sync notices', () => {
  it('a retry due in a few seconds is "in a moment", never "just now"', () => {
    expect(relativeTime(10_000, 0, words, format)).toBe('in a moment');
    expect(relativeTime(0, 10_000, words, format)).toBe('just now');
  });
  it('a minute or more away is formatted with its direction', () => {
    expect(relativeTime(120_000, 0, words, format)).toBe('2 min');
    expect(relativeTime(0, 120_000, words, format)).toBe('-2 min');
  });
});
