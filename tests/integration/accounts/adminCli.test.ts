/**
 * `npm run admin` commands, called as functions (not as a process) on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { buildApp } from '@/server/app';
import { ENTITY_SCHEMAS } from '@/domain/entities';
import type { Database } from '@/server/storage/database';
import { AccountError } from '@/server/accounts/AccountError';
import { createSchoolCommand, createUserCommand, generatePassword } from '@/server/cli/adminCommands';
import { runAdminCommand } from '@/server/cli/runAdminCommand';
import { readServerConfig } from '@/server/config/serverConfig';
import { ServerClock } from '@/server/sync/serverClock';
import { TEST_DATABASES } from '../../support/databases';
import { emptyDatabase } from './accountsFixture';

describe.each(TEST_DATABASES)('admin CLI commands on $name', (kind) => {
  let db: Database;
  let out: string[];
  let schoolId: string;
  const admin = (...argv: string[]) => runAdminCommand(argv, { db, out: (l) => out.push(l) });
  const signIn = async (login: string, password: string) => {
    const app = await buildApp({ database: db });
    try {
      return await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password, deviceId: randomUUID() } });
    } finally {
      await app.close();
    }
  };

  beforeAll(async () => {
    db = await kind.open();
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    await emptyDatabase(db);
    out = [];
    const school = await createSchoolCommand(
      db,
      { name: 'Бершүгір шағын жинақты мектебі', region: 'Ақтөбе облысы', district: 'Мұғалжар ауданы', languages: ['kk', 'ru'] },
      new ServerClock(),
    );
    schoolId = school.id;
  });

  it('create-school stores the school and its synced school record, valid for devices to pull', async () => {
    const code = await admin('create-school', '--name', 'Жарқамыс мектебі', '--region', 'Ақтөбе облысы', '--district', 'Байғанин ауданы');
    expect(code).toBe(0);
    const id = /with id (\S+)/.exec(out.join('\n'))![1]!;
    const [record] = await db.query<{ data: Record<string, unknown> }>("SELECT data FROM records WHERE school_id = $1 AND tbl = 'schools'", [id]);
    expect(ENTITY_SCHEMAS.schools.parse(record!.data)).toMatchObject({ name: 'Жарқамыс мектебі', district: 'Байғанин ауданы', kind: 'small' });
    expect(await db.query('SELECT name, district FROM schools WHERE id = $1', [id])).toEqual([
      { name: 'Жарқамыс мектебі', district: 'Байғанин ауданы' },
    ]);
  });

  it('create-school refuses an invalid school and an id that exists', async () => {
    expect(await admin('create-school', '--name', 'X', '--region', 'R', '--district', 'D', '--kind', 'castle')).toBe(1);
    expect(await admin('create-school', '--name', 'X', '--region', 'R', '--district', 'D', '--id', schoolId)).toBe(1);
    expect(out.join('\n')).toContain('exists already');
  });

  it('create-user without --password generates one, shows it once, and it signs in', async () => {
    expect(
      await admin('create-user', '--school', schoolId, '--login', 'Aigul.S', '--name', 'Сейітова Айгүл', '--role', 'teacher', '--role', 'assistant'),
    ).toBe(0);
    const password = /Password \(shown once[^)]*\): (\S+)/.exec(out.join('\n'))![1]!;
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const res = await signIn('aigul.s', password);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.roles).toEqual(['teacher', 'assistant']);
    expect(JSON.stringify(await db.query('SELECT * FROM users'))).not.toContain(password);
  });

  it('create-user with --password uses it and does not print it', async () => {
    expect(
      await admin(
        'create-user',
        '--school',
        schoolId,
        '--login',
        'head',
        '--name',
        'Омаров Серік',
        '--roles',
        'head,teacher',
        '--password',
        'bes-tort-5',
      ),
    ).toBe(0);
    expect(out.join('\n')).not.toContain('bes-tort-5');
    expect((await signIn('head', 'bes-tort-5')).statusCode).toBe(200);
  });

  it('create-user refuses a taken login, an unknown school, bad roles, a short password, a pupil without its record', async () => {
    await admin('create-user', '--school', schoolId, '--login', 'taken', '--name', 'A', '--role', 'teacher');
    const refusals = [
      ['--school', schoolId, '--login', 'TAKEN', '--name', 'B', '--role', 'teacher'],
      ['--school', 'no-such-school', '--login', 'x1', '--name', 'B', '--role', 'teacher'],
      ['--school', schoolId, '--login', 'x2', '--name', 'B', '--role', 'pupil'],
      ['--school', schoolId, '--login', 'x3', '--name', 'B', '--role', 'pupil', '--pupil-id', randomUUID()],
      ['--school', schoolId, '--login', 'x4', '--name', 'B', '--role', 'teacher', '--password', '123'],
      ['--school', schoolId, '--login', 'bad login!', '--name', 'B', '--role', 'teacher'],
    ];
    for (const args of refusals) expect(await admin('create-user', ...args), args.join(' ')).toBe(1);
    expect(await db.query<{ login: string }>('SELECT login FROM users')).toEqual([{ login: 'taken' }]);
    await expect(createUserCommand(db, { school: schoolId, login: 'taken', name: 'C', roles: ['teacher'] })).rejects.toBeInstanceOf(AccountError);
  });

  it('create-user gives a methodologist the school district unless told another', async () => {
    expect(await admin('create-user', '--school', schoolId, '--login', 'metod', '--name', 'Әлиева Сәуле', '--role', 'methodologist')).toBe(0);
    const [row] = await db.query<{ district: string }>("SELECT district FROM users WHERE login = 'metod'");
    expect(row!.district).toBe('Мұғалжар ауданы');
  });

  it('list-schools and list-users print what is there, without hashes', async () => {
    await admin('create-user', '--school', schoolId, '--login', 'teacher1', '--name', 'Ахметова Дана', '--role', 'teacher', '--password', 'alma-123');
    out = [];
    expect(await admin('list-schools')).toBe(0);
    expect(out).toEqual([`${schoolId}  Бершүгір шағын жинақты мектебі  (Мұғалжар ауданы)`]);
    out = [];
    expect(await admin('list-users', '--school', schoolId)).toBe(0);
    expect(out).toEqual(['teacher1  Ахметова Дана  [teacher]']);
  });

  it('disable-user signs the account out everywhere and refuses its sign-in; enable-user lets it back', async () => {
    await admin('create-user', '--school', schoolId, '--login', 'teacher1', '--name', 'Ахметова Дана', '--role', 'teacher', '--password', 'alma-123');
    const token = (await signIn('teacher1', 'alma-123')).json().token as string;
    expect(await admin('disable-user', '--login', 'teacher1')).toBe(0);
    expect(out.at(-1)).toBe('Disabled teacher1; signed out of 1 session(s)');
    const [session] = await db.query<{ revoked_at: Date | null }>('SELECT revoked_at FROM sessions');
    expect(session!.revoked_at).not.toBeNull();
    expect((await signIn('teacher1', 'alma-123')).json().error.code).toBe('account_disabled');
    const app = await buildApp({ database: db });
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
    await app.close();
    expect(me.json().error.code).toBe('token_revoked');
    expect(await admin('enable-user', '--login', 'teacher1')).toBe(0);
    expect((await signIn('teacher1', 'alma-123')).statusCode).toBe(200);
  });

  it('revoke-sessions signs the account out on every device but keeps it usable', async () => {
    await admin('create-user', '--school', schoolId, '--login', 'teacher1', '--name', 'Ахметова Дана', '--role', 'teacher', '--password', 'alma-123');
    await signIn('teacher1', 'alma-123');
    await signIn('teacher1', 'alma-123');
    expect(await admin('revoke-sessions', '--login', 'teacher1')).toBe(0);
    expect(out.at(-1)).toBe('Signed teacher1 out of 2 session(s)');
    expect(await db.query('SELECT 1 FROM sessions WHERE revoked_at IS NULL')).toEqual([]);
    expect((await signIn('teacher1', 'alma-123')).statusCode).toBe(200);
    expect(await admin('revoke-sessions', '--login', 'nobody')).toBe(1);
  });

  it('wrong usage answers exit code 2 with the usage text', async () => {
    for (const argv of [
      [],
      ['frobnicate'],
      ['create-school', '--name', 'X'],
      ['list-users'],
      ['create-user', '--bogus', 'x'],
      ['create-user', '--school', schoolId, '--login', 'a1', '--name', 'A', '--role', 'wizard'],
    ]) {
      out = [];
      expect(await runAdminCommand(argv, { db, out: (l) => out.push(l) }), argv.join(' ')).toBe(2);
      expect(out.join('\n')).toContain('Usage: npm run admin');
    }
  });
});

describe('server configuration from the environment', () => {
  it('uses PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR (default ./.data)', () => {
    expect(readServerConfig({ DATABASE_URL: 'postgres://db/sandyq' }).database).toEqual({ databaseUrl: 'postgres://db/sandyq' });
    expect(readServerConfig({ DATA_DIR: '/srv/sandyq' }).database).toEqual({ dataDir: '/srv/sandyq' });
    expect(readServerConfig({}).database).toEqual({ dataDir: './.data' });
  });

  it('creates the demo school unless SANDYQ_DEMO is 0 (or false, no, off)', () => {
    expect(readServerConfig({}).demo).toBe(true);
    expect(readServerConfig({ SANDYQ_DEMO: '1' }).demo).toBe(true);
    for (const off of ['0', 'false', 'NO', ' off ']) expect(readServerConfig({ SANDYQ_DEMO: off }).demo).toBe(false);
  });

  it('generated passwords are 14 characters from an unambiguous alphabet, and differ', () => {
    const passwords = Array.from({ length: 50 }, generatePassword);
    for (const p of passwords) expect(p).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
    expect(new Set(passwords).size).toBe(50);
  });
});
