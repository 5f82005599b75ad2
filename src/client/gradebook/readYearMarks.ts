/**
 * Each pupil's year mark in a subject: the mean of the four term marks, .5 rounded up
 * (`yearMark`); a term without its mark yet leaves the year mark missing, with the terms
 * named, never a mean of the others. A term is taken where the pupil ended that quarter:
 * a pupil who moved class set during the year brings the term marks given in the class set
 * they were in before.
 */
import { yearMark, type YearMarkResult } from '@/domain/grading/yearMark';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { readGradebook, type Gradebook } from './readGradebook';

/** A quarter's gradebook the caller has already read: not read again. */
export interface KnownQuarter {
  readonly quarter: number;
  readonly book: Gradebook | null;
}

export async function readYearMarks(
  db: SandyqDb,
  classSetId: string,
  subjectId: string,
  known?: KnownQuarter,
): Promise<ReadonlyMap<string, YearMarkResult>> {
  const classSet = await liveRows(db, 'classSets').get(classSetId);
  const year = classSet ? await liveRows(db, 'academicYears').get(classSet.academicYearId) : undefined;
  const books = new Map<string, Promise<Gradebook | null>>(known ? [[`${classSetId}:${known.quarter}`, Promise.resolve(known.book)]] : []);
  const bookOf = (set: string, quarter: number) => {
    const key = `${set}:${quarter}`;
    if (!books.has(key)) books.set(key, readGradebook(db, { classSetId: set, subjectId, quarter }));
    return books.get(key)!;
  };
  const quarters = await Promise.all([1, 2, 3, 4].map((quarter) => bookOf(classSetId, quarter)));
  const pupilIds = [...new Set(quarters.flatMap((q) => (q ? q.rows.map((r) => r.pupil.id as string) : [])))];
  const enrolments = await liveRows(db, 'enrolments').whereAnyOf('pupilId', pupilIds);

  const marks = new Map<string, YearMarkResult>();
  for (const pupilId of pupilIds) {
    const terms = await Promise.all(
      quarters.map(async (book, i) => {
        let row = book?.rows.find((r) => r.pupil.id === pupilId && !r.leftOn);
        const endsOn = year?.quarters[i]?.endsOn;
        if (!row && endsOn) {
          // Not here at the quarter's end: the term mark was given in the class set they were in then.
          const there = enrolments.find(
            (e) => e.pupilId === pupilId && e.classSetId !== classSetId && e.from <= endsOn && (e.to === undefined || e.to >= endsOn),
          );
          if (there) row = (await bookOf(there.classSetId, i + 1))?.rows.find((r) => r.pupil.id === pupilId && !r.leftOn);
        }
        return row?.term.ok ? row.term.value.mark : undefined;
      }),
    );
    marks.set(pupilId, yearMark(terms));
  }
  return marks;
}
