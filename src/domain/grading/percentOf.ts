/**
 * Percent of the maximum score: the common currency of formative points, section and term
 * summatives, whose maxima differ (a БЖБ out of 12, a ТЖБ out of 25).
 */
import { GradingError, fail, ok, type GradingResult } from './gradingResult';

/** `score` of `maxScore` as a percent 0-100, unrounded. */
export function percentOf(score: number, maxScore: number): GradingResult<number> {
  if (!Number.isFinite(score) || !Number.isFinite(maxScore)) return fail(GradingError.notANumber);
  if (maxScore <= 0) return fail(GradingError.maxNotPositive);
  if (score < 0) return fail(GradingError.negative);
  if (score > maxScore) return fail(GradingError.aboveMaximum);
  // Multiply first: 39 * 100 / 60 is exactly 65, while 39 / 60 * 100 is 65.00000000000001.
  return ok((score * 100) / maxScore);
}

export interface ScoredWork {
  readonly score: number;
  readonly maxScore: number;
}

/** Percent of several pieces of work together: total points over total maximum. */
export function percentOfTotal(works: readonly ScoredWork[]): GradingResult<number> {
  let score = 0;
  let max = 0;
  for (const w of works) {
    const one = percentOf(w.score, w.maxScore);
    if (!one.ok) return one;
    score += w.score;
    max += w.maxScore;
  }
  return percentOf(score, max);
}
