/**
 * Who is on a class set's gradebook for a quarter (`gradebookRoll`), read from the device:
 * today's pupils and everyone enrolled there, with all their enrolments, so a move shows.
 */
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { gradebookRoll, type QuarterDates, type RollEntry } from '@/domain/gradebook/gradebookRoll';
import { indexGradebookSources } from '@/domain/gradebook/gradebookSources';

export interface RollRows {
  readonly pupils: readonly RowOf<'pupils'>[];
  /** Every enrolment of those pupils, in any class set. */
  readonly enrolments: readonly RowOf<'enrolments'>[];
}

export async function loadRollRows(db: SandyqDb, classSetId: string): Promise<RollRows> {
  const [current, enrolledHere] = await Promise.all([
    liveRows(db, 'pupils').where('classSetId', classSetId),
    liveRows(db, 'enrolments').where('classSetId', classSetId),
  ]);
  const known = new Set(current.map((p) => p.id as string));
  const pupilIds = [...new Set([...known, ...enrolledHere.map((e) => e.pupilId as string)])];
  const [former, enrolments] = await Promise.all([
    liveRows(db, 'pupils').bulkGet(pupilIds.filter((id) => !known.has(id))),
    liveRows(db, 'enrolments').whereAnyOf('pupilId', pupilIds),
  ]);
  return { pupils: [...current, ...former], enrolments };
}

export async function readGradebookRoll(db: SandyqDb, classSetId: string, quarter: QuarterDates | undefined): Promise<RollEntry[]> {
  const { pupils, enrolments } = await loadRollRows(db, classSetId);
  const none = [] as const;
  const index = indexGradebookSources({
    years: none,
    classSets: none,
    pupils,
    enrolments,
    assignments: none,
    assessments: none,
    marks: none,
    attempts: none,
    attemptResults: none,
    policies: none,
    conflicts: none,
  });
  return gradebookRoll(index, classSetId, quarter);
}
