/**
 * When a laptop measures the link on its own: at set times of the school day (morning,
 * midday, afternoon, the school's clock), Monday to Saturday, once each, and never within
 * an hour of the last measurement on this laptop. Three a day from each laptop is enough
 * to see the link over the week, and costs the school a few MB a day.
 */
import { isoDate, KAZAKHSTAN_TIME_ZONE, weekdayOf } from '@/domain/dates';

/** Local hours the measurement is due from (each until the next). */
export const MEASURE_HOURS: readonly number[] = [9, 12, 15];
/** No school after this hour: nothing is due. */
export const LAST_HOUR = 18;
export const MIN_GAP_MS = 60 * 60 * 1000;

/** The hour and minute of an instant in the school's zone. */
function localHour(nowMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(nowMs);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return hour + minute / 60;
}

/**
 * Whether a scheduled measurement is due now, given when this laptop last measured
 * (any trigger). Due once in each slot [9, 12), [12, 15), [15, 18), school days only.
 */
export function isMeasurementDue(nowMs: number, lastMeasuredAt: number | undefined, timeZone: string = KAZAKHSTAN_TIME_ZONE): boolean {
  if (weekdayOf(isoDate(nowMs, timeZone)) === 7) return false;
  const hour = localHour(nowMs, timeZone);
  if (hour >= LAST_HOUR) return false;
  const slot = [...MEASURE_HOURS].reverse().find((h) => hour >= h);
  if (slot === undefined) return false;
  if (lastMeasuredAt === undefined) return true;
  if (nowMs - lastMeasuredAt < MIN_GAP_MS) return false;
  // Measured in this slot already (same day, at or after the slot's start)?
  const sameDay = isoDate(lastMeasuredAt, timeZone) === isoDate(nowMs, timeZone);
  return !(sameDay && localHour(lastMeasuredAt, timeZone) >= slot);
}
