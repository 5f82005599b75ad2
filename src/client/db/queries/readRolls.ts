/**
 * Who may be on a register: the enrolments of a class set (or of a group's pupils) and
 * those pupils' rows. Which of them are current on a date is decided by the pure
 * membership rules of src/domain/reports (`indexAttendance`), not here. Staff are never
 * read: a register is made of pupils only.
 */
import type { SandyqDb } from '../db';
import type { RowOf } from '../recordRow';
import { liveRows } from './liveRows';

export interface RollSources {
  readonly pupils: readonly RowOf<'pupils'>[];
  readonly enrolments: readonly RowOf<'enrolments'>[];
}

async function withPupils(db: SandyqDb, enrolments: RowOf<'enrolments'>[]): Promise<RollSources> {
  return { pupils: await liveRows(db, 'pupils').bulkGet(enrolments.map((e) => e.pupilId)), enrolments };
}

/** Everyone ever enrolled in the class sets, with their enrolments there. */
export async function readClassSetRolls(db: SandyqDb, classSetIds: readonly string[]): Promise<RollSources> {
  if (classSetIds.length === 0) return { pupils: [], enrolments: [] };
  return withPupils(db, await liveRows(db, 'enrolments').whereAnyOf('classSetId', classSetIds));
}

/** A group's pupils with all their enrolments (a group may draw on several class sets). */
export async function readGroupRoll(db: SandyqDb, groupId: string): Promise<RollSources & { readonly group: RowOf<'groups'> | undefined }> {
  const group = await liveRows(db, 'groups').get(groupId);
  if (!group) return { group: undefined, pupils: [], enrolments: [] };
  const enrolments = await liveRows(db, 'enrolments').whereAnyOf('pupilId', group.pupilIds);
  return { group, ...(await withPupils(db, enrolments)) };
}
