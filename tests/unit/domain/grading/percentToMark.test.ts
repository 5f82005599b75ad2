import { describe, expect, it } from 'vitest';
import { gradingPolicySchema } from '@/domain/entities/gradingPolicy';
import { GradingError } from '@/domain/grading/gradingResult';
import { NATIONAL_POLICY_2020 } from '@/domain/grading/nationalPolicy';
import { percentOf, percentOfTotal } from '@/domain/grading/percentOf';
import { percentToMark } from '@/domain/grading/percentToMark';

const markOf = (percent: number, grade = 5) => percentToMark(percent, grade, NATIONAL_POLICY_2020);

describe('national policy 2020', () => {
  it('is a valid grading policy by its own schema', () => {
    expect(gradingPolicySchema.safeParse(NATIONAL_POLICY_2020).success).toBe(true);
  });
});

describe('percent to 5-point mark, grades 2-11', () => {
  it.each([
    [0, 2],
    [39.99, 2],
    [40, 3],
    [64.5, 3],
    [64.99, 3],
    [65, 4],
    [84.99, 4],
    [85, 5],
    [100, 5],
  ])('%d %% gives %d: bands are lower bounds with no rounding', (percent, mark) => {
    expect(markOf(percent)).toEqual({ ok: true, value: mark });
  });

  it('uses the same scale for grades 2 and 11', () => {
    expect(markOf(40, 2)).toEqual({ ok: true, value: 3 });
    expect(markOf(39.99, 11)).toEqual({ ok: true, value: 2 });
  });
});

describe('percent to 5-point mark, grade 1 column (0-20, 21-50, 51-80, 81-100)', () => {
  it.each([
    [20, 2],
    [20.99, 2],
    [21, 3],
    [50.5, 3],
    [51, 4],
    [80.99, 4],
    [81, 5],
    [100, 5],
  ])('%d %% in grade 1 gives %d', (percent, mark) => {
    expect(markOf(percent, 1)).toEqual({ ok: true, value: mark });
  });
});

describe('percent to mark refuses what is not a percent', () => {
  it.each([
    [-0.01, GradingError.negative],
    [100.01, GradingError.aboveMaximum],
    [Number.NaN, GradingError.notANumber],
    [Number.POSITIVE_INFINITY, GradingError.notANumber],
  ])('%d gives %s', (percent, reason) => {
    expect(markOf(percent)).toEqual({ ok: false, reason });
  });

  it('says when the policy has no scale for the grade', () => {
    expect(markOf(50, 12)).toEqual({ ok: false, reason: GradingError.noScaleForGrade });
  });
});

describe('percent from score and maximum', () => {
  it('multiplies before dividing so exact percents stay exact at band bounds', () => {
    expect(percentOf(39, 60)).toEqual({ ok: true, value: 65 });
    expect(markOf((39 * 100) / 60)).toEqual({ ok: true, value: 4 });
  });

  it('refuses a score above the maximum, a negative score and a zero maximum', () => {
    expect(percentOf(13, 12)).toEqual({ ok: false, reason: GradingError.aboveMaximum });
    expect(percentOf(-1, 12)).toEqual({ ok: false, reason: GradingError.negative });
    expect(percentOf(0, 0)).toEqual({ ok: false, reason: GradingError.maxNotPositive });
    expect(percentOf(Number.NaN, 10)).toEqual({ ok: false, reason: GradingError.notANumber });
  });

  it('totals several pieces of work as points over maximum, not a mean of percents', () => {
    // 10/10 and 0/30: 25 %, where a mean of percents would say 50 %.
    expect(
      percentOfTotal([
        { score: 10, maxScore: 10 },
        { score: 0, maxScore: 30 },
      ]),
    ).toEqual({ ok: true, value: 25 });
  });
});
