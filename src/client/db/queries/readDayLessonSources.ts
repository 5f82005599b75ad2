/**
 * What a day's lessons are made from, read from the device in one go: the academic year
 * that holds the date, the school's timetable slots, and the lesson sessions stored for
 * that date (one-off changes and registers already kept). `sessionsOfDay` (pure, in
 * src/domain/timetable) turns them into the day's lessons; nothing here decides anything.
 */
import type { IsoDate } from '@/domain/dates';
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';
import { liveRows } from './liveRows';

export interface DayLessonSources {
  /** The year whose dates hold `date`; `undefined` outside every year (no lessons but stored ones). */
  readonly year: RowOf<'academicYears'> | undefined;
  readonly slots: readonly RowOf<'timetableSlots'>[];
  readonly stored: readonly RowOf<'lessonSessions'>[];
}

export async function readDayLessonSources(db: SandyqDb, schoolId: string, date: IsoDate): Promise<DayLessonSources> {
  const [years, slots, stored] = await Promise.all([
    liveRows(db, 'academicYears').where('schoolId', schoolId),
    liveRows(db, 'timetableSlots').where('schoolId', schoolId),
    db.rows('lessonSessions').where('date').equals(date).toArray(),
  ]);
  return {
    year: years.find((y) => y.startsOn <= date && date <= y.endsOn),
    slots,
    // Tombstoned sessions stay: `sessionsOfDay` needs them to hide the lesson they removed.
    stored: stored.filter((s) => s.schoolId === schoolId),
  };
}
