/** The Assessments screen's live reads. */
import { useLiveRead } from '../workspace/useLiveRead';
import { readAssessments } from './readAssessments';
import { readItemBank, readTopicChoices, type ItemFilter } from './readItemBank';
import { readMarkingQueue } from './readMarking';
import { readStudyTime } from './readStudyTime';
import { readItemAnalysis } from './readItemAnalysis';
import { isoDate } from '@/domain/dates';
import { liveRows } from '../db/queries/liveRows';
import { readClassSets, readPupils } from '../db/queries/setupQueries';

export const useItemBank = (schoolId: string, filter: ItemFilter) => useLiveRead((db) => readItemBank(db, schoolId, filter), [schoolId, filter]);

export const useTopicChoices = (subjectId: string | undefined, grade: number | undefined) =>
  useLiveRead((db) => (subjectId && grade ? readTopicChoices(db, subjectId, grade) : Promise.resolve([])), [subjectId, grade]);

export const useAssessmentList = (schoolId: string) => useLiveRead((db) => readAssessments(db, schoolId), [schoolId]);

export const useMarkingQueue = (schoolId: string) => useLiveRead((db) => readMarkingQueue(db, schoolId), [schoolId]);

/** Class sets and their current pupils, for the assignment form. */
export const useAssignmentChoices = (schoolId: string) =>
  useLiveRead(
    async (db) => {
      const [classSets, pupils, groups] = await Promise.all([
        readClassSets(db, schoolId),
        readPupils(db, schoolId),
        liveRows(db, 'groups').where('schoolId', schoolId),
      ]);
      return {
        classSets: classSets.filter((c) => c.status !== 'archived'),
        pupils: pupils.filter((p) => p.status === 'active'),
        groups,
      };
    },
    [schoolId],
  );

/** Every submitted attempt of one assessment, pupil by pupil, for the teacher's results table. */
export const useAssessmentAttempts = (schoolId: string, assessmentId: string) =>
  useLiveRead((db) => readMarkingQueue(db, schoolId, { includeMarked: true, assessmentId }), [schoolId, assessmentId]);

/** A class set's self-study minutes per pupil and day, this week. */
export const useStudyTime = (classSetId: string | undefined) =>
  useLiveRead((db) => (classSetId ? readStudyTime(db, classSetId, isoDate(db.env.now())) : Promise.resolve(undefined)), [classSetId]);

/** An assessment's item analysis, from the attempts scored so far. */
export const useItemAnalysis = (assessmentId: string) => useLiveRead((db) => readItemAnalysis(db, assessmentId), [assessmentId]);
