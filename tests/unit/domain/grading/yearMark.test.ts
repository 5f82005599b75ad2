import { describe, expect, it } from 'vitest';
import { GradingError } from '@/domain/grading/gradingResult';
import { indicators } from '@/domain/grading/indicators';
import { roundHalfUp, yearMark } from '@/domain/grading/yearMark';

describe('year mark = mean of term marks, .5 rounds up', () => {
  it.each([
    [3.5, 4],
    [4.49, 4],
    [4.5, 5],
    [2.5, 3],
    [3.49999, 3],
    [5, 5],
  ])('roundHalfUp(%d) = %d', (x, r) => {
    expect(roundHalfUp(x)).toBe(r);
  });

  it('a mean of exactly x.5 rounds up', () => {
    expect(yearMark([3, 4, 4, 3])).toEqual({ ok: true, value: { mark: 4, mean: 3.5 } });
    expect(yearMark([4, 5])).toEqual({ ok: true, value: { mark: 5, mean: 4.5 } });
  });

  it('a mean under x.5 rounds down', () => {
    expect(yearMark([4, 4, 5, 4])).toEqual({ ok: true, value: { mark: 4, mean: 4.25 } });
  });

  it('a missing term gives "incomplete" naming the term, not a mean of the rest', () => {
    expect(yearMark([5, undefined, 4, null])).toEqual({ ok: false, reason: GradingError.incomplete, missingTerms: [2, 4] });
    expect(yearMark([])).toEqual({ ok: false, reason: GradingError.incomplete, missingTerms: [] });
  });

  it('refuses a term mark off the 5-point scale', () => {
    expect(yearMark([4, 6])).toEqual({ ok: false, reason: GradingError.invalidMark });
    expect(yearMark([4, 3.5])).toEqual({ ok: false, reason: GradingError.invalidMark });
  });
});

describe('үлгерім and білім сапасы', () => {
  it('performance counts pupils with no mark below 3; quality those with only 4s and 5s', () => {
    const r = indicators([
      [5, 5, 4],
      [4, 3, 5],
      [2, 5, 5],
      [4, 4],
    ]);
    expect(r).toMatchObject({ pupils: 4, assessed: 4, performing: 3, good: 2, performancePercent: 75, qualityPercent: 50 });
  });

  it('leaves pupils without marks out of both shares and counts them apart', () => {
    const r = indicators([[5], [], [3]]);
    expect(r).toMatchObject({ pupils: 3, assessed: 2, notAssessed: 1, performancePercent: 100, qualityPercent: 50 });
  });

  it('gives no percent for an empty class, rather than 0 % or 100 %', () => {
    expect(indicators([])).toMatchObject({ pupils: 0, performancePercent: null, qualityPercent: null });
    expect(indicators([[], []])).toMatchObject({ pupils: 2, assessed: 0, performancePercent: null });
  });
});
