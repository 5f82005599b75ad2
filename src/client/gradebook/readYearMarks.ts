/**
 * Each pupil's year mark in a subject: the mean of the four term marks, .5 rounded up
 * (`yearMark`); a term without its mark yet leaves the year mark missing, with the terms
 * named, never a mean of the others.
 */
import { yearMark, type YearMarkResult } from '@/domain/grading/yearMark';
import type { SandyqDb } from '../db/db';
import { readGradebook } from './readGradebook';

export async function readYearMarks(db: SandyqDb, classSetId: string, subjectId: string): Promise<ReadonlyMap<string, YearMarkResult>> {
  const quarters = await Promise.all([1, 2, 3, 4].map((quarter) => readGradebook(db, { classSetId, subjectId, quarter })));
  const pupilIds = new Set(quarters.flatMap((q) => (q ? q.rows.map((r) => r.pupil.id as string) : [])));
  const marks = new Map<string, YearMarkResult>();
  for (const pupilId of pupilIds) {
    const terms = quarters.map((q) => {
      const term = q?.rows.find((r) => r.pupil.id === pupilId)?.term;
      return term?.ok ? term.value.mark : undefined;
    });
    marks.set(pupilId, yearMark(terms));
  }
  return marks;
}
