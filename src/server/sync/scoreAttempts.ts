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
 *
 * Two ways in: `applyMutations` scores a batch's attempts inside its own read and write
 * (the rows it needs are read with the batch's, the results written with its rows), and
 * `scoreAttempts` here scores attempts already stored, on its own. Both score with
 * `attemptScoring.ts`.
 */
import { attemptResultIdOf } from '@/domain/entities/attemptResult';
import type { SqlExecutor } from '../storage/database';
import { writeSystemRecords } from '../accounts/writeSystemRecords';
import { loadRecords, recordKey } from './recordStore';
import { scoreLoadedAttempts, scoringItemIds, scoringKeys, unscoredAttempts, type RowLookup } from './attemptScoring';
import type { ServerClock } from './serverClock';

/** Scores the stored attempts not scored yet; returns how many results it wrote. */
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
  const lookup: RowLookup = (table, id) => stored.get(recordKey(table, id));
  const attempts = unscoredAttempts(unique, lookup);
  if (attempts.length === 0) return 0;
  const parents = await loadRecords(
    tx,
    schoolId,
    attempts.flatMap((a) => scoringKeys(a.id, a)),
  );
  for (const [key, row] of parents) stored.set(key, row);
  const items = await loadRecords(
    tx,
    schoolId,
    scoringItemIds(attempts, lookup).map((id) => ({ table: 'items', id })),
  );
  for (const [key, row] of items) stored.set(key, row);
  const records = scoreLoadedAttempts(attempts, lookup, now);
  await writeSystemRecords(tx, schoolId, records, clock);
  return records.length;
}
