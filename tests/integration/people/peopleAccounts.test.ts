/**
 * The head's sign-in administration over HTTP (issue 7): creating logins with one-time
 * passwords, the forced change at first sign-in, resets, roles, disabling and enabling,
 * authorization (role matrix, another school), rate limit and audit log.
 */
import { describe, afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '@/server/storage/database';
import { TEST_DATABASES } from '../../support/databases';
import { fixturePerTest } from '../../support/fixturePerTest';
import { openPeopleFixture, PASSWORD, type PeopleFixture } from './peopleFixture';

describe.each(TEST_DATABASES)('people administration on $name', (kind) => {
  let db: Database;
  let f: PeopleFixture;
  fixturePerTest(kind, openPeopleFixture, (database, fixture) => {
    db = database;
    f = fixture;
  });

  it('the head creates a staff login; its one-time password is stored hashed and must be changed before any other use', async () => {
    const staffId = await f.addStaff(f.a.school.id);
    const created = await f.call(f.a.headToken, 'POST', '/people/accounts', {
      person: { table: 'staff', id: staffId },
      login: 'Seitova.A',
      roles: ['teacher', 'assistant'],
    });
    expect(created.statusCode).toBe(200);
    const { account, oneTimePassword } = created.json();
    expect(oneTimePassword).toMatch(/^\d{4}-\d{4}$/);
    expect(account).toMatchObject({
      login: 'seitova.a',
      displayName: 'Сейітова Аружан',
      roles: ['teacher', 'assistant'],
      staffId,
      disabled: false,
      mustChangePassword: true,
    });
    const [row] = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [account.id]);
    expect(row!.password_hash).toMatch(/^\$scrypt\$/);
    expect(row!.password_hash).not.toContain(oneTimePassword);

    const signIn = await f.login('seitova.a', oneTimePassword);
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().mustChangePassword).toBe(true);
    const token = signIn.json().token as string;
    const me = await f.call(token, 'GET', '/auth/me');
    expect(me.statusCode).toBe(403);
    expect(me.json().error.code).toBe('password_change_required');
    const sync = await f.app.inject({ method: 'POST', url: '/api/v1/sync', headers: { authorization: `Bearer ${token}` }, payload: {} });
    expect(sync.statusCode).toBe(403);

    expect((await f.call(token, 'POST', '/account/password', { currentPassword: 'wrong-one', newPassword: 'qyzyl-alma-7' })).statusCode).toBe(401);
    const short = await f.call(token, 'POST', '/account/password', { currentPassword: oneTimePassword, newPassword: 'abc' });
    expect(short.statusCode).toBe(400);
    expect((await f.call(token, 'POST', '/account/password', { currentPassword: oneTimePassword, newPassword: 'qyzyl-alma-7' })).statusCode).toBe(
      204,
    );
    expect((await f.call(token, 'GET', '/auth/me')).statusCode).toBe(200);
    expect((await f.login('seitova.a', oneTimePassword)).statusCode).toBe(401);
    const again = await f.login('seitova.a', 'qyzyl-alma-7');
    expect(again.statusCode).toBe(200);
    expect(again.json().mustChangePassword).toBeUndefined();
  });

  it('a pupil login has the pupil role alone and names the pupil record', async () => {
    const pupilId = await f.addPupil(f.a.school.id);
    const refused = await f.call(f.a.headToken, 'POST', '/people/accounts', {
      person: { table: 'pupils', id: pupilId },
      login: 'nurlan',
      roles: ['teacher'],
    });
    expect(refused.statusCode).toBe(400);
    const created = await f.call(f.a.headToken, 'POST', '/people/accounts', { person: { table: 'pupils', id: pupilId }, login: 'nurlan', roles: [] });
    expect(created.statusCode).toBe(200);
    expect(created.json().account).toMatchObject({ roles: ['pupil'], pupilId });
    expect(created.json().account.staffId).toBeUndefined();
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    const staffId = await f.addStaff(f.a.school.id);
    const leftId = await f.addStaff(f.a.school.id, { status: 'left' });
    const before = await db.query('SELECT id FROM users');
    const cases: Array<[unknown, number]> = [
      [{ person: { table: 'staff', id: staffId }, login: 'Аружан', roles: ['teacher'] }, 400],
      [{ person: { table: 'staff', id: staffId }, login: 'teacher-a', roles: ['teacher'] }, 409],
      [{ person: { table: 'staff', id: staffId }, login: 'ok-login', roles: [] }, 400],
      [{ person: { table: 'staff', id: staffId }, login: 'ok-login', roles: ['methodologist'] }, 403],
      [{ person: { table: 'staff', id: f.a.teacher.staffId }, login: 'second-login', roles: ['teacher'] }, 409],
      [{ person: { table: 'staff', id: leftId }, login: 'left-login', roles: ['teacher'] }, 409],
      [{ person: { table: 'lessons', id: staffId }, login: 'ok-login', roles: ['teacher'] }, 400],
      [{ person: 'staff' }, 400],
    ];
    for (const [payload, status] of cases) {
      const res = await f.call(f.a.headToken, 'POST', '/people/accounts', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json().error.message).toBeTruthy();
      expect(res.body).not.toMatch(/\d{4}-\d{4}/);
    }
    expect(await db.query('SELECT id FROM users')).toHaveLength(before.length);
    expect(await db.query('SELECT id FROM people_audit')).toHaveLength(0);
  });

  it('role matrix: a teacher and a pupil get 403 on every people route; the head of another school gets 404 for these people', async () => {
    const staffId = await f.addStaff(f.a.school.id);
    const target = f.a.teacher.id;
    const routes: Array<['GET' | 'POST' | 'PUT', string, unknown?]> = [
      ['GET', '/people/accounts'],
      ['GET', '/people/audit'],
      ['POST', '/people/accounts', { person: { table: 'staff', id: staffId }, login: 'x-login', roles: ['teacher'] }],
      ['POST', `/people/accounts/${target}/password`],
      ['PUT', `/people/accounts/${target}/roles`, { roles: ['head'] }],
      ['POST', `/people/accounts/${target}/disable`],
      ['POST', `/people/accounts/${target}/enable`],
    ];
    for (const token of [f.a.teacherToken, f.a.pupilToken]) {
      for (const [method, url, payload] of routes) {
        const res = await f.call(token, method, url, payload);
        expect(res.statusCode, `${method} ${url}`).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
    }
    for (const [method, url, payload] of routes.slice(2)) {
      expect((await f.call(f.b.headToken, method, url, payload)).statusCode, `${method} ${url}`).toBe(404);
    }
    const list = await f.call(f.b.headToken, 'GET', '/people/accounts');
    expect(list.json().accounts.map((a: { id: string }) => a.id)).not.toContain(target);
    expect((await f.call(f.a.teacherToken, 'GET', '/auth/me')).statusCode).toBe(200);
    expect(await db.query('SELECT id FROM people_audit')).toHaveLength(0);
  });

  it('roles: the head gives school roles only and cannot take away their own head role', async () => {
    const promote = await f.call(f.a.headToken, 'PUT', `/people/accounts/${f.a.teacher.id}/roles`, { roles: ['teacher', 'head'] });
    expect(promote.statusCode).toBe(200);
    expect(promote.json().account.roles).toEqual(['teacher', 'head']);
    expect((await f.call(f.a.headToken, 'PUT', `/people/accounts/${f.a.teacher.id}/roles`, { roles: ['methodologist'] })).statusCode).toBe(403);
    expect((await f.call(f.a.headToken, 'PUT', `/people/accounts/${f.a.head.id}/roles`, { roles: ['teacher'] })).statusCode).toBe(409);
    expect((await f.call(f.a.headToken, 'PUT', `/people/accounts/${f.a.pupil.id}/roles`, { roles: ['teacher'] })).statusCode).toBe(400);
    const [row] = await db.query<{ roles: string[] }>('SELECT roles FROM users WHERE id = $1', [f.a.head.id]);
    expect(row!.roles).toEqual(['head', 'teacher']);
  });

  it("reset password revokes the person's sessions and hands out a new one-time password", async () => {
    const reset = await f.call(f.a.headToken, 'POST', `/people/accounts/${f.a.teacher.id}/password`);
    expect(reset.statusCode).toBe(200);
    const { oneTimePassword } = reset.json();
    const old = await f.call(f.a.teacherToken, 'GET', '/auth/me');
    expect(old.statusCode).toBe(401);
    expect(old.json().error.code).toBe('token_revoked');
    expect((await f.login(f.a.teacher.login, PASSWORD)).statusCode).toBe(401);
    const signIn = await f.login(f.a.teacher.login, oneTimePassword);
    expect(signIn.json().mustChangePassword).toBe(true);
  });

  it('disable (staff who left) revokes sessions and refuses sign-in; enable (a readmitted pupil) lets them back', async () => {
    expect((await f.call(f.a.headToken, 'POST', `/people/accounts/${f.a.head.id}/disable`)).statusCode).toBe(409);
    const off = await f.call(f.a.headToken, 'POST', `/people/accounts/${f.a.pupil.id}/disable`);
    expect(off.json().account.disabled).toBe(true);
    expect((await f.call(f.a.pupilToken, 'GET', '/auth/me')).statusCode).toBe(401);
    const refused = await f.login(f.a.pupil.login, PASSWORD);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('account_disabled');
    expect((await f.call(f.a.headToken, 'POST', `/people/accounts/${f.a.pupil.id}/enable`)).json().account.disabled).toBe(false);
    expect((await f.login(f.a.pupil.login, PASSWORD)).statusCode).toBe(200);
  });

  it('every action is in the audit log the head reads, newest first, with no password', async () => {
    const staffId = await f.addStaff(f.a.school.id);
    const created = await f.call(f.a.headToken, 'POST', '/people/accounts', {
      person: { table: 'staff', id: staffId },
      login: 'new-teacher',
      roles: ['teacher'],
    });
    const reset = await f.call(f.a.headToken, 'POST', `/people/accounts/${f.a.teacher.id}/password`);
    await f.call(f.a.headToken, 'PUT', `/people/accounts/${f.a.teacher.id}/roles`, { roles: ['assistant'] });
    await f.call(f.a.headToken, 'POST', `/people/accounts/${f.a.teacher.id}/disable`);
    f.time.now += 60_000;
    await f.call(f.a.headToken, 'POST', `/people/accounts/${f.a.teacher.id}/enable`);
    const audit = await f.call(f.a.headToken, 'GET', '/people/audit');
    expect(audit.statusCode).toBe(200);
    const entries = audit.json().entries as Array<Record<string, unknown>>;
    expect(entries.map((e) => e.action)).toEqual(['enable', 'disable', 'setRoles', 'resetPassword', 'createLogin']);
    expect(entries[0]).toMatchObject({
      actorUserId: f.a.head.id,
      actorName: 'head a',
      targetUserId: f.a.teacher.id,
      targetName: 'teacher a',
      at: '2026-11-23T08:01:00.000Z',
    });
    expect(entries[2]!.detail).toEqual({ before: ['teacher'], after: ['assistant'] });
    expect(entries[4]!.detail).toEqual({ login: 'new-teacher', roles: ['teacher'] });
    expect(audit.body).not.toContain(created.json().oneTimePassword);
    expect(audit.body).not.toContain(reset.json().oneTimePassword);
    expect((await f.call(f.b.headToken, 'GET', '/people/audit')).json().entries).toEqual([]);
  });
});

describe.each(TEST_DATABASES)('people administration rate limits on $name', (kind) => {
  let db: Database;
  let f: PeopleFixture;
  beforeAll(async () => {
    db = await kind.open();
    f = await openPeopleFixture(db, { rateLimit: { max: 3, windowMs: 60_000 }, passwordChangeLimit: { max: 2, windowMs: 60_000 } });
  });
  afterAll(async () => {
    await f.close();
    await db.close();
  });

  it("a head's changes are limited per window with Retry-After; a refused change is not made nor audited", async () => {
    for (let i = 0; i < 3; i++) expect((await f.call(f.a.headToken, 'POST', `/people/accounts/${f.a.teacher.id}/enable`)).statusCode).toBe(200);
    const limited = await f.call(f.a.headToken, 'POST', `/people/accounts/${f.a.teacher.id}/disable`);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('too_many_requests');
    expect(Number(limited.headers['retry-after'])).toBe(60);
    expect((await f.call(f.a.teacherToken, 'GET', '/auth/me')).statusCode).toBe(200);
    expect(await db.query('SELECT id FROM people_audit')).toHaveLength(3);
    expect((await f.call(f.b.headToken, 'POST', `/people/accounts/${f.b.teacher.id}/enable`)).statusCode).toBe(200);
    f.time.now += 60_000;
    expect((await f.call(f.a.headToken, 'POST', `/people/accounts/${f.a.teacher.id}/disable`)).statusCode).toBe(200);
  });

  it("wrong current passwords when changing one's own are limited too", async () => {
    for (let i = 0; i < 2; i++)
      expect((await f.call(f.b.pupilToken, 'POST', '/account/password', { currentPassword: 'guess-1', newPassword: 'new-pass-1' })).statusCode).toBe(
        401,
      );
    expect((await f.call(f.b.pupilToken, 'POST', '/account/password', { currentPassword: PASSWORD, newPassword: 'new-pass-1' })).statusCode).toBe(
      429,
    );
  });
});
