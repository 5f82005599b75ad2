/** The Gradebook screen's live reads. */
import { useLiveRead } from '../workspace/useLiveRead';
import { readClassSets, readSubjects } from '../db/queries/setupQueries';
import { readGradebook, type GradebookQuery } from './readGradebook';
import { readYearMarks } from './readYearMarks';
import type { YearMarkResult } from '@/domain/grading/yearMark';

export const useGradebook = (query: GradebookQuery | undefined) =>
  useLiveRead((db) => (query ? readGradebook(db, query) : Promise.resolve(null)), [query?.classSetId, query?.subjectId, query?.quarter]);

/** The class sets and subjects to choose a gradebook by. */
export const useGradebookChoices = (schoolId: string) =>
  useLiveRead(
    async (db) => {
      const [classSets, subjects] = await Promise.all([readClassSets(db, schoolId), readSubjects(db, schoolId)]);
      return { classSets: classSets.filter((c) => c.status !== 'archived'), subjects };
    },
    [schoolId],
  );

/** Each pupil's year mark in the subject, from the four quarters' term marks. */
export const useYearMarks = (classSetId: string | undefined, subjectId: string | undefined) =>
  useLiveRead(
    (db): Promise<ReadonlyMap<string, YearMarkResult>> =>
      classSetId && subjectId ? readYearMarks(db, classSetId, subjectId) : Promise.resolve(new Map()),
    [classSetId, subjectId],
  );
