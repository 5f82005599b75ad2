/**
 * Several people's batches of one sync request (protocol v2: a shared laptop's school
 * day), applied in one transaction instead of one each: one commit, so one WAL flush,
 * for the whole laptop instead of twenty-one, and the school's row locked once. Each batch
 * is still authorized, screened, made idempotent per (device, user) and answered on its own
 * (`applyMutations` once per batch, in order).
 *
 * One batch's failure must not cost the others theirs (a device bound to another laptop, a
 * database error): if the shared transaction fails, nothing of it is kept and every batch
 * is applied again alone, as `applyPushBatch` does, its own failure its own answer.
 */
import type { AuthContext } from '../auth/authContext';
import { applyMutations, type ApplyResult } from './applyMutations';
import { applyPushBatch, type PushBatchDeps, type RawMutation } from './applyPushBatch';
import { screenMutation } from './screenMutation';

export interface PersonBatch {
  ctx: AuthContext;
  changes: readonly RawMutation[];
}

/** Each batch's result, or the error that refused it (in the order given). */
export async function applyPushBatches(deps: PushBatchDeps, deviceId: string, batches: readonly PersonBatch[]): Promise<Array<ApplyResult | Error>> {
  if (batches.length > 1) {
    try {
      return await deps.db.transaction(async (tx) => {
        const results: ApplyResult[] = [];
        for (const batch of batches) {
          const screenedAt = deps.now();
          const screened = batch.changes.map((change) => screenMutation(change, screenedAt));
          results.push(
            await applyMutations(
              tx,
              batch.ctx,
              deviceId,
              screened.flatMap((s) => (s.mutation ? [s.mutation] : [])),
              deps.clock,
              screened.flatMap((s) => (s.rejection ? [s.rejection] : [])),
              { scoreAttemptsAt: deps.now() },
            ),
          );
        }
        return results;
      });
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
