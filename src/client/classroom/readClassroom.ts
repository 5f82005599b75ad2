/**
 * A remote lesson as the assistant in the room runs it: the stages of the lesson's plan
 * (ҚМЖ) with their minutes and who leads each, and the quick checks open for the class set
 * (formative tasks given to it), with the pupils who have answered each on this laptop or
 * any other.
 */
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { lessonPlanIdOf } from '../lessons/lessonPlanWrites';

export interface QuickCheck {
  readonly assignment: RowOf<'assignments'>;
  readonly assessment: RowOf<'assessments'>;
  /** Pupils with a submitted attempt. */
  readonly answered: ReadonlySet<string>;
}

export interface Classroom {
  readonly stages: ReadonlyArray<RowOf<'lessonPlans'>['stages'][number]>;
  readonly checks: readonly QuickCheck[];
}

export async function readClassroom(db: SandyqDb, sessionId: string, classSetId: string | undefined, now: number): Promise<Classroom> {
  const plan = await liveRows(db, 'lessonPlans').get(lessonPlanIdOf(sessionId));
  if (!classSetId) return { stages: plan?.stages ?? [], checks: [] };
  const assignments = (await liveRows(db, 'assignments').where('classSetId', classSetId)).filter(
    (a) => a.assessmentId !== undefined && a.opensAt <= now && (a.dueAt === undefined || a.dueAt >= now),
  );
  const assessments = await liveRows(db, 'assessments').bulkGet(assignments.map((a) => a.assessmentId!));
  const attempts = await liveRows(db, 'attempts').whereAnyOf(
    'assignmentId',
    assignments.map((a) => a.id),
  );
  const checks: QuickCheck[] = [];
  for (const assignment of assignments) {
    const assessment = assessments.find((x) => x.id === assignment.assessmentId);
    if (!assessment || assessment.kind !== 'formative') continue;
    checks.push({
      assignment,
      assessment,
      answered: new Set(attempts.filter((a) => a.assignmentId === assignment.id).map((a) => a.pupilId as string)),
    });
  }
  return { stages: plan?.stages ?? [], checks };
}
