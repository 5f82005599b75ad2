/**
 * A percent as a report or the gradebook shows it: cut down to hundredths, never rounded
 * up, so it never reaches a band the mark beside it has not (39.99 % is a 2; "40 %" beside
 * a 2 would be wrong to a parent). The epsilon keeps an exact bound that floating point
 * computed as 39.999999… at 40.
 */
import { PERCENT_EPSILON } from './gradingResult';

export function shownPercent(percent: number): number {
  return Math.floor(percent * 100 + PERCENT_EPSILON * 100) / 100;
}
