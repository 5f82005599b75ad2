/**
 * Several people's batches of one sync request (protocol v2: a shared laptop's school
 * day), applied in one transaction and the same few statements instead of three each
 * (`applyMutationBatches`): one commit, so one WAL flush, for the whole laptop instead of
 * twenty-one, and the school's row locked once. Each batch is still authorized, screened,
 * made idempotent per (device, user) and answered on its own, as if applied in order.
 *
 * One batch's failure must not cost the others theirs (a device bound to another laptop, a
 * database error): if the shared transaction fails, nothing of it is kept and every batch
 * is applied again alone, as `applyPushBatch` does, its own failure its own answer.
 */
import type { AuthContext } from '../auth/authContext';
import { applyMutationBatches, type ApplyResult } from './applyMutations';
import { applyPushBatch, screenChanges, type PushBatchDeps, type RawMutation } from './applyPushBatch';

export interface PersonBatch {
  ctx: AuthContext;
  changes: readonly RawMutation[];
}

/** Each batch's result, or the error that refused it (in the order given). */
export async function applyPushBatches(deps: PushBatchDeps, deviceId: string, batches: readonly PersonBatch[]): Promise<Array<ApplyResult | Error>> {
  if (batches.length > 1 && oneSchoolDistinctUsers(batches)) {
    try {
      return await deps.db.transaction((tx) =>
        applyMutationBatches(
          tx,
          deviceId,
          batches.map((batch) => ({ ctx: batch.ctx, ...screenChanges(batch.changes, deps.now()) })),
          deps.clock,
          { scoreAttemptsAt: deps.now() },
        ),
      );
    } catch {
      // Fall through: each batch alone, so the failure is only the failing batch's.
    }
  }
  const results: Array<ApplyResult | Error> = [];
  for (const batch of batches) {
    try {
      results.push(await applyPushBatch(deps, batch.ctx, deviceId, batch.changes));
    } catch (error) {
      results.push(error instanceof Error ? error : new Error(String(error)));
    }
  }
  return results;
}

/**
 * Batches go together only when one school's and each of a different person: a laptop of
 * two schools, or a request naming one person twice (each stream is read once), is applied
 * a batch at a time.
 */
function oneSchoolDistinctUsers(batches: readonly PersonBatch[]): boolean {
  const users = new Set(batches.map((b) => b.ctx.userId));
  return users.size === batches.length && batches.every((b) => b.ctx.schoolId === batches[0]!.ctx.schoolId);
}
