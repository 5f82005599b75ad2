/**
 * Imports a laptop's outbox bundle: the whole file is checked against its checksum first
 * (a cut or altered file is refused whole, nothing applied); then each user's batch, if its
 * signature holds under a live session of that user, goes through the very path a sync
 * push takes (`applyPushBatch`: screenMutation, authorizeMutation, applyMutations), with
 * that user's rights, never the importer's. That path is idempotent per (device, user, seq),
 * so the same file imported twice, or a batch imported and later synced, changes nothing
 * the second time.
 */
import type { Database } from '../storage/database';
import { ApiError } from '../errors/ApiError';
import {
  BatchOutcome,
  BundleError,
  BundleProblem,
  batchChangesSchema,
  batchDigest,
  decodeJson,
  outboxBatchSchema,
  outboxHeaderSchema,
  readFrames,
  readHeader,
  signatureMatches,
  verifyBundle,
  type BundleSource,
  type ImportReport,
} from '@/sync/bundleFormat';
import { applyPushBatch, seqsRiseStrictly } from '../sync/applyPushBatch';
import type { ServerClock } from '../sync/serverClock';
import { batchSession } from './batchSession';

export interface ImportDeps {
  db: Database;
  clock: ServerClock;
  now: () => number;
}

type BatchReport = ImportReport['batches'][number];

/**
 * Throws `BundleError` for a file refused whole; otherwise reports each batch.
 * `importerSchoolId`: the school of the staff member who sent the file (a file of another
 * school is refused); undefined for the server's operator (`npm run admin`), who may import
 * any school's file. Either way each batch is applied with its own author's rights only.
 */
export async function importOutboxBundle(deps: ImportDeps, source: BundleSource, importerSchoolId: string | undefined): Promise<ImportReport> {
  await verifyBundle(source);
  const { header, next } = await readHeader(source, outboxHeaderSchema);
  if (importerSchoolId !== undefined && header.schoolId !== importerSchoolId)
    throw new BundleError(BundleProblem.wrongSchool, 'The bundle is of another school');
  const batches: BatchReport[] = [];
  for await (const frame of readFrames(source, next)) {
    const meta = outboxBatchSchema.safeParse(frame.meta);
    if (!meta.success) throw new BundleError(BundleProblem.unsupported, 'A frame that is not an outbox batch');
    batches.push(await importBatch(deps, header, meta.data, frame.data));
  }
  return { bundleId: header.bundleId, batches };
}

async function importBatch(
  deps: ImportDeps,
  header: { bundleId: string; schoolId: string },
  meta: import('@/sync/bundleFormat').OutboxBatchMeta,
  data: Uint8Array,
): Promise<BatchReport> {
  const report = (outcome: BatchOutcome, rest: Partial<BatchReport> = {}): BatchReport => ({
    userId: meta.userId,
    outcome,
    changes: meta.count,
    stored: 0,
    rejected: 0,
    ackUpToSeq: null,
    ...rest,
  });
  const digest = await batchDigest({ bundleId: header.bundleId, schoolId: header.schoolId, deviceId: meta.deviceId, userId: meta.userId, data });
  if (!(await signatureMatches(meta.sessionRef, digest, meta.signature))) return report(BatchOutcome.badSignature);
  const session = await batchSession(deps.db, header.schoolId, meta.sessionRef, meta.userId, deps.now());
  if (!session.ok) return report(BatchOutcome.sessionRefused);
  let changes;
  try {
    changes = batchChangesSchema.parse(decodeJson(data));
  } catch {
    return report(BatchOutcome.refused);
  }
  if (!seqsRiseStrictly(changes)) return report(BatchOutcome.refused);
  try {
    const result = await applyPushBatch(deps, session.ctx, meta.deviceId, changes);
    return report(BatchOutcome.applied, { stored: result.applied, rejected: result.rejected.length, ackUpToSeq: result.ackUpToSeq });
  } catch (error) {
    // The device is bound to another laptop (bindSyncDevice): this batch only is refused.
    if (error instanceof ApiError && error.statusCode === 403) return report(BatchOutcome.refused);
    throw error;
  }
}
