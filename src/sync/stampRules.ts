/**
 * Which stamps a receiver folds into its clock and stores (rule C3 in SPEC.md): a stamp in
 * form, whose wall part is a real instant, and no further ahead of the receiver's idea of
 * the server's wall time than `STAMP_MAX_AHEAD_MS`.
 *
 * Why a bound at all: a hybrid logical clock follows the greatest stamp it has seen, so one
 * stamp in year 9999 would drag every device of the school to the end of the format, where
 * stamps stop sorting and the server must refuse every later write. Why a day: laptops an
 * hour or two ahead (a wrong time zone, summer time) must still sync; a day ahead is a
 * wrong date, which the user is told about (C2) and which the device corrects (C4).
 *
 * WARNING: lowering the bound can make the server refuse changes laptops already made.
 */
import { readStamp } from '../domain/hlc';

export const STAMP_MAX_AHEAD_MS = 24 * 60 * 60 * 1000;

export const StampProblem = {
  /** Not a stamp, or its wall part is no real instant (month 13, hour 99, 30 February). */
  invalid: 'invalid',
  /** A real stamp, but further ahead of the server's time than `STAMP_MAX_AHEAD_MS`. */
  ahead: 'ahead',
} as const;
export type StampProblem = (typeof StampProblem)[keyof typeof StampProblem];

/** Why `stamp` may not be folded or stored, given the server's wall time; undefined when it may. */
export function stampProblem(stamp: unknown, serverNowMs: number): StampProblem | undefined {
  const parsed = readStamp(stamp);
  if (!parsed) return StampProblem.invalid;
  return parsed.millis > serverNowMs + STAMP_MAX_AHEAD_MS ? StampProblem.ahead : undefined;
}
