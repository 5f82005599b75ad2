/**
 * What a teacher marks, as the Assessments screen's "To mark" list reads it on a staff
 * laptop: submitted attempts whose written work waits for the rubric, and late attempts
 * waiting for the teacher's decision, oldest first; each with the pupil's written answers,
 * the server's score of the items, the feedback given, and the items edited since the
 * pupil got them (scored as the pupil saw them: the teacher is told).
 */
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import type { RowOf } from '../db/recordRow';
import { attemptTotal, type AttemptTotal } from '@/domain/gradebook/attemptTotal';

export interface AttemptToMark {
  readonly total: AttemptTotal;
  readonly assessment: RowOf<'assessments'>;
  readonly pupil?: RowOf<'pupils'> | undefined;
  readonly feedback?: RowOf<'feedback'> | undefined;
  /** Items the pupil got that have a newer version now. */
  readonly editedItems: ReadonlyArray<RowOf<'items'>>;
  readonly needsRubric: boolean;
  readonly needsLateDecision: boolean;
}

export async function readMarkingQueue(
  db: SandyqDb,
  schoolId: string,
  options: { includeMarked?: boolean; assessmentId?: string } = {},
): Promise<AttemptToMark[]> {
  const [attempts, results, assessments, feedback] = await Promise.all([
    options.assessmentId
      ? liveRows(db, 'attempts').where('assessmentId', options.assessmentId)
      : liveRows(db, 'attempts').where('schoolId', schoolId),
    liveRows(db, 'attemptResults').where('schoolId', schoolId),
    liveRows(db, 'assessments').where('schoolId', schoolId),
    liveRows(db, 'feedback').where('schoolId', schoolId),
  ]);
  const resultOf = new Map(results.map((r) => [r.attemptId as string, r]));
  const assessmentOf = new Map(assessments.map((a) => [a.id, a]));
  const feedbackOf = new Map(feedback.filter((f) => f.aboutKind === 'attempt').map((f) => [f.aboutId as string, f]));
  const [pupils, items] = await Promise.all([
    liveRows(db, 'pupils').bulkGet(attempts.map((a) => a.pupilId)),
    db.rows('items').bulkGet([...new Set(attempts.flatMap((a) => a.itemIds))]),
  ]);
  const edited = new Map(items.flatMap((i) => (i && i.supersededById !== undefined ? [[i.id, i] as const] : [])));
  const out: AttemptToMark[] = [];
  for (const attempt of attempts) {
    const assessment = assessmentOf.get(attempt.assessmentId);
    if (!assessment) continue;
    const total = attemptTotal(attempt, resultOf.get(attempt.id), assessment);
    const hasWork = assessment.criteria.some((c) => c.descriptors.length > 0) || (assessment.writtenTasks?.length ?? 0) > 0;
    const needsRubric = hasWork && total.result?.markedAt === undefined;
    const needsLateDecision = total.late && total.result?.lateDecision === undefined;
    if (!options.includeMarked && !needsRubric && !needsLateDecision) continue;
    out.push({
      total,
      assessment,
      pupil: pupils.find((p) => p.id === attempt.pupilId),
      feedback: feedbackOf.get(attempt.id),
      editedItems: attempt.itemIds.flatMap((id) => (edited.has(id) ? [edited.get(id)!] : [])),
      needsRubric,
      needsLateDecision,
    });
  }
  return out.sort((a, b) => a.total.submittedAt - b.total.submittedAt);
}
