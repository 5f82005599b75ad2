import { describe, expect, it } from 'vitest';
import { countedAttempt } from '@/domain/assessments/attemptCounting';

const laptopA = { id: 'a', submittedAt: 100, total: 7 };
const laptopB = { id: 'b', submittedAt: 200, total: 9 };
const late = { id: 'c', submittedAt: 300, total: 3 };

describe('countedAttempt', () => {
  it('two attempts on two laptops: the rule picks one, never the sum', () => {
    expect(countedAttempt([laptopB, laptopA], 'best')).toBe(laptopB);
    expect(countedAttempt([laptopB, laptopA], 'first')).toBe(laptopA);
    expect(countedAttempt([laptopA, laptopB, late], 'last')).toBe(late);
    expect(countedAttempt([laptopA, laptopB, late])).toBe(laptopB);
  });

  it('an unscored attempt is never the best; a refused late attempt never counts', () => {
    expect(countedAttempt([{ ...laptopB, total: undefined }, laptopA], 'best')).toBe(laptopA);
    expect(countedAttempt([laptopA, { ...late, refused: true }], 'last')).toBe(laptopA);
    expect(countedAttempt([], 'best')).toBeUndefined();
  });
});
