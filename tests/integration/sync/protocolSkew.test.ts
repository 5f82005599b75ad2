/**
 * Version skew through the upgrade to protocol v2, against the real server:
 * - a laptop still on v1 (`/api/v1/sync`) and an updated one on v2 write the same rows and
 *   their own, offline, then sync in turns: both converge to the server's rows, every
 *   change of the v1 laptop is on the server (none dropped), and a v1 value that lost to a
 *   later v2 write is kept as a conflict row;
 * - an updated laptop facing a server that does not speak v2 (an older server: no such
 *   route; or `protocol_mismatch`) fails with `protocolMismatch`, not retried on its own,
 *   which the indicator words as "update the app"; its outbox stays whole.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecord, updateRecord } from '@/client/db/writeRecord';
import { isRetryable, SyncFailure } from '@/client/sync/syncErrors';
import type { DemoAccount } from '@/server/demo/buildDemoSchool';
import { SYNC_FAILURE_KEYS } from '@/ui/sync/syncFailureKeys';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { openTestDevice, snapshot, type TestDevice } from '../../support/testDevice';

const SHARED_TABLES = ['classSets', 'subjects', 'lessonSessions'] as const;

describe.each(TEST_DATABASES)('a v1 laptop and a v2 laptop on one server ($name)', (kind) => {
  let server: TestServer;
  let accounts: DemoAccount[];
  const devices: TestDevice[] = [];
  const open = async (login: string, protocol: 1 | 2) => {
    const a = accounts.find((x) => x.login === login)!;
    const d = await openTestDevice({ serverUrl: server.url, login: a.login, password: a.password, protocol });
    devices.push(d);
    return d;
  };

  beforeAll(async () => {
    server = await startTestServer({ database: kind, demo: true });
    accounts = server.demo!.accounts;
  });
  afterAll(async () => {
    for (const d of devices) await d.close();
    await server.close();
  });

  it('converge: every v1 change is stored, concurrent overwrites are conflicts, both hold the server rows', async () => {
    const old = await open('head', 1);
    // Two laptops of the head (only the head may name class sets and subjects).
    const updated = await open('head', 2);
    await old.sync();
    await updated.sync();
    const classSets = (await old.db.records('classSets').toArray()).slice(0, 3);
    const written = { v1: [] as string[], v2: [] as string[] };
    // Offline, both rename the same class sets and create subjects of their own.
    for (const [i, cs] of classSets.entries()) {
      await updateRecord(old.db, old.author, 'classSets', cs.id, { name: `v1-${i}` });
      // Each laptop's clock counts on its own within a millisecond: the v2 rename is made
      // later in wall time so its stamp sorts after the v1 one whatever the counters hold.
      await new Promise((resolve) => setTimeout(resolve, 5));
      await updateRecord(updated.db, updated.author, 'classSets', cs.id, { name: `v2-${i}` });
    }
    for (let i = 0; i < 5; i++) {
      const subject = (who: string) => ({ code: `${who}${i}`, names: { kk: `Пән ${who}`, ru: 'Предмет', en: 'Subject' }, grades: [5] });
      written.v1.push(await createRecord(old.db, old.author, 'subjects', subject('a') as never));
      written.v2.push(await createRecord(updated.db, updated.author, 'subjects', subject('b') as never));
    }
    // In turns, as laptops that come online one after the other; then each once more.
    await updated.sync({ batchSize: 3 });
    await old.sync({ batchSize: 3 });
    await updated.sync();
    await old.sync();
    expect(await old.db.$outbox.count()).toBe(0);
    expect(await updated.db.$outbox.count()).toBe(0);

    const db = server.database!;
    const onServer = await db.query<{ id: string }>("SELECT id FROM records WHERE tbl = 'subjects' AND id = ANY($1)", [
      [...written.v1, ...written.v2],
    ]);
    expect(onServer.map((r) => r.id).sort()).toEqual([...written.v1, ...written.v2].sort());
    // Each rename was stamped later on the v2 laptop: it wins on both (SPEC S4), and the v1
    // laptop's value, which lost, is kept as a conflict row (S4): not dropped silently.
    const conflicts = await db.query<{ data: { rowId: string; losingValue: unknown } }>(
      "SELECT data FROM records WHERE tbl = 'conflicts' AND data->>'table' = 'classSets' AND data->>'field' = 'name'",
    );
    for (const [i, cs] of classSets.entries()) {
      expect((await old.db.records('classSets').get(cs.id))?.name).toBe(`v2-${i}`);
      expect(conflicts.some((c) => c.data.rowId === cs.id && c.data.losingValue === `v1-${i}`)).toBe(true);
    }
    expect(await snapshot(updated.db, SHARED_TABLES)).toEqual(await snapshot(old.db, SHARED_TABLES));
  });
});

describe('an updated laptop and a server that does not speak v2', () => {
  let server: TestServer;
  let accounts: DemoAccount[];
  const stubs: Server[] = [];
  beforeAll(async () => {
    server = await startTestServer({ database: TEST_DATABASES[0]!, demo: true });
    accounts = server.demo!.accounts;
  });
  afterAll(async () => {
    for (const s of stubs) await new Promise((resolve) => s.close(resolve));
    await server.close();
  });

  /** A server answering every request with `status` and an error body of `code`, as an older server would. */
  async function olderServer(status: number, code: string): Promise<string> {
    const stub = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code, message: 'older server' } }));
      });
    });
    stubs.push(stub);
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  }

  it.each([
    ['no v2 route (404)', 404, 'not_found'],
    ['protocol_mismatch (409)', 409, 'protocol_mismatch'],
  ])('%s: protocolMismatch, told to update, the outbox whole', async (_, status, code) => {
    const a = accounts.find((x) => x.login === 'head')!;
    const device = await openTestDevice({ serverUrl: server.url, login: a.login, password: a.password });
    try {
      await device.sync();
      for (let i = 0; i < 3; i++) {
        await createRecord(device.db, device.author, 'subjects', {
          code: `u${i}`,
          names: { kk: 'Пән', ru: 'Предмет', en: 'Subject' },
          grades: [5],
        } as never);
      }
      const before = await device.db.$outbox.toArray();
      const error = await device.sync({ baseUrl: await olderServer(status, code) }).catch((e: unknown) => e);
      expect(error).toMatchObject({ reason: SyncFailure.protocolMismatch });
      expect(isRetryable(SyncFailure.protocolMismatch)).toBe(false);
      expect(SYNC_FAILURE_KEYS.protocolMismatch).toBe('sync:protocolMismatchFailureMessage');
      expect(await device.db.$outbox.toArray()).toEqual(before);
      // Once the server is updated, the same outbox goes through.
      const result = await device.sync();
      expect(result.pushed).toBe(3);
      expect(result.rejected).toEqual([]);
      expect(await device.db.$outbox.count()).toBe(0);
    } finally {
      await device.close();
    }
  });
});
