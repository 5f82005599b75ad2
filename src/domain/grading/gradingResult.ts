/**
 * The result type of the grading rules. A rule never throws on bad numbers and never
 * returns a mark it cannot stand behind: it says why, with a reason from a closed set the
 * UI maps to an i18n key (`grading.<reason>Message`).
 */

export const GradingError = {
  /** An input is NaN or infinite. */
  notANumber: 'notANumber',
  /** A score or a percent below 0. */
  negative: 'negative',
  /** A score above its maximum, or a percent above 100. */
  aboveMaximum: 'aboveMaximum',
  /** A maximum score of 0 or less: nothing to divide by. */
  maxNotPositive: 'maxNotPositive',
  /** The policy has no scale for the pupil's grade. */
  noScaleForGrade: 'noScaleForGrade',
  /** A mark outside the 5-point scale (not a whole number 1-5). */
  invalidMark: 'invalidMark',
  /** A part the mark needs is missing (`missing` says which): no mark yet, not a wrong one. */
  incomplete: 'incomplete',
  /** Work was given for a part the policy weighs 0 (e.g. a term summative the subject does not have). */
  unexpectedComponent: 'unexpectedComponent',
} as const;
export type GradingError = (typeof GradingError)[keyof typeof GradingError];

export type GradingResult<T, F extends object = object> =
  { readonly ok: true; readonly value: T } | ({ readonly ok: false; readonly reason: GradingError } & F);

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail(reason: GradingError): { readonly ok: false; readonly reason: GradingError } {
  return { ok: false, reason };
}

/**
 * Tolerance for comparing computed percents with band bounds. A weighted sum of exact
 * parts can land a hair under a bound in binary floating point (64.99999999999999 for 65);
 * 1e-9 % absorbs that and is far below any real difference (39.99 % stays under 40 %).
 */
export const PERCENT_EPSILON = 1e-9;
