/**
 * The distribution key (README, "Many schools on Citus"): every statement the server runs
 * on a school-scoped table names the school, so on Citus, distributed by school, each one
 * goes to the one node holding that school and joins stay on that node.
 *
 * Every statement is captured from the database the real server uses while a school's
 * day goes through it: sign-ins (a wrong one too), syncs of a staff laptop in protocol v2
 * and of a laptop still on v1 (pushes, conflicts, pulls), a pupil's device syncing (with
 * an attempt when it holds an assessment), a resource file uploaded in two chunks and downloaded,
 * sign-out. Each is then checked: a statement on a school-scoped table filters or inserts
 * by `school_id` (`schools` by its `id`), and a join of two of them joins on `school_id`.
 * The SQL is the same on PGlite and PostgreSQL, so PGlite runs it.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/server/storage/openDatabase';
import type { Database, SqlExecutor } from '@/server/storage/database';
import { FileSystemBlobStore } from '@/server/files/FileSystemBlobStore';
import { createRecord, updateRecord } from '@/client/db/writeRecord';
import { startTestServer, type TestServer } from '../../support/server';
import { openTestDevice, type TestDevice } from '../../support/testDevice';

/** Tables whose rows belong to one school, by their distribution column. */
const SCHOOL_SCOPED: Record<string, string> = {
  schools: 'id',
  users: 'school_id',
  sessions: 'school_id',
  devices: 'school_id',
  device_streams: 'school_id',
  records: 'school_id',
  rejections: 'school_id',
  files: 'school_id',
  people_audit: 'school_id',
  upload_writers: 'school_id',
};

/**
 * Statements allowed not to name the school, each for a reason the README gives.
 * Sign-in names a login, not a school: on Citus this lookup reads a small reference table
 * of logins (login → school), then the user by school.
 */
const NOT_BY_SCHOOL = [/FROM users WHERE lower\(login\) = \$1/];

function capturing(db: Database, seen: string[]): Database {
  const wrap = (exec: SqlExecutor): SqlExecutor => ({
    query: (sql, params) => {
      seen.push(sql);
      return exec.query(sql, params);
    },
    exec: (sql) => {
      seen.push(sql);
      return exec.exec(sql);
    },
  });
  return { ...db, ...wrap(db), kind: db.kind, transaction: (fn) => db.transaction((tx) => fn(wrap(tx))), close: () => db.close() };
}

/** The school-scoped tables a statement reads or writes. */
function tablesOf(sql: string): string[] {
  const found = new Set<string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+([a-z_]+)/gi)) {
    const table = m[1]!.toLowerCase();
    if (table in SCHOOL_SCOPED) found.add(table);
  }
  return [...found];
}

/** Why a statement breaks the distribution key; undefined when it keeps it. */
function distributionProblem(sql: string): string | undefined {
  const text = sql.replace(/\s+/g, ' ');
  if (NOT_BY_SCHOOL.some((allowed) => allowed.test(text))) return undefined;
  const tables = tablesOf(text);
  for (const table of tables) {
    const column = SCHOOL_SCOPED[table]!;
    const inserted = new RegExp(`INTO ${table} \\(([^)]*)\\)`)
      .exec(text)?.[1]
      ?.split(',')
      .map((c) => c.trim());
    const filtered =
      column === 'id' ? /\b(?:\w+\.)?id = (?:\$\d+|ANY\(\$\d+)/.test(text) : /\b(?:\w+\.)?school_id\s*(?:=|IN\b|= ANY)|\(\s*school_id\s*,/.test(text);
    const named = inserted?.includes(column) === true || filtered;
    if (!named) return `${table} without ${column}`;
  }
  if (/\bJOIN\b/i.test(text) && tables.filter((t) => t !== 'schools').length > 1 && !/\w+\.school_id = \w+\.school_id/.test(text)) {
    return 'a join of school-scoped tables not on school_id';
  }
  return undefined;
}

describe('the distribution key: every statement on a school-scoped table names the school', () => {
  const seen: string[] = [];
  let server: TestServer;
  let blobsDir: string;
  const devices: TestDevice[] = [];

  beforeAll(async () => {
    blobsDir = mkdtempSync(join(tmpdir(), 'sandyq-dist-'));
    const database = capturing(await openDatabase({ dataDir: 'memory' }), seen);
    server = await startTestServer({ database, demo: true, app: { files: { store: new FileSystemBlobStore(blobsDir), maxBytes: 1024 * 1024 } } });
  });
  afterAll(async () => {
    for (const d of devices) await d.close();
    await server?.close();
    await server?.database?.close();
    rmSync(blobsDir, { recursive: true, force: true });
  });

  it("through sign-in, v1 and v2 syncs with a conflict, a pupil's device, a file and sign-out, no statement leaves its school", async () => {
    const accounts = server.demo!.accounts;
    const account = (role: string) => accounts.find((a) => a.roles.includes(role as never))!;
    const wrong = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: account('teacher').login, password: 'not-it', deviceId: randomUUID() }),
    });
    expect(wrong.status).toBe(401);

    const head = await openTestDevice({ serverUrl: server.url, login: account('head').login, password: account('head').password });
    const teacher = await openTestDevice({
      serverUrl: server.url,
      login: account('teacher').login,
      password: account('teacher').password,
      protocol: 1,
    });
    const pupil = await openTestDevice({ serverUrl: server.url, login: account('pupil').login, password: account('pupil').password });
    devices.push(head, teacher, pupil);
    await Promise.all([head.sync(), teacher.sync(), pupil.sync()]);
    const classSet = (await head.db.records('classSets').toArray())[0]!;
    await updateRecord(head.db, head.author, 'classSets', classSet.id, { name: 'head' });
    await updateRecord(teacher.db, teacher.author, 'classSets', classSet.id, { name: 'teacher' });
    await head.sync();
    await teacher.sync();
    const assessment = (await pupil.db.records('assessments').toArray())[0];
    if (assessment) {
      await createRecord(pupil.db, pupil.author, 'attempts', {
        assessmentId: assessment.id,
        pupilId: account('pupil').pupilId!,
        itemIds: [],
        answers: [],
        startedAt: Date.now() - 60_000,
        submittedAt: Date.now(),
      } as never).catch(() => undefined);
    }
    await pupil.sync();
    await head.sync();

    const bytes = randomBytes(64 * 1024);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const auth = { authorization: `Bearer ${head.login.token}`, 'content-type': 'application/pdf' };
    const half = bytes.length / 2;
    const first = await fetch(`${server.url}/api/v1/files/${sha}`, {
      method: 'PUT',
      headers: { ...auth, 'content-range': `bytes 0-${half - 1}/${bytes.length}` },
      body: bytes.subarray(0, half),
    });
    expect(first.status).toBe(202);
    const second = await fetch(`${server.url}/api/v1/files/${sha}`, {
      method: 'PUT',
      headers: { ...auth, 'content-range': `bytes ${half}-${bytes.length - 1}/${bytes.length}` },
      body: bytes.subarray(half),
    });
    expect(second.status).toBe(201);
    expect((await fetch(`${server.url}/api/v1/files/${sha}`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${server.url}/api/v1/auth/logout`, { method: 'POST', headers: { authorization: auth.authorization } })).status).toBeLessThan(
      300,
    );

    const touching = seen.filter((sql) => tablesOf(sql).length > 0);
    expect(touching.length).toBeGreaterThan(30);
    // Every kind of school-scoped table was exercised, so the check below checked something.
    const exercised = new Set(touching.flatMap(tablesOf));
    for (const table of ['schools', 'users', 'sessions', 'devices', 'device_streams', 'records', 'files', 'upload_writers'])
      expect(exercised).toContain(table);
    const problems = [...new Set(touching)].flatMap((sql) => {
      const problem = distributionProblem(sql);
      return problem ? [`${problem}: ${sql.replace(/\s+/g, ' ').slice(0, 160)}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('the check itself tells a statement that leaves its school', () => {
    expect(distributionProblem('SELECT * FROM records WHERE seq > $1')).toBe('records without school_id');
    expect(distributionProblem('UPDATE schools SET head_seq = $2')).toBe('schools without id');
    expect(distributionProblem('SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.school_id = $1')).toMatch(/join/);
    expect(
      distributionProblem('SELECT 1 FROM sessions s JOIN users u ON u.school_id = s.school_id AND u.id = s.user_id WHERE s.school_id = $1'),
    ).toBeUndefined();
    expect(distributionProblem('INSERT INTO files (school_id, sha256) VALUES ($1, $2)')).toBeUndefined();
    expect(distributionProblem('INSERT INTO files (sha256, size) VALUES ($1, $2)')).toBe('files without school_id');
  });
});
