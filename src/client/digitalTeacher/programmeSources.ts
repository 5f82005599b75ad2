/**
 * The rows every programme read starts from: the school's programme subjects, its pupils,
 * welfare records and Digital teacher groups, each table read once.
 */
import { programmeSubjectIds } from '@/domain/digitalTeacher/programmeSubjects';
import { GroupKind } from '@/domain/entities/group';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';

export interface ProgrammeSources {
  /** The six programme subjects the school has, in the programme's order of codes. */
  readonly subjects: readonly RowOf<'subjects'>[];
  readonly subjectIds: ReadonlySet<string>;
  readonly pupils: readonly RowOf<'pupils'>[];
  readonly pupilById: ReadonlyMap<string, RowOf<'pupils'>>;
  readonly recordOf: ReadonlyMap<string, RowOf<'welfareRecords'>>;
  readonly groups: readonly RowOf<'groups'>[];
}

export async function loadProgrammeSources(db: SandyqDb, schoolId: string): Promise<ProgrammeSources> {
  const [subjects, pupils, records, groups] = await Promise.all([
    liveRows(db, 'subjects').where('schoolId', schoolId),
    liveRows(db, 'pupils').where('schoolId', schoolId),
    liveRows(db, 'welfareRecords').where('schoolId', schoolId),
    liveRows(db, 'groups').where('schoolId', schoolId),
  ]);
  const subjectIds = programmeSubjectIds(subjects);
  return {
    subjects: subjects.filter((s) => subjectIds.has(s.id)),
    subjectIds,
    pupils,
    pupilById: new Map(pupils.map((p) => [p.id as string, p])),
    recordOf: new Map(records.map((r) => [r.pupilId as string, r])),
    groups: groups.filter((g) => g.kind === GroupKind.digitalTeacher),
  };
}
