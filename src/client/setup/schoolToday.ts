/**
 * Today's date where the school is (Kazakhstan's zone), for the defaults of setup forms:
 * a move, a withdrawal or a timetable change takes effect from today unless the head
 * picks another day. The one place these screens read the wall clock.
 */
import { isoDate, type IsoDate } from '@/domain/dates';

export function schoolToday(nowMs: number = Date.now()): IsoDate {
  return isoDate(nowMs);
}
