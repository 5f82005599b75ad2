/**
 * The lesson sessions of a date: the timetable's defaults merged with the one-off changes
 * already stored (a substitute, a cancelled lesson, an extra lesson, a topic written).
 *
 * Rules:
 * - T1 A slot gives a lesson on a date when the date is a school day of the year (inside a
 *   quarter, on a school weekday, not a holiday), on the slot's weekday, within
 *   [validFrom, validTo].
 * - T2 The generated lesson's id is `lessonSessionId(slotId, date)`: every device makes the
 *   same row for it.
 * - T3 A stored session wins over the generated one it stands for (same id, or same slot and
 *   date): the stored row is the one-off change. A tombstoned stored row hides the lesson
 *   (it was removed on purpose) and is not returned.
 * - T4 Stored sessions are returned even on days T1 rules out (an extra lesson on a working
 *   Saturday, a lesson already kept before a holiday was added): they are facts, not plans.
 * - T5 Sessions come ordered by period, then audience, then id.
 *
 * Pure: the caller reads the slots, the year and the date's stored sessions, and writes a
 * generated session (`isStored: false`) only when someone changes it or keeps its register.
 */
import { isSchoolDay } from '../academicCalendar';
import { datesFromTo, type IsoDate } from '../dates';
import type { AcademicYear } from '../entities/academicYear';
import { lessonSessionSchema, type LessonSession } from '../entities/lessonSession';
import { asId, type LessonSessionId } from '../ids';
import { lessonSessionId } from './lessonSessionId';
import { isSlotOn, sessionFromSlot, type SlotRow } from './sessionFromSlot';

export type SessionRow = LessonSession & { readonly id: LessonSessionId | string; readonly deleted?: boolean | undefined };

export interface DaySession {
  readonly id: LessonSessionId;
  readonly session: LessonSession;
  /** Whether a row exists; a generated one is stored under `id` when first written. */
  readonly isStored: boolean;
}

export type SchoolYearCalendar = Pick<AcademicYear, 'quarters' | 'holidays' | 'schoolWeek'>;

export interface DayInput {
  readonly date: IsoDate;
  readonly year: SchoolYearCalendar;
  /** The slots to consider: one class set's, or the whole school's. */
  readonly slots: readonly SlotRow[];
  /** Stored sessions; those of other dates are ignored. */
  readonly stored: readonly SessionRow[];
}

function audienceOf(s: LessonSession): string {
  return s.classSetId ?? s.groupId ?? '';
}

function compareDaySessions(a: DaySession, b: DaySession): number {
  return (
    a.session.period - b.session.period || audienceOf(a.session).localeCompare(audienceOf(b.session)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

const SESSION_FIELDS = Object.keys(lessonSessionSchema.shape);

/** The entity's own fields of a stored row, without the sync envelope. */
function withoutEnvelope(row: SessionRow): LessonSession {
  const session: Record<string, unknown> = {};
  for (const field of SESSION_FIELDS) {
    const value = (row as unknown as Record<string, unknown>)[field];
    if (value !== undefined) session[field] = value;
  }
  return session as LessonSession;
}

export function sessionsOfDay(input: DayInput): DaySession[] {
  const { date } = input;
  const stored = input.stored.filter((s) => s.date === date);
  const storedIds = new Set(stored.map((s) => s.id));
  const storedSlots = new Set<string>(stored.flatMap((s) => (s.slotId !== undefined ? [s.slotId] : [])));

  const out: DaySession[] = stored
    .filter((s) => s.deleted !== true)
    .map((s) => ({ id: asId<'LessonSession'>(s.id), session: withoutEnvelope(s), isStored: true }));

  if (isSchoolDay(date, input.year)) {
    for (const slot of input.slots) {
      if (slot.deleted === true || !isSlotOn(slot, date)) continue;
      const id = lessonSessionId(slot.id, date);
      if (storedIds.has(id) || storedSlots.has(slot.id)) continue;
      out.push({ id, session: sessionFromSlot(slot, date), isStored: false });
    }
  }
  return out.sort(compareDaySessions);
}

/** The sessions of every date from `from` to `to`, date by date (stored rows indexed once). */
export function sessionsOfDates(
  from: IsoDate,
  to: IsoDate,
  input: Omit<DayInput, 'date'>,
): Array<{ readonly date: IsoDate; readonly sessions: readonly DaySession[] }> {
  const byDate = new Map<IsoDate, SessionRow[]>();
  for (const s of input.stored) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
  return datesFromTo(from, to).map((date) => ({
    date,
    sessions: sessionsOfDay({ ...input, date, stored: byDate.get(date) ?? [] }),
  }));
}
