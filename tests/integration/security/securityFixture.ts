/**
 * The server the security suites attack: the demo school (a head, a teacher, an assistant,
 * the district methodologist, pupils), a second school with its own head and a record, and
 * resource files in a temporary folder. Requests go through `inject()` where the socket is
 * not the point, with a wall clock the test may move. Every role has its own device stream,
 * and stamps come from one monotonic clock so every write is newer than the last.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { formatStamp } from '@/domain/hlc';
import { Role } from '@/domain/roles';
import { TABLE_KIND, TableKind, type TableName } from '@/domain/tables';
import { insertSchool } from '@/server/accounts/schoolStore';
import { createUser } from '@/server/accounts/userStore';
import { SYSTEM_USER_ID } from '@/server/accounts/systemUser';
import { writeSystemRecords } from '@/server/accounts/writeSystemRecords';
import type { DemoAccount } from '@/server/demo/buildDemoSchool';
import { FileSystemBlobStore } from '@/server/files/FileSystemBlobStore';
import { applyMutations } from '@/server/sync/applyMutations';
import { ServerClock } from '@/server/sync/serverClock';
import { syncLineReadSchema, type Mutation, type PulledRow, type SyncHeader, type SyncLine } from '@/sync/protocol';
import type { TestDatabaseKind } from '../../support/databases';
import { startTestServer, TEST_SCRYPT_PARAMS, type TestServer } from '../../support/server';

export const SECURITY_MAX_FILE_BYTES = 1024 * 1024;

/** The roles the demo school has an account for, one account each. */
export const ACTORS = [Role.head, Role.teacher, Role.assistant, Role.methodologist, Role.pupil] as const;
export type Actor = (typeof ACTORS)[number];

export interface SyncAnswer {
  status: number;
  header?: SyncHeader;
  rows: PulledRow[];
  lines: SyncLine[];
}

export interface SecurityFixture {
  server: TestServer;
  time: { now: number };
  schoolId: string;
  otherSchoolId: string;
  accounts: Record<Actor, DemoAccount>;
  /** Another pupil of the demo school, in another class set than `accounts.pupil`. */
  otherPupil: DemoAccount;
  tokens: Record<Actor | 'otherHead', string>;
  /** A stamp newer than every one made before. */
  stamp(): string;
  /** A mutation from `actor`'s device, with the next seq of its stream. */
  mutation(stream: Actor | 'otherHead' | `seed:${string}`, m: Omit<Mutation, 'seq' | 'clocks' | 'kind'> & { kind?: Mutation['kind'] }): Mutation;
  sync(actor: Actor | 'otherHead', mutations: Mutation[], options?: { pull?: boolean; deviceId?: string }): Promise<SyncAnswer>;
  /** Everything `actor` may pull, from a new device. */
  pullAll(actor: Actor): Promise<PulledRow[]>;
  /** Rows written as the school's system, bypassing authorization (test setup only). */
  seed(schoolId: string, rows: Array<{ table: TableName; id: string; fields: Record<string, unknown> }>): Promise<void>;
  close(): Promise<void>;
}

export async function openSecurityFixture(kind: TestDatabaseKind): Promise<SecurityFixture> {
  const time = { now: Date.now() };
  const blobsDir = mkdtempSync(join(tmpdir(), 'sandyq-security-'));
  const clock = new ServerClock(() => time.now);
  const server = await startTestServer({
    database: kind,
    demo: true,
    app: { now: () => time.now, clock, files: { store: new FileSystemBlobStore(blobsDir), maxBytes: SECURITY_MAX_FILE_BYTES } },
  });
  const db = server.database!;
  const demo = server.demo!;
  const byRole = (role: Role, n = 0) => demo.accounts.filter((a) => a.roles.includes(role))[n]!;
  const accounts = Object.fromEntries(ACTORS.map((r) => [r, byRole(r)])) as Record<Actor, DemoAccount>;
  const classSetOf = (a: DemoAccount) => demo.records.find((r) => r.table === 'pupils' && r.id === a.pupilId)!.fields.classSetId;
  const otherPupil = demo.accounts.find((a) => a.pupilId && classSetOf(a) !== classSetOf(accounts.pupil))!;

  const otherSchoolId = randomUUID();
  await insertSchool(db, { id: otherSchoolId, name: 'Көкжар шағын жинақты мектебі', district: 'Мұғалжар ауданы' });
  await createUser(
    db,
    { schoolId: otherSchoolId, login: 'kokzhar-head', displayName: 'Head', roles: ['head'], password: 'kokzhar-1' },
    TEST_SCRYPT_PARAMS,
  );

  const login = async (name: string, password: string) => {
    const res = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: name, password, deviceId: randomUUID() } });
    if (res.statusCode !== 200) throw new Error(`sign-in of ${name}: ${res.statusCode} ${res.body}`);
    return res.json().token as string;
  };
  const tokens = { otherHead: await login('kokzhar-head', 'kokzhar-1') } as Record<Actor | 'otherHead', string>;
  for (const actor of ACTORS) tokens[actor] = await login(accounts[actor].login, accounts[actor].password);

  let ticks = 0;
  const stamp = () => formatStamp({ millis: time.now + ++ticks, counter: 0, node: '00000000000005ec' });
  const streams = new Map<string, { deviceId: string; seq: number }>();
  const streamOf = (actor: string) => {
    let s = streams.get(actor);
    if (!s) streams.set(actor, (s = { deviceId: randomUUID(), seq: 0 }));
    return s;
  };

  const fixture: SecurityFixture = {
    server,
    time,
    schoolId: demo.school.id,
    otherSchoolId,
    accounts,
    otherPupil,
    tokens,
    stamp,
    mutation(stream, m) {
      const s = stamp();
      return {
        kind: TABLE_KIND[m.table] === TableKind.appendOnly ? 'append' : 'upsert',
        ...m,
        clocks: Object.fromEntries(Object.keys(m.fields).map((f) => [f, s])),
        seq: ++streamOf(stream).seq,
      };
    },
    async sync(actor, mutations, options = {}) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/v1/sync',
        headers: { authorization: `Bearer ${tokens[actor]}` },
        payload: {
          protocol: 1,
          deviceId: options.deviceId ?? streamOf(actor).deviceId,
          mutations,
          cursor: null,
          pull: options.pull ?? false,
          clientTime: time.now,
        },
      });
      return parseSyncAnswer(res);
    },
    async pullAll(actor) {
      const rows: PulledRow[] = [];
      const deviceId = randomUUID();
      let cursor: string | null = null;
      for (;;) {
        const res = await server.app.inject({
          method: 'POST',
          url: '/api/v1/sync',
          headers: { authorization: `Bearer ${tokens[actor]}` },
          payload: { protocol: 1, deviceId, mutations: [], cursor, clientTime: time.now },
        });
        const answer = parseSyncAnswer(res);
        if (answer.status !== 200) throw new Error(`pull of ${actor}: ${answer.status}`);
        rows.push(...answer.rows);
        const end = answer.lines.find((l) => l.type === 'end');
        if (!end || end.type !== 'end' || !end.hasMore) return rows;
        cursor = end.cursor;
      }
    },
    async seed(schoolId, rows) {
      const all = Object.values(Role);
      const s = streamOf(`seed:${schoolId}`);
      const mutations: Mutation[] = rows.map((r) => fixture.mutation(`seed:${schoolId}`, { ...r, schoolId }));
      const result = await db.transaction((tx) => applyMutations(tx, { schoolId, userId: SYSTEM_USER_ID, roles: all }, s.deviceId, mutations, clock));
      if (result.rejected.length) throw new Error(`seed refused: ${JSON.stringify(result.rejected.slice(0, 3))}`);
    },
    async close() {
      await server.close();
      rmSync(blobsDir, { recursive: true, force: true });
    },
  };
  await writeSystemRecords(
    db,
    otherSchoolId,
    [{ table: 'subjects', id: randomUUID(), fields: { code: 'math', names: { kk: 'Математика', ru: 'Математика', en: 'Mathematics' } } }],
    clock,
  );
  return fixture;
}

export function parseSyncAnswer(res: LightMyRequestResponse): SyncAnswer {
  if (res.statusCode !== 200) return { status: res.statusCode, rows: [], lines: [] };
  const lines = res.body
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => syncLineReadSchema.parse(JSON.parse(l)) as SyncLine);
  const header = lines.find((l): l is SyncHeader => l.type === 'header');
  const rows = lines.flatMap((l) => (l.type === 'page' ? l.rows : []));
  return { status: res.statusCode, ...(header ? { header } : {}), rows, lines };
}
