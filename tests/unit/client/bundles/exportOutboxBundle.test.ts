/**
 * Writing a laptop's outbox to a file (src/client/bundles/exportOutboxBundle.ts): every
 * person with a session gets a signed batch of all their waiting changes, oldest first; a
 * person without one is named, not exported; nothing leaves the outbox, and the exported
 * changes read as "waiting for delivery" until acknowledged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { acknowledgeOutbox, countPending } from '@/client/db/outbox';
import { BundlesDb } from '@/client/db/bundles/bundlesDb';
import { createRecord, updateRecord } from '@/client/db/writeRecord';
import { exportOutboxBundle } from '@/client/bundles/exportOutboxBundle';
import { readExportedWaiting } from '@/client/bundles/exportMarks';
import { Role } from '@/domain/roles';
import {
  batchDigest,
  blobSource,
  outboxBatchSchema,
  outboxHeaderSchema,
  readFrames,
  sha256Hex,
  signatureMatches,
  verifyBundle,
} from '@/sync/bundleFormat';
import { ASSISTANT, TEACHER, makeDb, pupilData, uniqueDbName } from '../db/testDb';

const opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const token = (c: string) => `${TEACHER.schoolId}.${c.repeat(43)}`;

async function laptop(): Promise<{ db: SandyqDb; marks: BundlesDb }> {
  const db = makeDb();
  const marks = new BundlesDb(uniqueDbName('bundles'));
  opened.push(db, marks);
  const id = await createRecord(db, TEACHER, 'pupils', pupilData());
  await updateRecord(db, ASSISTANT, 'pupils', id, { name: 'Б' });
  await updateRecord(db, TEACHER, 'pupils', id, { name: 'В' });
  return { db, marks };
}

const profile = (author: { userId: string; schoolId: string }, name: string, t?: string) => ({
  userId: author.userId,
  schoolId: author.schoolId,
  roles: [Role.teacher],
  displayName: name,
  ...(t ? { token: t } : {}),
});

describe('an outbox bundle written on the laptop', () => {
  it('holds a signed batch per person with a session, names the one without, and removes nothing', async () => {
    const { db, marks } = await laptop();
    const result = await exportOutboxBundle({
      profiles: [profile(TEACHER, 'Айгүл', token('a')), profile(ASSISTANT, 'Болат')],
      laptopId: 'laptop-1',
      openDb: () => db,
      marks,
    });
    expect(result.users).toEqual([{ userId: TEACHER.userId, displayName: 'Айгүл', changes: 2 }]);
    expect(result.unsigned).toEqual([{ userId: ASSISTANT.userId, displayName: 'Болат', changes: 1 }]);
    expect(await countPending(db)).toBe(3);

    const source = blobSource(result.file!);
    await verifyBundle(source);
    const frames = [];
    for await (const f of readFrames(source)) frames.push(f);
    const header = outboxHeaderSchema.parse(frames[0]!.meta);
    const batch = outboxBatchSchema.parse(frames[1]!.meta);
    expect(frames).toHaveLength(2);
    expect([batch.fromSeq, batch.toSeq, batch.count]).toEqual([1, 3, 2]);
    expect(JSON.parse(new TextDecoder().decode(frames[1]!.data)).map((c: { seq: number }) => c.seq)).toEqual([1, 3]);
    // The file holds the token's hash, never the token; the signature holds under it.
    expect(new TextDecoder().decode(await result.file!.arrayBuffer())).not.toContain(token('a'));
    expect(batch.sessionRef).toBe(await sha256Hex(new TextEncoder().encode(token('a'))));
    const digest = await batchDigest({
      bundleId: header.bundleId,
      schoolId: header.schoolId,
      deviceId: batch.deviceId,
      userId: batch.userId,
      data: frames[1]!.data,
    });
    expect(await signatureMatches(batch.sessionRef, digest, batch.signature)).toBe(true);

    const waiting = await readExportedWaiting(marks, db, TEACHER.userId);
    expect(waiting?.waiting).toBe(2);
    await acknowledgeOutbox(db, TEACHER.userId, 1);
    expect((await readExportedWaiting(marks, db, TEACHER.userId))?.waiting).toBe(1);
    await acknowledgeOutbox(db, TEACHER.userId, 3);
    expect(await readExportedWaiting(marks, db, TEACHER.userId)).toBeUndefined();
    expect(await marks.exports.count()).toBe(0);
  });

  it('writes no file when nothing waits', async () => {
    const db = makeDb();
    const marks = new BundlesDb(uniqueDbName('bundles'));
    opened.push(db, marks);
    const result = await exportOutboxBundle({ profiles: [profile(TEACHER, 'Айгүл', token('a'))], laptopId: 'l', openDb: () => db, marks });
    expect(result.file).toBeUndefined();
    expect(await marks.exports.count()).toBe(0);
  });
});
