/**
 * Sync by file, the outbox way: a shared laptop with no link writes its waiting changes (the
 * head's and two pupils') into one bundle; a colleague's online laptop sends the file to
 * the school's server, which applies each user's batch through the sync push path.
 * - a file cut at 30 % is refused whole, nothing applied; the whole file is then accepted;
 * - the same file imported twice changes nothing the second time;
 * - one altered byte is refused whole;
 * - a batch whose session was revoked is refused alone;
 * - the author's laptop shows the changes "exported, waiting" until its next sync, which
 *   acknowledges them without storing anything again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { appendRecord } from '@/client/db/appendRecord';
import { countPending } from '@/client/db/outbox';
import { dexieSyncStore } from '@/client/db/dexieSyncStore';
import { getDeviceIdentity } from '@/client/db/deviceIdentity';
import { createRecord } from '@/client/db/writeRecord';
import { httpSyncTransport } from '@/client/sync/httpSyncTransport';
import { runSyncPass } from '@/client/sync/syncPass';
import { BundlesDb } from '@/client/db/bundles/bundlesDb';
import { exportOutboxBundle } from '@/client/bundles/exportOutboxBundle';
import { readExportedWaiting } from '@/client/bundles/exportMarks';
import { BundleApiError, sendOutboxBundle } from '@/client/bundles/bundleApi';
import { BatchOutcome, BundleProblem } from '@/sync/bundleFormat';
import { Role } from '@/domain/roles';
import type { LoginResponse } from '@/sync/authMessages';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAdminCommand } from '@/server/cli/runAdminCommand';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { openTestDevice, signIn, type TestDevice } from '../../support/testDevice';
import { demoRowRefs, validRow } from '../../support/validRows';

describe.each(TEST_DATABASES)('an outbox bundle carried by file on $name', (kind) => {
  let server: TestServer;
  let laptop: TestDevice;
  let colleague: TestDevice;
  let pupils: Array<{ login: LoginResponse; pupilId: string }>;
  let marks: BundlesDb;

  beforeAll(async () => {
    server = await startTestServer({ database: kind, demo: true });
    const demo = server.demo!;
    const account = (login: string) => demo.accounts.find((a) => a.login === login)!;
    laptop = await openTestDevice({ serverUrl: server.url, login: 'head', password: account('head').password });
    await laptop.sync();
    colleague = await openTestDevice({ serverUrl: server.url, login: 'teacher2', password: account('teacher2').password });
    const { deviceId } = await getDeviceIdentity(laptop.db);
    pupils = [];
    for (const a of demo.accounts.filter((x) => x.roles.includes(Role.pupil)).slice(0, 2)) {
      pupils.push({ login: await signIn(server.url, a.login, a.password, deviceId), pupilId: a.pupilId! });
    }
    marks = new BundlesDb(`bundles-${randomUUID()}`);
  });
  afterAll(async () => {
    marks.close();
    await laptop.close();
    await colleague.close();
    await server.close();
  });

  const db = () => server.database!;
  const schoolRows = async () =>
    (
      await db().query<{ n: number; head: number }>(
        'SELECT count(*)::int AS n, (SELECT head_seq FROM schools WHERE id = $1)::int AS head FROM records WHERE school_id = $1',
        [laptop.author.schoolId],
      )
    )[0]!;
  const stored = async (ids: string[]) =>
    (await db().query<{ id: string }>('SELECT id FROM records WHERE school_id = $1 AND id = ANY($2)', [laptop.author.schoolId, ids]))
      .map((r) => r.id)
      .sort();
  const profiles = () => [
    {
      userId: laptop.login.user.id,
      schoolId: laptop.author.schoolId,
      roles: laptop.login.user.roles,
      token: laptop.login.token,
      displayName: 'head',
    },
    ...pupils.map((p) => ({
      userId: p.login.user.id,
      schoolId: laptop.author.schoolId,
      roles: p.login.user.roles,
      token: p.login.token,
      displayName: p.login.user.id,
    })),
  ];
  const exportNow = () => exportOutboxBundle({ profiles: profiles(), laptopId: 'laptop-1', openDb: () => laptop.db, marks });
  const send = (bytes: Uint8Array) => sendOutboxBundle({ baseUrl: server.url, token: colleague.login.token }, new Blob([bytes as BlobPart]));

  /** The head's journal row and two attempts of each pupil, written offline. */
  async function writeOffline(): Promise<string[]> {
    const demo = server.demo!;
    const refs = (pupilId: string) => demoRowRefs(demo, pupilId, demo.accounts.find((a) => a.login === 'head')!.staffId);
    const ids = [await createRecord(laptop.db, laptop.author, 'subjects', validRow('subjects', refs(pupils[0]!.pupilId)) as never)];
    for (const p of pupils) {
      const author = { userId: p.login.user.id, schoolId: laptop.author.schoolId };
      for (let i = 0; i < 2; i++) ids.push(await appendRecord(laptop.db, author, 'attempts', validRow('attempts', refs(p.pupilId)) as never));
    }
    return ids;
  }

  it('a cut file is refused whole; the whole file is applied once, however often it is imported', async () => {
    const ids = await writeOffline();
    const exported = await exportNow();
    expect(exported.users.map((u) => u.changes)).toEqual([1, 2, 2]);
    const bytes = new Uint8Array(await exported.file!.arrayBuffer());
    const before = await schoolRows();

    const cut = bytes.subarray(0, Math.floor(bytes.byteLength * 0.3));
    await expect(send(cut)).rejects.toMatchObject({ failure: BundleProblem.checksumMismatch });
    expect(await schoolRows()).toEqual(before);
    expect(await stored(ids)).toEqual([]);

    const first = await send(bytes);
    expect(first.batches.map((b) => [b.outcome, b.changes, b.rejected])).toEqual([
      [BatchOutcome.applied, 1, 0],
      [BatchOutcome.applied, 2, 0],
      [BatchOutcome.applied, 2, 0],
    ]);
    expect(await stored(ids)).toEqual([...ids].sort());
    const afterFirst = await schoolRows();
    expect(afterFirst.n).toBe(before.n + ids.length);

    const second = await send(bytes);
    expect(second.batches.map((b) => [b.outcome, b.stored])).toEqual([
      [BatchOutcome.applied, 0],
      [BatchOutcome.applied, 0],
      [BatchOutcome.applied, 0],
    ]);
    expect(await schoolRows()).toEqual(afterFirst);

    // The laptop: exported, waiting for delivery, until its next sync acknowledges them.
    const waiting = await readExportedWaiting(marks, laptop.db, laptop.login.user.id);
    expect(waiting?.waiting).toBe(1);
    await laptop.sync();
    for (const p of pupils) {
      const store = dexieSyncStore(laptop.db);
      await runSyncPass({
        store,
        transport: httpSyncTransport({ baseUrl: server.url }),
        session: { userId: p.login.user.id, token: p.login.token },
        now: Date.now,
        pull: false,
      });
    }
    expect(await laptop.db.$outbox.count()).toBe(0);
    for (const userId of [laptop.login.user.id, ...pupils.map((p) => p.login.user.id)]) {
      expect(await readExportedWaiting(marks, laptop.db, userId)).toBeUndefined();
    }
    expect(await marks.exports.count()).toBe(0);
    expect(await schoolRows()).toEqual(afterFirst);
  });

  it('one altered byte refuses the whole file', async () => {
    const ids = await writeOffline();
    const bytes = new Uint8Array(await (await exportNow()).file!.arrayBuffer());
    const altered = bytes.slice();
    const at = Math.floor(altered.byteLength / 2);
    altered[at] = altered[at]! ^ 0x01;
    const before = await schoolRows();
    const refused = await send(altered).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BundleApiError);
    expect((refused as BundleApiError).failure).toBe(BundleProblem.checksumMismatch);
    expect(await schoolRows()).toEqual(before);
    expect(await stored(ids)).toEqual([]);
    await send(bytes);
    expect(await stored(ids)).toEqual([...ids].sort());
    await laptop.sync();
  });

  it("a revoked session's batch is refused alone; the others are applied", async () => {
    const ids = await writeOffline();
    const revoked = pupils[1]!;
    const waiting = await countPending(laptop.db, revoked.login.user.id);
    await db().query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1', [revoked.login.user.id]);
    const report = await send(new Uint8Array(await (await exportNow()).file!.arrayBuffer()));
    expect(report.batches.map((b) => [b.userId, b.outcome])).toEqual([
      [laptop.login.user.id, BatchOutcome.applied],
      [pupils[0]!.login.user.id, BatchOutcome.applied],
      [revoked.login.user.id, BatchOutcome.sessionRefused],
    ]);
    expect(await stored(ids.slice(0, 3))).toEqual(ids.slice(0, 3).sort());
    expect(await stored(ids.slice(3))).toEqual([]);
    expect(await countPending(laptop.db, revoked.login.user.id)).toBe(waiting);
  });

  it('the server operator imports the file with `npm run admin -- import-bundle`; a cut one is refused (exit 1)', async () => {
    const ids = await writeOffline();
    const bytes = new Uint8Array(await (await exportNow()).file!.arrayBuffer());
    const dir = mkdtempSync(join(tmpdir(), 'sandyq-bundle-'));
    writeFileSync(join(dir, 'cut.sqb'), bytes.subarray(0, Math.floor(bytes.byteLength * 0.3)));
    writeFileSync(join(dir, 'whole.sqb'), bytes);
    const out: string[] = [];
    expect(await runAdminCommand(['import-bundle', '--file', join(dir, 'cut.sqb')], { db: db(), out: (l) => out.push(l) })).toBe(1);
    expect(out.join('\n')).toContain('checksumMismatch');
    expect(await stored(ids)).toEqual([]);
    expect(await runAdminCommand(['import-bundle', '--file', join(dir, 'whole.sqb')], { db: db(), out: (l) => out.push(l) })).toBe(0);
    // The second pupil's session was revoked above: that batch alone stays out.
    expect(await stored(ids.slice(0, 3))).toEqual(ids.slice(0, 3).sort());
    expect(out.slice(-3).map((l) => l.split(':')[1]!.split(',')[0]!.trim())).toEqual(['applied', 'applied', 'sessionRefused']);
    await laptop.sync();
  });

  it('a batch signed with another key is refused, and a pupil may not import', async () => {
    await writeOffline();
    const forged = profiles().map((p, i) => (i === 0 ? { ...p, token: `${laptop.author.schoolId}.${'A'.repeat(43)}` } : p));
    const file = (await exportOutboxBundle({ profiles: forged.slice(0, 1), laptopId: 'x', openDb: () => laptop.db, marks })).file!;
    const report = await send(new Uint8Array(await file.arrayBuffer()));
    expect(report.batches.map((b) => b.outcome)).toEqual([BatchOutcome.sessionRefused]);
    await expect(sendOutboxBundle({ baseUrl: server.url, token: pupils[0]!.login.token }, file)).rejects.toMatchObject({ failure: 'refused' });
  });
});
