/**
 * The year mark: the mean of the term marks, rounded to the nearest whole mark with .5 up
 * (3.5 → 4, 4.49 → 4). Pass the marks of the terms the subject is taught in, in order;
 * a term without its mark yet (`undefined` or `null`) gives `incomplete` with the terms
 * that are missing (1-based), never a mean of the others.
 */
import { GradingError, fail, ok, type GradingResult } from './gradingResult';
import { isFivePointMark, type FivePointMark } from './percentToMark';

/** Round to the nearest whole number, halves up. Exact for halves, unlike `x + 0.5` tricks. */
export function roundHalfUp(value: number): number {
  const floor = Math.floor(value);
  return value - floor >= 0.5 ? floor + 1 : floor;
}

export interface YearMark {
  readonly mark: FivePointMark;
  readonly mean: number;
}

export type YearMarkResult = GradingResult<YearMark, { readonly missingTerms?: readonly number[] }>;

export function yearMark(termMarks: readonly (number | null | undefined)[]): YearMarkResult {
  if (termMarks.length === 0) return { ok: false, reason: GradingError.incomplete, missingTerms: [] };
  const missingTerms = termMarks.flatMap((m, i) => (m === null || m === undefined ? [i + 1] : []));
  if (missingTerms.length > 0) return { ok: false, reason: GradingError.incomplete, missingTerms };
  const marks = termMarks as readonly number[];
  if (!marks.every(isFivePointMark)) return fail(GradingError.invalidMark);
  const mean = marks.reduce((a, b) => a + b, 0) / marks.length;
  const mark = roundHalfUp(mean);
  return isFivePointMark(mark) ? ok({ mark, mean }) : fail(GradingError.invalidMark);
}
