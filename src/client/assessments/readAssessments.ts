/**
 * The school's assessments as the Assessments screen lists them: each with its assignments
 * (to which class set, when due) and how many attempts came in and wait for marking.
 */
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';

export interface AssessmentSummary {
  readonly assessment: RowOf<'assessments'>;
  readonly assignments: ReadonlyArray<RowOf<'assignments'>>;
  readonly submitted: number;
}

export async function readAssessments(db: SandyqDb, schoolId: string): Promise<AssessmentSummary[]> {
  const [assessments, assignments, attempts] = await Promise.all([
    liveRows(db, 'assessments').where('schoolId', schoolId),
    liveRows(db, 'assignments').where('schoolId', schoolId),
    liveRows(db, 'attempts').where('schoolId', schoolId),
  ]);
  return assessments
    .map((assessment) => ({
      assessment,
      assignments: assignments.filter((a) => a.assessmentId === assessment.id),
      submitted: attempts.filter((a) => a.assessmentId === assessment.id).length,
    }))
    .sort((a, b) => b.assessment.id.localeCompare(a.assessment.id));
}
