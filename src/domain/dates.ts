/**
 * School-local calendar dates as 'YYYY-MM-DD' strings.
 *
 * A lesson, an attendance mark or a mark belongs to a day in the school's own time zone,
 * not to an instant: a mark typed at 00:30 in Aktobe belongs to that Aktobe day whatever the
 * device or server clock zone. So records store dates as strings, which also sort and
 * compare correctly with `<`. Arithmetic here counts calendar days (UTC day numbers), never
 * local midnights, which a zone change (Kazakhstan moved to UTC+5 in 2024) could shift.
 *
 * Pure: the caller passes the instant (`Date.now()` at the edge) and the school's time zone.
 */

/** A calendar date 'YYYY-MM-DD'. Validated by `isIsoDate`; a plain string for ease of use. */
export type IsoDate = string;

/** ISO weekday: 1 = Monday ... 7 = Sunday (the order of Kazakh and Russian timetables). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * Kazakhstan's time zone. Since 1 March 2024 the whole country keeps UTC+5, and the IANA
 * zone Asia/Almaty follows that change; a school setting may still name another zone.
 */
export const KAZAKHSTAN_TIME_ZONE = 'Asia/Almaty';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether `value` is a real calendar date written 'YYYY-MM-DD' (2025-02-29 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Day number since 1970-01-01 of a valid date; throws on a malformed one (a programming error). */
function dayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date an instant falls on in `timeZone` (an IANA zone name). */
export function isoDate(instantMs: number, timeZone: string = KAZAKHSTAN_TIME_ZONE): IsoDate {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(new Date(instantMs));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
export function weekdayOf(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (ISO 4).
  const n = dayNumber(date);
  return (((((n + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** The date `days` calendar days after `date` (negative: before). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError('addDays needs a whole number of days');
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Whether `date` lies in the closed range [from, to]; an open `to` means "no end yet". */
export function isDateWithin(date: IsoDate, from: IsoDate, to?: IsoDate): boolean {
  return date >= from && (to === undefined || date <= to);
}

/** Every date from `from` to `to` inclusive, in order; empty when `to` is before `from`. */
export function datesFromTo(from: IsoDate, to: IsoDate): IsoDate[] {
  const start = dayNumber(from);
  const count = dayNumber(to) - start + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => fromDayNumber(start + i));
}
