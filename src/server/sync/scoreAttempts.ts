/**
 * The server scores submitted attempts as they arrive, in the transaction that stores them:
 * the keys of summative items never leave staff laptops and the server, so only here (or on
 * a staff laptop) can a pupil's paper be scored. The result is an `attemptResults` row with
 * an id derived from the attempt's, written as the server's own row, so every laptop pulls
 * it and the teacher's marking of the written work merges beside it.
 *
 * An attempt is a pupil's write and is treated as hostile: an item the server lacks or that
 * is not the assessment's scores nothing, an attempt of an assessment the server lacks is
 * kept unscored, and a result that would not validate is not written: one bad attempt must
 * never fail the sync of the laptop that carries it.
 */
import { attemptResultIdOf, attemptResultSchema } from '@/domain/entities/attemptResult';
import type { Assessment } from '@/domain/entities/assessment';
import type { Attempt } from '@/domain/entities/attempt';
import { scoreAttempt, type ScorableItem } from '@/domain/grading/scoreAttempt';
import type { SqlExecutor } from '../storage/database';
import { writeSystemRecords, type SystemRecord } from '../accounts/writeSystemRecords';
import { loadRecords, recordKey } from './recordStore';
import type { ServerClock } from './serverClock';

/** Scores the attempts not scored yet; returns how many results it wrote. */
export async function scoreAttempts(
  tx: SqlExecutor,
  schoolId: string,
  attemptIds: readonly string[],
  clock: ServerClock,
  now: number,
): Promise<number> {
  if (attemptIds.length === 0) return 0;
  const unique = [...new Set(attemptIds)];
  const stored = await loadRecords(tx, schoolId, [
    ...unique.map((id) => ({ table: 'attempts', id })),
    ...unique.map((id) => ({ table: 'attemptResults', id: attemptResultIdOf(id) })),
  ]);
  const attempts = unique.flatMap((id) => {
    const row = stored.get(recordKey('attempts', id));
    const scored = stored.get(recordKey('attemptResults', attemptResultIdOf(id)))?.data.scoredAt !== undefined;
    return row && !scored ? [{ id, ...(row.data as Attempt) }] : [];
  });
  if (attempts.length === 0) return 0;

  const parents = await loadRecords(tx, schoolId, [
    ...attempts.map((a) => ({ table: 'assessments', id: a.assessmentId })),
    ...attempts.flatMap((a) => (a.assignmentId ? [{ table: 'assignments', id: a.assignmentId }] : [])),
  ]);
  const assessmentOf = (a: Attempt) => parents.get(recordKey('assessments', a.assessmentId))?.data as Assessment | undefined;
  const itemIds = new Set<string>();
  for (const a of attempts) {
    for (const id of a.itemIds) itemIds.add(id);
    const selection = assessmentOf(a)?.selection;
    if (selection?.kind === 'fixed') for (const id of selection.itemIds) itemIds.add(id);
  }
  const itemRows = await loadRecords(
    tx,
    schoolId,
    [...itemIds].map((id) => ({ table: 'items', id })),
  );
  const items = new Map<string, ScorableItem>([...itemRows.values()].map((r) => [r.id, { id: r.id, ...(r.data as Omit<ScorableItem, 'id'>) }]));

  const records: SystemRecord[] = [];
  for (const attempt of attempts) {
    const assessment = assessmentOf(attempt);
    // An attempt of an assessment the server never had cannot be scored: it is kept, unscored.
    if (!assessment) continue;
    const score = scoreAttempt(attempt, assessment, items);
    const dueAt = attempt.assignmentId ? (parents.get(recordKey('assignments', attempt.assignmentId))?.data.dueAt as number | undefined) : undefined;
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
  await writeSystemRecords(tx, schoolId, records, clock);
  return records.length;
}
