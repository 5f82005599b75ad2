/**
 * Protocol v2 on a shared laptop: the head and three pupils signed in on one laptop, each
 * with changes waiting. One pass sends them all in one request, each pupil's batch with
 * the pupil's own token. One pupil's session has expired and another's was revoked: those
 * two batches are refused alone (`token_expired`, `token_revoked`), their changes stay in
 * the outbox untouched, and everyone else's are stored, acknowledged and gone from it.
 * When the pupils sign in again, the next pass sends what waited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendRecord } from '@/client/db/appendRecord';
import { countPending } from '@/client/db/outbox';
import { dexieSyncStore } from '@/client/db/dexieSyncStore';
import { getDeviceIdentity } from '@/client/db/deviceIdentity';
import { createRecord } from '@/client/db/writeRecord';
import { httpSyncTransport } from '@/client/sync/httpSyncTransport';
import { runSyncPass, type SyncSession } from '@/client/sync/syncPass';
import { SyncFailure } from '@/client/sync/syncErrors';
import type { ExchangeHeader, SyncTransport } from '@/client/sync/syncTransport';
import { Role } from '@/domain/roles';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { openTestDevice, signIn, type TestDevice } from '../../support/testDevice';
import { demoRowRefs, validRow } from '../../support/validRows';

describe.each(TEST_DATABASES)('a shared laptop syncs every person in one request on $name', (kind) => {
  let server: TestServer;
  let laptop: TestDevice;
  let pupils: Array<SyncSession & { pupilId: string; login: string; password: string }>;

  beforeAll(async () => {
    server = await startTestServer({ database: kind, demo: true });
    const demo = server.demo!;
    const head = demo.accounts.find((a) => a.login === 'head')!;
    laptop = await openTestDevice({ serverUrl: server.url, login: head.login, password: head.password });
    await laptop.sync();
    const { deviceId } = await getDeviceIdentity(laptop.db);
    pupils = [];
    for (const a of demo.accounts.filter((x) => x.roles.includes(Role.pupil)).slice(0, 3)) {
      const login = await signIn(server.url, a.login, a.password, deviceId);
      pupils.push({ userId: login.user.id, token: login.token, pupilId: a.pupilId!, login: a.login, password: a.password });
    }
  });
  afterAll(async () => {
    await laptop.close();
    await server.close();
  });

  /** Records each answer's header, to read the per-batch answers. */
  function recording(inner: SyncTransport): { transport: SyncTransport; headers: ExchangeHeader[] } {
    const headers: ExchangeHeader[] = [];
    return {
      headers,
      transport: {
        async *exchange(request, token, signal) {
          for await (const line of inner.exchange(request, token, signal)) {
            if (line.type === 'header') headers.push(line);
            yield line;
          }
        },
      },
    };
  }

  it('a batch whose token expired and one whose token was revoked are refused alone; the others are stored', async () => {
    const demo = server.demo!;
    const db = server.database!;
    const refs = (pupilId: string) => demoRowRefs(demo, pupilId, demo.accounts.find((a) => a.login === 'head')!.staffId);
    // The head's journal and two attempts of each pupil, all waiting on the laptop.
    const subjectId = await createRecord(laptop.db, laptop.author, 'subjects', validRow('subjects', refs(pupils[0]!.pupilId)) as never);
    const attempts = new Map<string, string[]>();
    for (const p of pupils) {
      const author = { userId: p.userId, schoolId: laptop.author.schoolId };
      const ids = [];
      for (let i = 0; i < 2; i++) ids.push(await appendRecord(laptop.db, author, 'attempts', validRow('attempts', refs(p.pupilId)) as never));
      attempts.set(p.userId, ids);
    }
    const [fresh, expired, revoked] = pupils as [(typeof pupils)[0], (typeof pupils)[0], (typeof pupils)[0]];
    await db.query("UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1", [expired.userId]);
    await db.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1', [revoked.userId]);

    const store = dexieSyncStore(laptop.db);
    const { transport, headers } = recording(httpSyncTransport({ baseUrl: server.url }));
    const result = await runSyncPass({
      store,
      transport,
      session: { userId: laptop.login.user.id, token: laptop.login.token },
      others: pupils.map((p) => ({ session: { userId: p.userId, token: p.token }, store })),
      now: Date.now,
    });

    expect(result.requests).toBe(1);
    expect(headers[0]!.batches.map((b) => b.refused)).toEqual([undefined, undefined, 'token_expired', 'token_revoked']);
    expect(result.rejected).toEqual([]);
    expect(result.others).toEqual([
      { userId: fresh.userId, pushed: 2, rejected: [] },
      { userId: expired.userId, pushed: 0, rejected: [], failure: SyncFailure.signedOut },
      { userId: revoked.userId, pushed: 0, rejected: [], failure: SyncFailure.signedOut },
    ]);
    expect(await countPending(laptop.db, laptop.login.user.id)).toBe(0);
    expect(await countPending(laptop.db, fresh.userId)).toBe(0);
    expect(await countPending(laptop.db, expired.userId)).toBe(2);
    expect(await countPending(laptop.db, revoked.userId)).toBe(2);
    const stored = async (ids: string[]) =>
      (await db.query<{ id: string }>('SELECT id FROM records WHERE school_id = $1 AND id = ANY($2)', [laptop.author.schoolId, ids]))
        .map((r) => r.id)
        .sort();
    expect(await stored([subjectId])).toEqual([subjectId]);
    expect(await stored(attempts.get(fresh.userId)!)).toEqual([...attempts.get(fresh.userId)!].sort());
    expect(await stored([...attempts.get(expired.userId)!, ...attempts.get(revoked.userId)!])).toEqual([]);

    // They sign in again on the laptop: the next pass sends what waited, in one request.
    const { deviceId } = await getDeviceIdentity(laptop.db);
    const again = await Promise.all(
      [expired, revoked].map(async (p) => {
        const login = await signIn(server.url, p.login, p.password, deviceId);
        return { session: { userId: p.userId, token: login.token }, store };
      }),
    );
    const second = await runSyncPass({
      store,
      transport,
      session: { userId: laptop.login.user.id, token: laptop.login.token },
      others: again,
      now: Date.now,
    });
    expect(second.requests).toBe(1);
    expect(second.others!.map((o) => [o.pushed, o.failure])).toEqual([
      [2, undefined],
      [2, undefined],
    ]);
    expect(await laptop.db.$outbox.count()).toBe(0);
    expect(await stored([...attempts.get(expired.userId)!, ...attempts.get(revoked.userId)!])).toHaveLength(4);
  });

  it('more changes than one request holds: the next request carries the rest, every person in turn', async () => {
    const demo = server.demo!;
    const store = dexieSyncStore(laptop.db);
    const { deviceId } = await getDeviceIdentity(laptop.db);
    const refs = (pupilId: string) => demoRowRefs(demo, pupilId, demo.accounts.find((a) => a.login === 'head')!.staffId);
    const sessions = [];
    for (const p of pupils) {
      const login = await signIn(server.url, p.login, p.password, deviceId);
      sessions.push({ session: { userId: p.userId, token: login.token }, store });
      for (let i = 0; i < 3; i++) {
        await appendRecord(
          laptop.db,
          { userId: p.userId, schoolId: laptop.author.schoolId },
          'attempts',
          validRow('attempts', refs(p.pupilId)) as never,
        );
      }
    }
    const sent: number[][] = [];
    const inner = httpSyncTransport({ baseUrl: server.url });
    const transport: SyncTransport = {
      exchange: (request, token, signal) => {
        sent.push(request.batches.map((b) => b.mutations.length));
        return inner.exchange(request, token, signal);
      },
    };
    const result = await runSyncPass({
      store,
      transport,
      session: { userId: laptop.login.user.id, token: laptop.login.token },
      others: sessions,
      now: Date.now,
      batchSize: 4,
    });
    // 9 attempts, 4 a request: the head's (empty) batch leads each request.
    expect(sent).toEqual([
      [0, 3, 1],
      [0, 2, 2],
      [0, 1],
    ]);
    expect(result.requests).toBe(3);
    expect(result.others!.map((o) => o.pushed)).toEqual([3, 3, 3]);
    expect(await laptop.db.$outbox.count()).toBe(0);
  });

  it("the signed-in user's expired token refuses the whole request (401): nothing is applied, every outbox kept", async () => {
    const demo = server.demo!;
    const teacher = demo.accounts.find((a) => a.login === 'teacher2')!;
    const device = await openTestDevice({ serverUrl: server.url, login: teacher.login, password: teacher.password });
    try {
      await createRecord(device.db, device.author, 'subjects', validRow('subjects', demoRowRefs(demo, pupils[0]!.pupilId)) as never);
      await server.database!.query("UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1", [device.login.user.id]);
      await expect(device.sync()).rejects.toMatchObject({ reason: SyncFailure.signedOut });
      expect(await device.db.$outbox.count()).toBe(1);
    } finally {
      await device.close();
    }
  });
});
