/**
 * A teacher marking a submitted attempt on their laptop, offline: the descriptors ticked
 * (which set the written work's points), written feedback to the pupil, and the decision on
 * a late attempt, in one transaction. The result's id is derived from the attempt's, so the
 * marking lands on the row the server scored, beside its fields (never over them).
 */
import { attemptResultIdOf, type LateDecision } from '@/domain/entities/attemptResult';
import { derivedId } from '@/domain/ids';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { writeTogether } from '../db/queries/setupTransaction';
import type { NewRecord } from '../db/recordRow';
import { createRecord, deleteRecord } from '../db/writeRecord';
import { useCommands } from '../workspace/useCommands';
import { AssessmentError, AssessmentErrorReason as R } from './assessmentError';

export interface Marking {
  /** The marker's staff record. */
  readonly markedById: string;
  /** [criterion index, descriptor index] pairs ticked. */
  readonly descriptorsReached: ReadonlyArray<readonly [number, number]>;
  readonly feedback: string;
  readonly lateDecision?: LateDecision | undefined;
}

export const feedbackIdOf = (attemptId: string) => derivedId('feedback', 'attempt', attemptId);

async function markAttempt(db: SandyqDb, author: Author, attemptId: string, marking: Marking): Promise<void> {
  await writeTogether(db, ['attempts', 'assessments', 'attemptResults', 'feedback'], async () => {
    const attempt = await liveRows(db, 'attempts').get(attemptId);
    const assessment = attempt ? await liveRows(db, 'assessments').get(attempt.assessmentId) : undefined;
    if (!attempt || !assessment) throw new AssessmentError(R.notFound);
    const reached = [...new Map(marking.descriptorsReached.map(([c, d]) => [`${c}:${d}`, [c, d] as [number, number]])).values()];
    let rubricPoints = 0;
    for (const [c, d] of reached) {
      const descriptor = assessment.criteria[c]?.descriptors[d];
      if (!descriptor) throw new AssessmentError(R.notFound);
      rubricPoints += descriptor.points;
    }
    const now = db.env.now();
    const result: NewRecord<'attemptResults'> = {
      attemptId,
      pupilId: attempt.pupilId,
      assessmentId: attempt.assessmentId,
      ...(attempt.assignmentId ? { assignmentId: attempt.assignmentId } : {}),
      descriptorsReached: reached,
      rubricPoints: Math.round(rubricPoints * 100) / 100,
      markedById: marking.markedById,
      markedAt: now,
      ...(marking.lateDecision ? { lateDecision: marking.lateDecision } : {}),
    };
    await createRecord(db, author, 'attemptResults', result, { id: attemptResultIdOf(attemptId) });
    const feedbackId = feedbackIdOf(attemptId);
    const text = marking.feedback.trim();
    if (text)
      await createRecord(
        db,
        author,
        'feedback',
        { pupilId: attempt.pupilId, aboutKind: 'attempt', aboutId: attemptId, text, authorId: marking.markedById, givenAt: now },
        { id: feedbackId },
      );
    else if (await liveRows(db, 'feedback').get(feedbackId)) await deleteRecord(db, author, 'feedback', feedbackId);
  });
}

export const markingCommands = { markAttempt };
export const useMarkingCommands = () => useCommands(markingCommands);
