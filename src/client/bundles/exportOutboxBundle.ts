/**
 * Writes every waiting change on this laptop into one outbox bundle: for each person who
 * signed in here and still holds a session, their entries in their data database, oldest
 * first, as one batch signed with their session's bundle key (`bundleFormat.ts`). Nothing
 * leaves the outbox: the entries are removed only when a sync acknowledges them, as ever
 * (S5), so a lost drive loses nothing. Each exported batch is remembered (`exports`) to show
 * "exported, waiting for delivery".
 *
 * A person without a session here (signed out, refused) cannot sign a batch: their changes
 * stay, and the summary names them so the screen can say "sign in online".
 */
import { uuidv7 } from '@/domain/ids';
import {
  BUNDLE_FORMAT_VERSION,
  BundleKind,
  BundleWriter,
  batchDigest,
  encodeJson,
  sha256Hex,
  signBatch,
  type OutboxHeader,
} from '@/sync/bundleFormat';
import { dataDbNameFor } from '../auth/dataDbName';
import type { DeviceProfile } from '../db/profiles/deviceProfile';
import type { SandyqDb } from '../db/db';
import { getDeviceIdentity } from '../db/deviceIdentity';
import { readOutbox } from '../db/outbox';
import type { BundlesDb } from '../db/bundles/bundlesDb';

export interface OutboxExportInput {
  profiles: readonly Pick<DeviceProfile, 'userId' | 'schoolId' | 'roles' | 'token' | 'displayName'>[];
  laptopId: string;
  /** The data database of that name, open. */
  openDb(name: string): SandyqDb | Promise<SandyqDb>;
  marks: BundlesDb;
  now?: () => number;
}

export interface OutboxExportResult {
  /** The file's bytes; undefined when nothing waits. */
  file?: Blob;
  bundleId: string;
  /** Changes in the file, per person. */
  users: { userId: string; displayName: string; changes: number }[];
  /** People with waiting changes but no session to sign them with. */
  unsigned: { userId: string; displayName: string; changes: number }[];
}

/** Every pending entry of a user, however many: a bundle carries a week offline at once. */
const NO_LIMIT = 2 ** 31;

export async function exportOutboxBundle(input: OutboxExportInput): Promise<OutboxExportResult> {
  const now = input.now ?? Date.now;
  const bundleId = uuidv7(now(), crypto.getRandomValues(new Uint8Array(10)));
  const result: OutboxExportResult = { bundleId, users: [], unsigned: [] };
  const chunks: BlobPart[] = [];
  const exported: { dbName: string; userId: string; upToSeq: number }[] = [];
  let writer: BundleWriter | undefined;
  // One school a file (the school's server imports it): a laptop serves one school; should
  // it hold another's people too, their changes wait for a second file.
  let schoolId: string | undefined;

  for (const profile of input.profiles) {
    if (schoolId !== undefined && profile.schoolId !== schoolId) continue;
    const dbName = dataDbNameFor(profile);
    const db = await input.openDb(dbName);
    const entries = await readOutbox(db, profile.userId, NO_LIMIT);
    if (entries.length === 0) continue;
    const who = { userId: profile.userId, displayName: profile.displayName, changes: entries.length };
    if (!profile.token) {
      result.unsigned.push(who);
      continue;
    }
    if (!writer) {
      schoolId = profile.schoolId;
      const started = await BundleWriter.start();
      writer = started.writer;
      chunks.push(started.chunk as BlobPart);
      const header: OutboxHeader = {
        t: 'header',
        format: BUNDLE_FORMAT_VERSION,
        kind: BundleKind.outbox,
        bundleId,
        schoolId,
        laptopId: input.laptopId,
        createdAt: now(),
      };
      chunks.push(...(writer.frame(header) as BlobPart[]));
    }
    const { deviceId } = await getDeviceIdentity(db);
    const changes = entries.map(({ seq, table, id, schoolId: rowSchool, kind, fields, clocks, bases }) => ({
      seq,
      table,
      id,
      schoolId: rowSchool,
      kind,
      fields,
      clocks,
      ...(bases ? { bases } : {}),
    }));
    const data = encodeJson(changes);
    const sessionRef = await sha256Hex(new TextEncoder().encode(profile.token));
    const signature = await signBatch(
      sessionRef,
      await batchDigest({ bundleId, schoolId: profile.schoolId, deviceId, userId: profile.userId, data }),
    );
    const fromSeq = entries[0]!.seq;
    const toSeq = entries[entries.length - 1]!.seq;
    chunks.push(
      ...(writer.frame(
        { t: 'batch', userId: profile.userId, sessionRef, deviceId, count: entries.length, fromSeq, toSeq, signature },
        data,
      ) as BlobPart[]),
    );
    exported.push({ dbName: db.name, userId: profile.userId, upToSeq: toSeq });
    result.users.push(who);
  }
  if (!writer) return result;
  chunks.push(writer.finish() as BlobPart);
  const exportedAt = now();
  await input.marks.exports.bulkAdd(exported.map((e) => ({ ...e, bundleId, exportedAt })));
  return { ...result, file: new Blob(chunks, { type: 'application/vnd.sandyq.bundle' }) };
}
