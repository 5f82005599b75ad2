/**
 * A week offline, on PGlite and PostgreSQL: a school laptop queues 10,000 journal changes
 * (the head's `school-day` journals of many days, through the real write path), then syncs:
 * its first request pulls the school too.
 * The first pass is cut off after some batches, the last one's answer lost after the server
 * committed it; the page reloads; the next pass drains the rest. Checked:
 * - S1: batches of `BATCH` changes, so the requests are ceil(10,000 / BATCH), plus the one
 *   batch whose answer was lost and which is sent again;
 * - S2/S5: the lost batch, resent, changes nothing; the outbox empties only as batches are
 *   acknowledged; every change is on the server exactly once (the stream's `last_seq` is the
 *   last change's seq, the school log grew by exactly one entry per change, every row holds
 *   the fields and stamps the laptop wrote).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandyqDb } from '@/client/db/db';
import { buildDemoSchool } from '@/server/demo/buildDemoSchool';
import { dexieSyncStore } from '@/client/db/dexieSyncStore';
import { getDeviceIdentity } from '@/client/db/deviceIdentity';
import { httpSyncTransport } from '@/client/sync/httpSyncTransport';
import { SyncError, SyncFailure } from '@/client/sync/syncErrors';
import { runSyncPass } from '@/client/sync/syncPass';
import type { ExchangeLine, SyncTransport } from '@/client/sync/syncTransport';
import type { Database } from '@/server/storage/database';
import { unpackClocks } from '@/server/sync/storedClocks';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { openTestDevice, type TestDevice } from '../../support/testDevice';
import { planSchoolDay, type WorkloadRecord } from '../../support/workloads/schoolDay';
import { schoolFacts, type SchoolFacts } from '../../support/workloads/schoolFacts';
import { termDays } from '../../support/workloads/schoolTerm';
import { writeOnDevice } from '../../support/workloads/writeOnDevice';

const CHANGES = 10_000;
const BATCH = 1_000;
/** Exchanges the first pass gets through before its connection fails. */
const GOOD_EXCHANGES = 4;

/** The head's journal of consecutive school days, cut at `count` records. */
function journalOfDays(facts: SchoolFacts, count: number): WorkloadRecord[] {
  const records: WorkloadRecord[] = [];
  for (const [i, date] of termDays(facts, 30).entries()) {
    records.push(...planSchoolDay(facts, { seed: 700 + i, date }).records.filter((r) => r.author.kind === 'staff'));
    if (records.length >= count) break;
  }
  return records.slice(0, count);
}

/**
 * The laptop as it stands after the week: the head's 10,000 changes written through the
 * device write path once (the slow part), in a database each run copies. The demo school
 * is the same on every database (same seed, same ids), so one laptop serves both.
 */
let offlineLaptop: Promise<{ dbName: string; records: WorkloadRecord[] }> | undefined;
function weekOfflineLaptop(): Promise<{ dbName: string; records: WorkloadRecord[] }> {
  offlineLaptop ??= (async () => {
    const demo = buildDemoSchool();
    const head = demo.accounts.find((a) => a.login === 'head')!;
    const records = journalOfDays(schoolFacts(demo), CHANGES);
    const dbName = `offline-week-${randomUUID()}`;
    const db = new SandyqDb(dbName);
    await db.open();
    await writeOnDevice(
      db,
      {
        staff: { userId: head.userId, schoolId: demo.school.id },
        pupil: () => {
          throw new Error('journal only');
        },
      },
      records,
    );
    db.close();
    return { dbName, records };
  })();
  return offlineLaptop;
}

/** A copy of a device database under a new name: every table, outbox keys included. */
async function copyDeviceDb(from: string, to: string): Promise<void> {
  const source = new SandyqDb(from);
  await source.open();
  const contents = await Promise.all(source.tables.map(async (t) => ({ name: t.name, rows: await t.toArray() })));
  source.close();
  const target = new SandyqDb(to);
  await target.open();
  await target.transaction('rw', target.tables, async () => {
    for (const { name, rows } of contents) if (rows.length > 0) await target.table(name).bulkPut(rows);
  });
  target.close();
}

describe.each(TEST_DATABASES)('a week offline on $name', (kind) => {
  let server: TestServer;
  let database: Database;
  let laptop: TestDevice;
  let records: WorkloadRecord[];

  beforeAll(async () => {
    server = await startTestServer({ database: kind, demo: true });
    database = server.database!;
    const written = await weekOfflineLaptop();
    records = written.records;
    const dbName = `${written.dbName}-${kind.name}`;
    await copyDeviceDb(written.dbName, dbName);
    laptop = await openTestDevice({
      serverUrl: server.url,
      login: 'head',
      password: server.demo!.accounts.find((a) => a.login === 'head')!.password,
      dbName,
    });
  });
  afterAll(async () => {
    await laptop.close();
    await server.close();
  });

  it(`S1/S2/S5: ${CHANGES.toLocaleString('en')} queued changes drain in batches of ${BATCH} across a reload, each stored exactly once`, async () => {
    expect(await laptop.db.$outbox.count()).toBe(CHANGES);
    const seqs = await laptop.db.$outbox.toCollection().primaryKeys();
    const lastSeq = Math.max(...seqs);
    const { deviceId } = await getDeviceIdentity(laptop.db);
    const schoolId = laptop.author.schoolId;
    const headSeq = async () =>
      Number((await database.query<{ head_seq: number }>('SELECT head_seq FROM schools WHERE id = $1', [schoolId]))[0]!.head_seq);
    const headBefore = await headSeq();

    const http = httpSyncTransport({ baseUrl: server.url });
    const session = { userId: laptop.login.user.id, token: laptop.login.token };
    const sent: number[] = [];
    // First pass: GOOD_EXCHANGES answers arrive; the next request reaches the server and is
    // committed there, but its answer is lost; the connection stays down after that.
    const failing: SyncTransport = {
      async *exchange(request, token, signal): AsyncGenerator<ExchangeLine> {
        sent.push(request.batches.reduce((n, b) => n + b.mutations.length, 0));
        if (sent.length <= GOOD_EXCHANGES) return yield* http.exchange(request, token, signal);
        if (sent.length === GOOD_EXCHANGES + 1) for await (const _line of http.exchange(request, token, signal)) void _line;
        throw new SyncError(SyncFailure.offline, 'The connection dropped');
      },
    };
    await expect(runSyncPass({ store: dexieSyncStore(laptop.db), transport: failing, session, now: Date.now, batchSize: BATCH })).rejects.toThrow(
      SyncError,
    );
    expect(sent).toEqual([...Array(GOOD_EXCHANGES + 1).fill(BATCH)]);
    expect(await laptop.db.$outbox.count()).toBe(CHANGES - GOOD_EXCHANGES * BATCH);
    const [midStream] = await database.query<{ last_seq: number }>(
      'SELECT last_seq FROM device_streams WHERE school_id = $1 AND device_id = $2 AND user_id = $3',
      [schoolId, deviceId, session.userId],
    );
    expect(Number(midStream!.last_seq)).toBe(seqs[(GOOD_EXCHANGES + 1) * BATCH - 1]); // the lost answer's batch is stored

    await laptop.reload();
    const second = await runSyncPass({ store: dexieSyncStore(laptop.db), transport: http, session, now: Date.now, batchSize: BATCH });
    expect(await laptop.db.$outbox.count()).toBe(0);
    expect(second.rejected).toEqual([]);
    // Every batch once, and the batch whose answer was lost once more.
    expect(GOOD_EXCHANGES + 1 + second.requests).toBe(Math.ceil(CHANGES / BATCH) + 1);

    const [stream] = await database.query<{ last_seq: number }>(
      'SELECT last_seq FROM device_streams WHERE school_id = $1 AND device_id = $2 AND user_id = $3',
      [schoolId, deviceId, session.userId],
    );
    expect(Number(stream!.last_seq)).toBe(lastSeq);
    expect((await headSeq()) - headBefore).toBe(CHANGES);
    const stored = await database.query<{ tbl: string; id: string; data: Record<string, unknown>; clocks: Record<string, string> }>(
      'SELECT tbl, id, data, clocks FROM records WHERE school_id = $1 AND writer_device = $2',
      [schoolId, deviceId],
    );
    expect(stored).toHaveLength(CHANGES);
    const byKey = new Map(stored.map((r) => [`${r.tbl}/${r.id}`, r]));
    const local = new Map<string, Record<string, string>>();
    for (const table of new Set(records.map((r) => r.table))) {
      for (const row of await laptop.db.records(table).toArray()) local.set(`${table}/${row.id}`, row.clocks);
    }
    for (const r of records) {
      const key = `${r.table}/${r.id}`;
      expect(byKey.get(key)?.data, key).toEqual(r.fields);
      const row = byKey.get(key);
      expect(row && unpackClocks(row.data, row.clocks), key).toEqual(local.get(key));
    }
    const [rejections] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM rejections WHERE school_id = $1 AND device_id = $2', [
      schoolId,
      deviceId,
    ]);
    expect(Number(rejections!.n)).toBe(0);
  });
});
