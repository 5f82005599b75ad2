/**
 * Sign-in: POST /api/v1/auth/login on PGlite and PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loginResponseSchema } from '@/sync/authMessages';
import { TEST_DATABASES } from '../../support/databases';
import { fixturePerTest } from '../../support/fixturePerTest';
import { openAccountsFixture, PASSWORDS, type AccountsFixture } from './accountsFixture';

describe.each(TEST_DATABASES)('sign-in on $name', (kind) => {
  let f: AccountsFixture;
  fixturePerTest(kind, openAccountsFixture, (_database, fixture) => {
    f = fixture;
  });

  it('the right password opens a session: token, expiry, user and school', async () => {
    const res = await f.login('teacher1', PASSWORDS.teacher);
    expect(res.statusCode).toBe(200);
    const body = loginResponseSchema.parse(res.json());
    expect(body.token.startsWith(`${f.school.id}.`)).toBe(true);
    expect(Date.parse(body.expiresAt) - f.time.now).toBe(60 * 24 * 60 * 60 * 1000);
    expect(body.user).toEqual({
      id: f.teacher.id,
      schoolId: f.school.id,
      displayName: 'teacher1 Test',
      roles: ['teacher'],
      staffId: f.teacher.staffId,
    });
    expect(body.school).toEqual({ id: f.school.id, name: f.school.name });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('a pupil account signs in with its pupil record', async () => {
    const body = loginResponseSchema.parse((await f.login('pupil01', PASSWORDS.pupil)).json());
    expect(body.user.roles).toEqual(['pupil']);
    expect(body.user.pupilId).toBe(f.pupil.pupilId);
  });

  it('logins ignore case and surrounding spaces', async () => {
    expect((await f.login('  Teacher1 ', PASSWORDS.teacher)).statusCode).toBe(200);
  });

  it('sign-in registers the device with the school and ties the session to it', async () => {
    const deviceId = randomUUID();
    await f.login('teacher1', PASSWORDS.teacher, { deviceId });
    const devices = await f.db.query<{ id: string }>('SELECT id FROM devices WHERE school_id = $1', [f.school.id]);
    expect(devices.map((d) => d.id)).toEqual([deviceId]);
    const sessions = await f.db.query<{ device_id: string }>('SELECT device_id FROM sessions WHERE school_id = $1', [f.school.id]);
    expect(sessions.map((s) => s.device_id)).toEqual([deviceId]);
  });

  it('a wrong password and an unknown login get the same answer (no user enumeration)', async () => {
    const wrong = await f.login('teacher1', 'not-the-password');
    const unknown = await f.login('nobody', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'invalid_credentials', message: 'Wrong login or password' } });
    expect(unknown.json()).toEqual(wrong.json());
    expect(await f.db.query('SELECT 1 FROM sessions')).toEqual([]);
  });

  it('a disabled account is refused; it is told so only after the right password', async () => {
    const right = await f.login('former', PASSWORDS.disabled);
    expect(right.statusCode).toBe(403);
    expect(right.json().error.code).toBe('account_disabled');
    const wrong = await f.login('former', 'guess-guess');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');
    expect(await f.db.query('SELECT 1 FROM sessions')).toEqual([]);
  });

  it('bad bodies get 400 bad_request naming the field, never echoing the password', async () => {
    const secret = 'my-secret-password';
    const cases: unknown[] = [
      { login: 'teacher1', password: secret },
      { login: 'teacher1', password: secret, deviceId: 'not-a-uuid' },
      { login: '', password: secret, deviceId: randomUUID() },
      { login: 'teacher1', password: 42, deviceId: randomUUID() },
      [],
    ];
    for (const payload of cases) {
      const res = await f.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: payload as object });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('bad_request');
      expect(res.body).not.toContain(secret);
    }
    const notJson = await f.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: '{"login":',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.code).toBe('bad_request');
  });

  it('a sign-in body over 4 KB is refused with 413', async () => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'teacher1', password: 'x'.repeat(8000), deviceId: randomUUID() },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('the answer never carries the password hash', async () => {
    const res = await f.login('teacher1', PASSWORDS.teacher);
    expect(res.body).not.toContain('scrypt');
    expect(res.body).not.toContain(PASSWORDS.teacher);
  });
});
