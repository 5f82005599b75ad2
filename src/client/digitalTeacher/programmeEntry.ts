/**
 * A pupil's entry in the programme: the parent's application, the low-income status and
 * the two subjects chosen, on the pupil's one programme record (`welfareRecordIdOf`).
 * A third subject, or one outside the programme, is refused before anything is stored.
 */
import { checkSubjectChoice } from '@/domain/digitalTeacher/subjectChoice';
import { programmeSubjectIds } from '@/domain/digitalTeacher/programmeSubjects';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { writeTogether } from '../db/queries/setupTransaction';
import { createRecord, updateRecord } from '../db/writeRecord';
import { ProgrammeRefusal } from './programmeRefusal';
import { welfareRecordIdOf } from './welfareRecordId';

export interface ProgrammeEntry {
  readonly lowIncome: boolean;
  /** The day the parent applied; undefined while no application is recorded. */
  readonly applicationOn?: string | undefined;
  readonly subjectIds: readonly string[];
}

export function recordProgrammeEntry(db: SandyqDb, author: Author, pupilId: string, entry: ProgrammeEntry): Promise<string> {
  return writeTogether(db, ['subjects', 'welfareRecords'], async () => {
    const programme = programmeSubjectIds(await liveRows(db, 'subjects').where('schoolId', author.schoolId));
    const check = checkSubjectChoice(entry.subjectIds, programme);
    if (check.refusals.length > 0) throw new ProgrammeRefusal(check.refusals.map((code) => ({ code, pupilIds: [pupilId] })));
    const id = welfareRecordIdOf(pupilId);
    const fields = { lowIncome: entry.lowIncome, subjectIds: [...entry.subjectIds] };
    if (await liveRows(db, 'welfareRecords').get(id)) {
      await updateRecord(db, author, 'welfareRecords', id, { ...fields, applicationOn: entry.applicationOn ?? null });
    } else {
      await createRecord(
        db,
        author,
        'welfareRecords',
        { pupilId, ...fields, ...(entry.applicationOn ? { applicationOn: entry.applicationOn } : {}), laggingTopics: [], checkpoints: [] },
        { id },
      );
    }
    return id;
  });
}
