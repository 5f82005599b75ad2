/**
 * A sync request's batch tokens, authenticated in one statement (authenticateTokens), get
 * exactly the answer each would get alone from `authenticate`: a live session its person,
 * and every refusal (unknown, malformed, revoked, expired, disabled account, password change
 * pending) its own code, whatever the other tokens in the list. Live sessions slide.
 */
import { describe, expect, it } from 'vitest';
import type { FastifyRequest } from 'fastify';
import type { Database } from '@/server/storage/database';
import { ApiError } from '@/server/errors/ApiError';
import { createAuthenticate } from '@/server/auth/authenticate';
import { authenticateTokens } from '@/server/auth/authenticateTokens';
import { createSession, SESSION_TTL_MS } from '@/server/auth/sessionStore';
import { hashSessionToken } from '@/server/auth/sessionToken';
import { TEST_DATABASES } from '../../support/databases';
import { fixturePerTest } from '../../support/fixturePerTest';
import { DAY_MS, openAccountsFixture, PASSWORDS, type AccountsFixture } from './accountsFixture';

describe.each(TEST_DATABASES)('batch tokens authenticated together on $name', (kind) => {
  let db: Database;
  let f: AccountsFixture;
  fixturePerTest(kind, openAccountsFixture, async (database, fixture) => {
    db = database;
    f = fixture;
  });

  const signIn = async (login: string, password: string) => (await f.login(login, password)).json().token as string;
  const answerOf = (result: unknown) =>
    result instanceof ApiError ? { status: result.statusCode, code: result.code } : { ctx: result as Record<string, unknown> };

  it('each token answers as authenticate answers it alone, in the order given', async () => {
    const live = await signIn('teacher1', PASSWORDS.teacher);
    const revoked = await signIn('teacher1', PASSWORDS.teacher);
    const expired = await signIn('teacher1', PASSWORDS.teacher);
    const pending = await signIn('pupil01', PASSWORDS.pupil);
    const disabled = (await createSession(db, { schoolId: f.school.id, userId: f.disabled.id, deviceId: 'laptop-x', now: f.time.now })).token;
    await db.query('UPDATE sessions SET revoked_at = now() WHERE token_hash = $1', [hashSessionToken(revoked)]);
    await db.query('UPDATE sessions SET expires_at = $2 WHERE token_hash = $1', [hashSessionToken(expired), new Date(f.time.now - 1000)]);
    await db.query('UPDATE users SET must_change_password = true WHERE id = $1', [f.pupil.id]);
    const [schoolId, secret] = live.split('.') as [string, string];
    const unknown = `${schoolId}.${secret.slice(0, -2)}${secret.endsWith('AA') ? 'BB' : 'AA'}`;
    const tokens = [revoked, live, 'nonsense', expired, disabled, pending, unknown, live];

    const together = (await authenticateTokens(db, f.time.now, tokens)).map(answerOf);
    const authenticate = createAuthenticate({ db, now: () => f.time.now });
    const alone = await Promise.all(
      tokens.map((t) => authenticate({ headers: { authorization: `Bearer ${t}` } } as FastifyRequest).then(answerOf, answerOf)),
    );

    expect(together).toEqual(alone);
    expect(together.map((a) => ('code' in a ? a.code : 'ok'))).toEqual([
      'token_revoked',
      'ok',
      'unauthorized',
      'token_expired',
      'token_revoked',
      'password_change_required',
      'unauthorized',
      'ok',
    ]);
    expect(together[1]).toMatchObject({ ctx: { userId: f.teacher.id, schoolId: f.school.id } });
  });

  it('a batch token is the token itself, not a header: padded with a space it is refused', async () => {
    const live = await signIn('teacher1', PASSWORDS.teacher);
    const [padded] = await authenticateTokens(db, f.time.now, [`${live} `]);
    expect(answerOf(padded)).toEqual({ status: 401, code: 'unauthorized' });
  });

  it('a live session more than a day behind slides its expiry; a refused one does not', async () => {
    const live = await signIn('teacher1', PASSWORDS.teacher);
    const revoked = await signIn('teacher1', PASSWORDS.teacher);
    const behind = new Date(f.time.now + SESSION_TTL_MS - 3 * DAY_MS);
    await db.query('UPDATE sessions SET expires_at = $1', [behind]);
    await db.query('UPDATE sessions SET revoked_at = now() WHERE token_hash = $1', [hashSessionToken(revoked)]);
    await authenticateTokens(db, f.time.now, [live, revoked, live]);
    const expiry = async (t: string) =>
      new Date(
        (await db.query<{ expires_at: Date }>('SELECT expires_at FROM sessions WHERE token_hash = $1', [hashSessionToken(t)]))[0]!.expires_at,
      ).getTime();
    expect(await expiry(live)).toBe(f.time.now + SESSION_TTL_MS);
    expect(await expiry(revoked)).toBe(behind.getTime());
  });
});
