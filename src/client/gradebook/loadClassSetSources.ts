/**
 * The rows one class set's gradebook of a subject is computed from (`GradebookSources`),
 * read by index: its pupils (today's and everyone enrolled there), the work given to it,
 * its typed marks and the attempts at its assignments; and for a pupil who was ever in
 * another class set, their attempts and marks there too, since work done before a move
 * counts where they end the quarter.
 */
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { GradebookSources } from '@/domain/gradebook/gradebookSources';
import { loadRollRows } from './readGradebookRoll';

export async function loadClassSetSources(db: SandyqDb, classSetId: string, subjectId: string): Promise<GradebookSources | null> {
  const classSet = await liveRows(db, 'classSets').get(classSetId);
  if (!classSet) return null;
  const [year, { pupils, enrolments }, assignmentsHere, marksHere, policies, conflicts] = await Promise.all([
    liveRows(db, 'academicYears').get(classSet.academicYearId),
    loadRollRows(db, classSetId),
    liveRows(db, 'assignments').where('classSetId', classSetId),
    liveRows(db, 'marks').where('[classSetId+subjectId]', [classSetId, subjectId]),
    liveRows(db, 'gradingPolicies').where('schoolId', classSet.schoolId),
    liveRows(db, 'conflicts').where('status', 'open'),
  ]);
  // Pupils who were ever in another class set: their work there may count here.
  const movers = [...new Set(enrolments.filter((e) => e.classSetId !== classSetId).map((e) => e.pupilId as string))];
  const [attemptsHere, moversAttempts, moversMarks, otherClassSets] = await Promise.all([
    liveRows(db, 'attempts').whereAnyOf(
      'assignmentId',
      assignmentsHere.map((a) => a.id),
    ),
    liveRows(db, 'attempts').whereAnyOf('pupilId', movers),
    liveRows(db, 'marks').whereAnyOf(
      '[pupilId+subjectId]',
      movers.map((p) => [p, subjectId]),
    ),
    liveRows(db, 'classSets').bulkGet([...new Set(enrolments.map((e) => e.classSetId as string))].filter((id) => id !== classSetId)),
  ]);
  const attempts = [...new Map([...attemptsHere, ...moversAttempts].map((a) => [a.id as string, a])).values()];
  const marks = [...new Map([...marksHere, ...moversMarks].map((m) => [m.id as string, m])).values()];
  const here = new Set(assignmentsHere.map((a) => a.id as string));
  const elsewhere = await liveRows(db, 'assignments').bulkGet(
    attempts.flatMap((a) => (a.assignmentId && !here.has(a.assignmentId) ? [a.assignmentId] : [])),
  );
  const assignments = [...assignmentsHere, ...elsewhere];
  const [assessments, attemptResults] = await Promise.all([
    liveRows(db, 'assessments').bulkGet([
      ...assignments.flatMap((a) => (a.assessmentId ? [a.assessmentId] : [])),
      ...marks.flatMap((m) => (m.assessmentId ? [m.assessmentId] : [])),
    ]),
    liveRows(db, 'attemptResults').whereAnyOf(
      'attemptId',
      attempts.map((a) => a.id),
    ),
  ]);
  return {
    years: year ? [year] : [],
    classSets: [classSet, ...otherClassSets],
    pupils,
    enrolments,
    assignments,
    assessments,
    marks,
    attempts,
    attemptResults,
    policies,
    conflicts,
  };
}
