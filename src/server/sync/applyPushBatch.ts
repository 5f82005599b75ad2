/**
 * One user's batch of a sync request, decided: each change screened alone (S3, V1-V3),
 * then the batch applied in one transaction (idempotent per (device, user) stream) and
 * the attempts it submitted scored. Protocol v1 sends one batch a request; v2 sends one
 * per person waiting on a laptop, each through here on its own.
 */
import type { Mutation, Rejection } from '@/sync/protocol';
import type { Database } from '../storage/database';
import type { AuthContext } from '../auth/authContext';
import { applyMutations, type ApplyResult } from './applyMutations';
import { screenMutation } from './screenMutation';
import type { ServerClock } from './serverClock';

export interface PushBatchDeps {
  db: Database;
  clock: ServerClock;
  now: () => number;
}

/** The changes as read off the wire, in the v1 shape, each checked only as far as its seq. */
export type RawMutation = { seq: number } & Record<string, unknown>;

/** Whether seqs rise strictly: a device sends its outbox oldest-first, never a seq twice. */
export function seqsRiseStrictly(changes: readonly { seq: number }[]): boolean {
  for (let i = 1; i < changes.length; i++) if (changes[i]!.seq <= changes[i - 1]!.seq) return false;
  return true;
}

/** Each change screened alone (S3, V1-V3): what goes on to be applied, and what is refused already. */
export function screenChanges(raw: readonly RawMutation[], screenedAt: number): { mutations: Mutation[]; screened: Rejection[] } {
  const mutations: Mutation[] = [];
  const screened: Rejection[] = [];
  for (const change of raw) {
    const { mutation, rejection } = screenMutation(change, screenedAt);
    if (mutation) mutations.push(mutation);
    if (rejection) screened.push(rejection);
  }
  return { mutations, screened };
}

export async function applyPushBatch(deps: PushBatchDeps, ctx: AuthContext, deviceId: string, raw: readonly RawMutation[]): Promise<ApplyResult> {
  const { mutations, screened } = screenChanges(raw, deps.now());
  // The batch's attempts are scored inside its own read and write (applyMutations).
  return deps.db.transaction((tx) => applyMutations(tx, ctx, deviceId, mutations, deps.clock, screened, { scoreAttemptsAt: deps.now() }));
}
