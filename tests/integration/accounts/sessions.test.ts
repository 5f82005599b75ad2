/**
 * Sessions: bearer tokens that expire (sliding), can be revoked, and are refused with the
 * code a device acts on, by /auth/me and by /api/v1/sync alike. PGlite and PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '@/server/storage/database';
import { hashSessionToken } from '@/server/auth/sessionToken';
import { meResponseSchema } from '@/sync/authMessages';
import { TEST_DATABASES } from '../../support/databases';
import { fixturePerTest } from '../../support/fixturePerTest';
import { DAY_MS, emptySyncBody, openAccountsFixture, PASSWORDS, type AccountsFixture } from './accountsFixture';

describe.each(TEST_DATABASES)('sessions on $name', (kind) => {
  let db: Database;
  let f: AccountsFixture;
  let token: string;
  fixturePerTest(kind, openAccountsFixture, async (database, fixture) => {
    db = database;
    f = fixture;
    token = (await f.login('teacher1', PASSWORDS.teacher)).json().token;
  });

  const me = (authorization?: string, url = '/api/v1/auth/me') =>
    f.app.inject({ method: 'GET', url, headers: authorization ? { authorization } : {} });
  const sync = (authorization: string) => f.app.inject({ method: 'POST', url: '/api/v1/sync', headers: { authorization }, payload: emptySyncBody() });

  it('/auth/me answers the user, the school and the schools they may read', async () => {
    const res = await me(`Bearer ${token}`);
    expect(res.statusCode).toBe(200);
    const body = meResponseSchema.parse(res.json());
    expect(body.user.id).toBe(f.teacher.id);
    expect(body.school).toEqual({ id: f.school.id, name: f.school.name });
    expect(body.readableSchools).toEqual([{ id: f.school.id, name: f.school.name }]);
  });

  it('a valid token opens /api/v1/sync', async () => {
    const res = await sync(`Bearer ${token}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    expect(JSON.parse(res.body.split('\n')[0]!).type).toBe('header');
  });

  it('no token, a malformed one, or a token in the URL instead of the header: 401 unauthorized', async () => {
    for (const res of [
      await me(),
      await me('Bearer nonsense'),
      await me(`Basic ${token}`),
      await me(undefined, `/api/v1/auth/me?token=${encodeURIComponent(token)}`),
      await sync('Bearer'),
    ]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
    }
  });

  it('a token with a forged secret or moved to another school is unknown: 401 unauthorized', async () => {
    const [schoolId, secret] = token.split('.') as [string, string];
    const forged = `${schoolId}.${secret.slice(0, -2)}${secret.endsWith('AA') ? 'BB' : 'AA'}`;
    const moved = `00000000-0000-7000-8000-000000000000.${secret}`;
    for (const t of [forged, moved]) {
      const res = await me(`Bearer ${t}`);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
    }
  });

  it('only the SHA-256 of the token is stored, never the token', async () => {
    const rows = await db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(rows.map((r) => r.token_hash)).toEqual([hashSessionToken(token)]);
    const dump = JSON.stringify(await db.query('SELECT * FROM sessions'));
    expect(dump).not.toContain(token.split('.')[1]);
  });

  it('a token unused for 60 days expires: /auth/me and /sync answer 401 token_expired', async () => {
    f.time.now += 60 * DAY_MS + 1;
    for (const res of [await me(`Bearer ${token}`), await sync(`Bearer ${token}`)]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('token_expired');
    }
  });

  it('expiry slides with use: used on day 50, the token still works on day 100', async () => {
    f.time.now += 50 * DAY_MS;
    expect((await sync(`Bearer ${token}`)).statusCode).toBe(200);
    f.time.now += 50 * DAY_MS;
    expect((await me(`Bearer ${token}`)).statusCode).toBe(200);
    f.time.now += 61 * DAY_MS;
    expect((await me(`Bearer ${token}`)).json().error.code).toBe('token_expired');
  });

  it('sign-out revokes the presented token: /auth/me and /sync then answer 401 token_revoked', async () => {
    const other = (await f.login('teacher1', PASSWORDS.teacher)).json().token as string;
    const out = await f.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${token}` } });
    expect(out.statusCode).toBe(204);
    for (const res of [await me(`Bearer ${token}`), await sync(`Bearer ${token}`)]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('token_revoked');
    }
    // The same user's session on another device is untouched.
    expect((await me(`Bearer ${other}`)).statusCode).toBe(200);
  });

  it('sign-out without a known token answers 401 unauthorized', async () => {
    const res = await f.app.inject({ method: 'POST', url: '/api/v1/auth/logout' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
  });

  it('a session of an account disabled since sign-in is refused with token_revoked', async () => {
    await db.query('UPDATE users SET disabled = true WHERE id = $1', [f.teacher.id]);
    const res = await me(`Bearer ${token}`);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('token_revoked');
  });

  it('a pupil session carries its pupil id into sync (the pupil scope)', async () => {
    const pupilToken = (await f.login('pupil01', PASSWORDS.pupil)).json().token as string;
    const res = await me(`Bearer ${pupilToken}`);
    expect(res.json().user).toMatchObject({ roles: ['pupil'], pupilId: f.pupil.pupilId });
  });
});
