/**
 * Several server processes on one PostgreSQL (issue 12): two servers, each with its own
 * connection pool, clock, rate limiter and upload lock (nothing shared but the database),
 * as two processes behind a load balancer would be. What one process counts or holds, the
 * other sees; syncs through both converge; log seqs and the server's stamps stay unique
 * and ordered. Also on PGlite, where both apps share the one embedded database.
 */
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/server/storage/openDatabase';
import type { Database } from '@/server/storage/database';
import { FileSystemBlobStore } from '@/server/files/FileSystemBlobStore';
import { ServerClock } from '@/server/sync/serverClock';
import { applyMutations } from '@/server/sync/applyMutations';
import { SYSTEM_USER_ID } from '@/server/accounts/systemUser';
import { Role } from '@/domain/roles';
import { formatStamp } from '@/domain/hlc';
import { updateRecord } from '@/client/db/writeRecord';
import type { DemoAccount } from '@/server/demo/buildDemoSchool';
import { unpackClocks } from '@/server/sync/storedClocks';
import { startTestServer, type TestServer } from '../../support/server';
import { openTestDevice, signIn, type TestDevice } from '../../support/testDevice';

const url = process.env.TEST_DATABASE_URL;
const LIMITS = { perAccount: { max: 3, windowMs: 15 * 60_000 }, perAddress: { max: 100, windowMs: 15 * 60_000 } };

interface Kind {
  name: string;
  /** Two handles on one database, as two processes would open it (concurrently: migrations race too). */
  open(): Promise<{ a: Database; b: Database; close(): Promise<void> }>;
}

const KINDS: Kind[] = [
  {
    name: 'pglite',
    async open() {
      const db = await openDatabase({ dataDir: 'memory' });
      return { a: db, b: { ...db, close: async () => undefined }, close: () => db.close() };
    },
  },
  ...(url
    ? [
        {
          name: 'postgres',
          async open() {
            const schema = `t_${randomBytes(6).toString('hex')}`;
            const [a, b] = await Promise.all([openDatabase({ databaseUrl: url, schema }), openDatabase({ databaseUrl: url, schema })]);
            return {
              a,
              b,
              async close() {
                await a.close();
                await b.close();
                const client = new pg.Client({ connectionString: url });
                await client.connect();
                await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
                await client.end();
              },
            };
          },
        },
      ]
    : []),
];

describe.each(KINDS)('two server processes on one $name database', (kind) => {
  let dbs: Awaited<ReturnType<Kind['open']>>;
  let one: TestServer;
  let two: TestServer;
  let accounts: DemoAccount[];
  let blobsDir: string;
  const devices: TestDevice[] = [];
  const account = (role: string, n = 0) => accounts.filter((a) => a.roles.includes(role as never))[n]!;

  beforeAll(async () => {
    dbs = await kind.open();
    blobsDir = mkdtempSync(join(tmpdir(), 'sandyq-two-'));
    // The same blob folder (one machine, or a shared volume); each process its own store object.
    const files = (root: string) => ({ store: new FileSystemBlobStore(root), maxBytes: 4 * 1024 * 1024 });
    one = await startTestServer({ database: dbs.a, demo: true, app: { loginRateLimits: LIMITS, files: files(blobsDir) } });
    two = await startTestServer({ database: dbs.b, app: { loginRateLimits: LIMITS, files: files(blobsDir) } });
    accounts = one.demo!.accounts;
  });
  afterAll(async () => {
    for (const d of devices) await d.close();
    await one?.close();
    await two?.close();
    await dbs?.close();
    rmSync(blobsDir, { recursive: true, force: true });
  });

  const login = (server: TestServer, who: string, password: string) =>
    fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: who, password, deviceId: randomUUID() }),
    });

  it('a sign-in rate limit counts the failures sent to either process', async () => {
    const teacher = account('teacher', 1);
    expect((await login(one, teacher.login, 'wrong-1')).status).toBe(401);
    expect((await login(two, teacher.login, 'wrong-2')).status).toBe(401);
    expect((await login(one, teacher.login, 'wrong-3')).status).toBe(401);
    // Three failures across both: the right password is refused by either process now.
    const refused = await login(two, teacher.login, teacher.password);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(one, teacher.login, teacher.password)).status).toBe(429);
  });

  it('an upload held by one process keeps the other from writing the file until it is taken over', async () => {
    const head = account('head');
    const token = (await signIn(one.url, head.login, head.password, randomUUID())).token;
    const bytes = randomBytes(256 * 1024);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // Process one receives the first half, then the laptop goes quiet with the request open.
    const first = slowPut(one.port, token, sha256, bytes);
    await first.sent(bytes.length / 2);
    // Process two receives a retry of the whole file: it waits for the upload process one holds.
    let secondDone = false;
    const second = put(two.port, token, sha256, bytes).finally(() => (secondDone = true));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(secondDone).toBe(false);
    // The first upload's next chunk, past its heartbeat, finds the newer upload and stops.
    await new Promise((resolve) => setTimeout(resolve, 600));
    first.sendRest();
    expect(await second).toBe(201);
    expect(await first.outcome).not.toBe(201);
    const download = await fetch(`${two.url}/api/v1/files/${sha256}`, { headers: { authorization: `Bearer ${token}` } });
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('concurrent syncs through both processes converge, with unique log seqs', async () => {
    const head = await openTestDevice({ serverUrl: one.url, login: account('head').login, password: account('head').password });
    const teacher = await openTestDevice({ serverUrl: two.url, login: account('teacher').login, password: account('teacher').password });
    devices.push(head, teacher);
    await Promise.all([head.sync(), teacher.sync()]);
    const classSets = await head.db.records('classSets').toArray();
    for (const [i, c] of classSets.entries()) {
      await updateRecord(head.db, head.author, 'classSets', c.id, { name: `head ${i}` });
      await updateRecord(teacher.db, teacher.author, 'classSets', c.id, { name: `teacher ${i}` });
    }
    // Pushed at once, each through its own process; then each pulls (through its own).
    await Promise.all([head.sync(), teacher.sync()]);
    await Promise.all([head.sync(), teacher.sync()]);
    const names = async (d: TestDevice) => (await d.db.records('classSets').toArray()).map((c) => [c.id, c.name]).sort();
    expect(await names(head)).toEqual(await names(teacher));
    const [dup] = await dbs.a.query<{ n: number; distinct: number }>(
      'SELECT count(*)::int AS n, count(DISTINCT seq)::int AS distinct FROM records WHERE school_id = $1',
      [one.demo!.school.id],
    );
    expect(dup!.n).toBe(dup!.distinct);
    const [school] = await dbs.b.query<{ head_seq: number; max: number }>(
      'SELECT s.head_seq, (SELECT max(seq) FROM records r WHERE r.school_id = s.id) AS max FROM schools s WHERE s.id = $1',
      [one.demo!.school.id],
    );
    expect(Number(school!.head_seq)).toBe(Number(school!.max));
  });

  it('a new row written through both processes at once is stored once, merged, whichever commits first', async () => {
    // The write inserts a row it found absent without a conflict check (batchWrite.ts): sound
    // only because every writer holds the school's lock between its read and its write.
    const schoolId = one.demo!.school.id;
    const template = one.demo!.records.find((r) => r.table === 'classSets')!;
    const ctx = { schoolId, userId: SYSTEM_USER_ID, roles: [Role.head] };
    const t = Date.now();
    const node = '1234567812345678';
    const ids = Array.from({ length: 12 }, () => randomUUID());
    const write = (db: Database, id: string, name: string, millis: number) =>
      db.transaction((tx) =>
        applyMutations(
          tx,
          ctx,
          randomUUID(),
          [
            {
              seq: 1,
              table: 'classSets',
              id,
              schoolId,
              kind: 'upsert',
              fields: { ...template.fields, name },
              clocks: Object.fromEntries(Object.keys({ ...template.fields, name }).map((f) => [f, formatStamp({ millis, counter: 0, node })])),
            },
          ],
          new ServerClock(() => t),
        ),
      );
    const results = await Promise.all(
      ids.flatMap((id, i) => [write(dbs.a, id, `A ${i}`, t + (i % 2 ? 1 : 2)), write(dbs.b, id, `B ${i}`, t + (i % 2 ? 2 : 1))]),
    );
    for (const r of results) expect(r.rejected).toEqual([]);
    const rows = await dbs.a.query<{ id: string; data: Record<string, unknown> }>(
      "SELECT id, data FROM records WHERE school_id = $1 AND tbl = 'classSets' AND id = ANY($2::text[])",
      [schoolId, ids],
    );
    expect(rows).toHaveLength(ids.length);
    // The greater stamp wins the name, whichever process committed first.
    for (const [i, id] of ids.entries()) expect(rows.find((r) => r.id === id)?.data.name).toBe(i % 2 ? `B ${i}` : `A ${i}`);
  });

  it("each process's clock makes stamps of its own, and sorts after what the other stored for the school", async () => {
    const t = Date.now();
    const clockA = new ServerClock(() => t);
    const clockB = new ServerClock(() => t);
    expect(clockA.stamp()).not.toBe(clockB.stamp());

    const schoolId = one.demo!.school.id;
    const classSet = one.demo!.records.find((r) => r.table === 'classSets')!;
    const ctx = { schoolId, userId: SYSTEM_USER_ID, roles: [Role.head] };
    const deviceId = randomUUID();
    const node = '1234567812345678';
    const ahead = formatStamp({ millis: t + 5_000, counter: 0, node });
    const change = (seq: number, name: string, stamp: string, bases?: Record<string, null>) => ({
      seq,
      table: 'classSets' as const,
      id: classSet.id,
      schoolId,
      kind: 'upsert' as const,
      fields: { name },
      clocks: { name: stamp },
      ...(bases ? { bases } : {}),
    });
    // Process A stores a name stamped 5 s ahead of both clocks (a laptop's clock, accepted).
    await dbs.a.transaction((tx) => applyMutations(tx, ctx, deviceId, [change(1, 'A', ahead)], clockA));
    // Process B, whose clock never saw it, stores a concurrent older write that loses: the
    // conflict row it stamps must still sort after the stored name's stamp.
    await dbs.b.transaction((tx) =>
      applyMutations(tx, ctx, deviceId, [change(2, 'B', formatStamp({ millis: t, counter: 0, node }), { name: null })], clockB),
    );
    const conflicts = await dbs.b.query<{ data: Record<string, unknown>; clocks: Record<string, string> }>(
      "SELECT data, clocks FROM records WHERE school_id = $1 AND tbl = 'conflicts' AND data->>'rowId' = $2",
      [schoolId, classSet.id],
    );
    expect(conflicts.length).toBeGreaterThan(0);
    for (const c of conflicts) for (const stamp of Object.values(unpackClocks(c.data, c.clocks))) expect(stamp > ahead).toBe(true);
  });
});

function put(port: number, token: string, sha256: string, body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'PUT',
        path: `/api/v1/files/${sha256}`,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'content-length': String(body.length) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A PUT whose body goes in two parts, the second when the test says: a laptop that stalls mid-upload. */
function slowPut(port: number, token: string, sha256: string, body: Buffer) {
  let sendRest!: () => void;
  const rest = new Promise<void>((resolve) => (sendRest = resolve));
  let sentResolve!: () => void;
  const sentPromise = new Promise<void>((resolve) => (sentResolve = resolve));
  const outcome = new Promise<number | 'cut'>((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'PUT',
        path: `/api/v1/files/${sha256}`,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'content-length': String(body.length) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve('cut'));
      },
    );
    req.on('error', () => resolve('cut'));
    const half = body.length / 2;
    req.write(body.subarray(0, half), () => sentResolve());
    void rest.then(() => req.end(body.subarray(half)));
  });
  return {
    outcome,
    sendRest,
    async sent(_bytes: number) {
      await sentPromise;
      // Long enough for the server to have written what arrived.
      await new Promise((resolve) => setTimeout(resolve, 300));
    },
  };
}
