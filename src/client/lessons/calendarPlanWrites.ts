/**
 * Writing a calendar-thematic plan (КТЖ) by hand or from another plan. The entries are one
 * field of the plan: two teachers who both changed a plan offline see the other version as a
 * conflict to restore (rule M3), nothing typed is dropped.
 */
import type { CalendarPlanEntry } from '@/domain/entities/calendarPlan';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { createRecord, updateRecord } from '../db/writeRecord';
import { RecordWriteError, RecordWriteErrorReason } from '../db/recordWriteError';

export interface PlanOwner {
  readonly subjectId: string;
  readonly grade: number;
  readonly academicYearId: string;
  readonly authorId: string;
}

export function createCalendarPlan(db: SandyqDb, author: Author, owner: PlanOwner): Promise<string> {
  return createRecord(db, author, 'calendarPlans', { ...owner, entries: [] });
}

/**
 * A new plan for `owner` with the topics of another (last year's, a colleague's). Planned
 * dates are left behind: they belong to the other year's calendar.
 */
export async function copyCalendarPlan(db: SandyqDb, author: Author, fromPlanId: string, owner: PlanOwner): Promise<string> {
  const from = await liveRows(db, 'calendarPlans').get(fromPlanId);
  if (!from) throw new RecordWriteError(RecordWriteErrorReason.notFound, 'calendarPlans');
  const entries = from.entries.map(({ plannedOn: _left, ...entry }) => entry);
  return createRecord(db, author, 'calendarPlans', { ...owner, entries });
}

/** Replaces the plan's entries (added, edited, removed or moved topics) in one write. */
export function saveCalendarPlanEntries(db: SandyqDb, author: Author, planId: string, entries: readonly CalendarPlanEntry[]): Promise<string[]> {
  return updateRecord(db, author, 'calendarPlans', planId, { entries: [...entries] });
}

/**
 * The topics of an imported spreadsheet become the year's plan: a new plan, or the topics
 * of the one in force replaced (the teacher saw how many it had before confirming).
 */
export async function importCalendarPlan(
  db: SandyqDb,
  author: Author,
  owner: PlanOwner,
  entries: readonly CalendarPlanEntry[],
  replacePlanId?: string,
): Promise<string> {
  if (replacePlanId !== undefined) {
    await saveCalendarPlanEntries(db, author, replacePlanId, entries);
    return replacePlanId;
  }
  return createRecord(db, author, 'calendarPlans', { ...owner, entries: [...entries] });
}
