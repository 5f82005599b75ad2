/**
 * Percent to the 5-point mark by the scale of a grading policy for the pupil's grade.
 * Bands are lower bounds and nothing is rounded: a mark is given only when the percent
 * reaches its band's minimum (39.99 % → 2, 40 % → 3, 64.5 % → 3, 65 % → 4).
 */
import type { GradingPolicy, GradingScale } from '../entities/gradingPolicy';
import { GradingError, PERCENT_EPSILON, fail, ok, type GradingResult } from './gradingResult';

/** A mark on the national 5-point scale. */
export type FivePointMark = 1 | 2 | 3 | 4 | 5;

export function isFivePointMark(value: unknown): value is FivePointMark {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** The policy's scale for a grade, if it has one. */
export function scaleFor(policy: Pick<GradingPolicy, 'scales'>, grade: number): GradingScale | undefined {
  return policy.scales.find((s) => grade >= s.fromGrade && grade <= s.toGrade);
}

export function percentToMark(percent: number, grade: number, policy: Pick<GradingPolicy, 'scales'>): GradingResult<FivePointMark> {
  if (!Number.isFinite(percent)) return fail(GradingError.notANumber);
  if (percent < 0) return fail(GradingError.negative);
  if (percent > 100 + PERCENT_EPSILON) return fail(GradingError.aboveMaximum);
  const scale = scaleFor(policy, grade);
  if (!scale) return fail(GradingError.noScaleForGrade);
  let mark: number | undefined;
  for (const band of scale.bands) if (percent + PERCENT_EPSILON >= band.minPercent) mark = band.mark;
  // The schema makes the first band start at 0 %, so a valid percent always finds a band.
  return isFivePointMark(mark) ? ok(mark) : fail(GradingError.noScaleForGrade);
}
