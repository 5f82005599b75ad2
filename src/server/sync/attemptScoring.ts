/**
 * Scoring of submitted attempts, over rows already read: which rows it reads, and the
 * `attemptResults` rows it writes (why the server scores: `scoreAttempts.ts`). Pure, so
 * `applyMutations` scores a batch's attempts inside its own read and write, and
 * `scoreAttempts` attempts already stored.
 */
import { attemptResultIdOf, attemptResultSchema } from '@/domain/entities/attemptResult';
import type { Assessment } from '@/domain/entities/assessment';
import type { Attempt } from '@/domain/entities/attempt';
import { scoreAttempt, type ScorableItem } from '@/domain/grading/scoreAttempt';
import type { SystemRecord } from '../accounts/writeSystemRecords';
import type { StoredRecord } from './recordStore';

export type RowKey = { table: string; id: string };
/** A stored row by table and id, or undefined when the server lacks it. */
export type RowLookup = (table: string, id: string) => StoredRecord | undefined;

/** The rows scoring an attempt reads, its items aside: its result, assessment and assignment. */
export function scoringKeys(attemptId: string, attempt: Record<string, unknown>): RowKey[] {
  const keys: RowKey[] = [{ table: 'attemptResults', id: attemptResultIdOf(attemptId) }];
  if (typeof attempt.assessmentId === 'string') keys.push({ table: 'assessments', id: attempt.assessmentId });
  if (typeof attempt.assignmentId === 'string') keys.push({ table: 'assignments', id: attempt.assignmentId });
  return keys;
}

/** The attempts (stored rows) scoring still has to score: those without a scored result. */
export function unscoredAttempts(ids: readonly string[], lookup: RowLookup): Array<Attempt & { id: string }> {
  return [...new Set(ids)].flatMap((id) => {
    const row = lookup('attempts', id);
    const scored = lookup('attemptResults', attemptResultIdOf(id))?.data.scoredAt !== undefined;
    return row && !scored ? [{ id, ...(row.data as Attempt) }] : [];
  });
}

/** The items scoring reads: each attempt's own and its assessment's fixed selection. */
export function scoringItemIds(attempts: ReadonlyArray<Attempt>, lookup: RowLookup): string[] {
  const itemIds = new Set<string>();
  for (const a of attempts) {
    for (const id of a.itemIds) itemIds.add(id);
    const selection = (lookup('assessments', a.assessmentId)?.data as Assessment | undefined)?.selection;
    if (selection?.kind === 'fixed') for (const id of selection.itemIds) itemIds.add(id);
  }
  return [...itemIds];
}

/** The result rows of the attempts, scored from the rows `lookup` finds; valid results only. */
export function scoreLoadedAttempts(attempts: ReadonlyArray<Attempt & { id: string }>, lookup: RowLookup, now: number): SystemRecord[] {
  const items = new Map<string, ScorableItem>();
  for (const id of scoringItemIds(attempts, lookup)) {
    const row = lookup('items', id);
    if (row) items.set(id, { id, ...(row.data as Omit<ScorableItem, 'id'>) });
  }
  const records: SystemRecord[] = [];
  for (const attempt of attempts) {
    const assessment = lookup('assessments', attempt.assessmentId)?.data as Assessment | undefined;
    // An attempt of an assessment the server never had cannot be scored: it is kept, unscored.
    if (!assessment) continue;
    const score = scoreAttempt(attempt, assessment, items);
    const dueAt = attempt.assignmentId ? (lookup('assignments', attempt.assignmentId)?.data.dueAt as number | undefined) : undefined;
    const fields = {
      attemptId: attempt.id,
      pupilId: attempt.pupilId,
      assessmentId: attempt.assessmentId,
      ...(attempt.assignmentId ? { assignmentId: attempt.assignmentId } : {}),
      itemScores: score.itemScores,
      autoPoints: score.autoPoints,
      autoMaxPoints: score.autoMaxPoints,
      scoredAt: now,
      late: typeof dueAt === 'number' && attempt.submittedAt > dueAt,
    };
    if (attemptResultSchema.safeParse(fields).success) records.push({ table: 'attemptResults', id: attemptResultIdOf(attempt.id), fields });
  }
  return records;
}
