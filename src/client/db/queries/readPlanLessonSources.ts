/**
 * What a calendar-thematic plan is laid on, read from the device in one go: the plan, its
 * academic year, the class set's timetable slots and the lesson sessions stored for the class
 * set over the year (one-off changes, extra and cancelled lessons, kept registers). The
 * layout itself is pure (`src/domain/lessons`).
 */
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';
import { liveRows } from './liveRows';

export interface PlanLessonSources {
  readonly plan: RowOf<'calendarPlans'>;
  readonly year: RowOf<'academicYears'>;
  readonly slots: readonly RowOf<'timetableSlots'>[];
  readonly stored: readonly RowOf<'lessonSessions'>[];
}

/** `undefined` when the plan or its year is not on this device (deleted, or not synced yet). */
export async function readPlanLessonSources(db: SandyqDb, planId: string, classSetId: string): Promise<PlanLessonSources | undefined> {
  const plan = await liveRows(db, 'calendarPlans').get(planId);
  if (!plan) return undefined;
  const sources = await readYearLessonSources(db, plan.academicYearId, classSetId, plan.schoolId);
  return sources && { plan, ...sources };
}

/** A class set's lessons over a year, before any plan is laid on them. */
export async function readYearLessonSources(
  db: SandyqDb,
  academicYearId: string,
  classSetId: string,
  schoolId: string,
): Promise<Omit<PlanLessonSources, 'plan'> | undefined> {
  const year = await liveRows(db, 'academicYears').get(academicYearId);
  if (!year) return undefined;
  const [slots, stored] = await Promise.all([
    liveRows(db, 'timetableSlots').where('classSetId', classSetId),
    db.rows('lessonSessions').where('[classSetId+date]').between([classSetId, year.startsOn], [classSetId, year.endsOn], true, true).toArray(),
  ]);
  // Tombstoned sessions stay: `sessionsOfDay` needs them to hide the lesson they removed.
  return { year, slots: slots.filter((s) => s.schoolId === schoolId), stored: stored.filter((s) => s.schoolId === schoolId) };
}
