/** The school's row for the head's settings form, live, and its one setting changed here. */
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { updateRecord } from '../db/writeRecord';
import { useLiveRead } from '../workspace/useLiveRead';

export function useSchoolRow(schoolId: string) {
  return useLiveRead(
    (db) =>
      liveRows(db, 'schools')
        .get(schoolId)
        .then((row) => row ?? null),
    [schoolId],
  );
}

/** How much each laptop may fetch in the background for the next lessons (MB; 0: off). */
export function setFilePrefetchLimit(db: SandyqDb, author: Author, megabytes: number): Promise<string[]> {
  return updateRecord(db, author, 'schools', author.schoolId, { filePrefetchMegabytes: megabytes });
}

/** Minutes of continuous screen work before a pupil's break reminder, grades 1 to 11. */
export function setScreenMinutes(db: SandyqDb, author: Author, minutesByGrade: readonly number[]): Promise<string[]> {
  return updateRecord(db, author, 'schools', author.schoolId, { screenMinutesByGrade: [...minutesByGrade] });
}
