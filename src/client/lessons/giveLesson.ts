/**
 * Giving a lesson to pupils to study on their own, offline: the plan stays staff-only (its
 * methods, differentiation and reflection are the teacher's), so the pupil-facing part is
 * copied into an assignment for the plan's class set: the topic, what pupils do at each
 * stage, and the stages' resources, which the pupil's laptop keeps for offline use.
 */
import { derivedId } from '@/domain/ids';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { createRecord } from '../db/writeRecord';
import { AssessmentError, AssessmentErrorReason } from '../assessments/assessmentError';

/** One assignment per plan: giving it again updates what pupils see. */
export const lessonAssignmentIdOf = (planId: string) => derivedId('assignment', 'lesson', planId);

export async function giveLesson(db: SandyqDb, author: Author, planId: string, assignedById: string): Promise<string> {
  const plan = await liveRows(db, 'lessonPlans').get(planId);
  if (!plan) throw new AssessmentError(AssessmentErrorReason.notFound);
  const activities = plan.stages.flatMap((s) => (s.pupilActivity?.trim() ? [`${s.name}: ${s.pupilActivity.trim()}`] : []));
  const resourceIds = [...new Set(plan.stages.flatMap((s) => s.resourceIds))];
  return createRecord(
    db,
    author,
    'assignments',
    {
      lessonPlanId: planId,
      assignedById,
      opensAt: db.env.now(),
      title: plan.topic,
      ...(plan.classSetId ? { classSetId: plan.classSetId } : {}),
      ...(activities.length ? { instructions: activities.join('\n') } : {}),
      ...(resourceIds.length ? { resourceIds } : {}),
    },
    { id: lessonAssignmentIdOf(planId) },
  );
}
