/**
 * The one-time password flow from the laptop's side, against the real server: the head
 * creates a teacher's login with the client's People calls, the teacher signs in with the
 * one-time password (told to change it), changes it, and then signs in offline with the
 * new password only.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeOwnPassword } from '@/client/auth/changeOwnPassword';
import { signInWithPassword, type SignInDeps } from '@/client/auth/signIn';
import { getProfilesDb } from '@/client/db/profiles/profileStore';
import { createLogin, listAccounts, readAuditLog } from '@/client/people/peopleApi';
import type { Database } from '@/server/storage/database';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { TEST_SCRYPT_PARAMS } from '../../support/server';

describe('a one-time password at first sign-in on a laptop (PGlite)', () => {
  let database: Database;
  let server: TestServer;
  let online = true;
  let deps: SignInDeps;

  beforeAll(async () => {
    database = await TEST_DATABASES[0]!.open();
    server = await startTestServer({ database, demo: true, app: { people: { passwordParams: TEST_SCRYPT_PARAMS } } });
    deps = { profilesDb: getProfilesDb(), baseUrl: server.url, isOnline: () => online, now: Date.now, iterations: 1_000 };
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it('signs in with the one-time password, must change it, then only the new one works offline', async () => {
    const headAccount = server.demo!.accounts.find((a) => a.roles.includes('head'))!;
    const head = await signInWithPassword(deps, headAccount.login, headAccount.password);
    if (!head.ok) throw new Error(head.failure);
    const api = { baseUrl: server.url, token: head.profile.token! };
    const accounts = await listAccounts(api);
    if (!accounts.ok) throw new Error(accounts.failure);
    expect(accounts.value.accounts.map((a) => a.id)).toContain(head.user.id);
    // A new teacher, as the head's setup writes store them (every demo staff member already has a login).
    const staffId = randomUUID();
    await database.query("INSERT INTO records (school_id, tbl, id, data, clocks, seq, audience) VALUES ($1, 'staff', $2, $3, '{}', 1, 'school')", [
      head.user.schoolId,
      staffId,
      JSON.stringify({ id: staffId, schoolId: head.user.schoolId, surname: 'Жанова', name: 'Жана', roles: ['teacher'], status: 'active' }),
    ]);

    const created = await createLogin(api, { person: { table: 'staff', id: staffId }, login: 'jana.mugalim', roles: ['teacher'] });
    if (!created.ok) throw new Error(created.failure);
    const oneTimePassword = created.value.oneTimePassword;
    const again = await createLogin(api, { person: { table: 'staff', id: staffId }, login: 'jana.mugalim2', roles: ['teacher'] });
    expect(again).toEqual({ ok: false, failure: 'conflict' });

    const first = await signInWithPassword(deps, 'jana.mugalim', oneTimePassword);
    if (!first.ok) throw new Error(first.failure);
    expect(first.mustChangePassword).toBe(true);
    expect(await changeOwnPassword(deps, first.user.id, 'not-it-1', 'tau-samal-9')).toEqual({ ok: false, failure: 'wrongPassword' });
    expect(await changeOwnPassword(deps, first.user.id, oneTimePassword, 'tau')).toEqual({ ok: false, failure: 'badRequest' });
    expect(await changeOwnPassword(deps, first.user.id, oneTimePassword, 'tau-samal-9')).toEqual({ ok: true, value: undefined });

    online = false;
    expect(await signInWithPassword(deps, 'jana.mugalim', oneTimePassword)).toEqual({ ok: false, failure: 'wrongPassword' });
    const offline = await signInWithPassword(deps, 'jana.mugalim', 'tau-samal-9');
    expect(offline.ok).toBe(true);
    online = true;
    const online2 = await signInWithPassword(deps, 'jana.mugalim', 'tau-samal-9');
    expect(online2.ok && online2.mustChangePassword).toBeUndefined();

    const audit = await readAuditLog(api);
    if (!audit.ok) throw new Error(audit.failure);
    expect(audit.value.entries.slice(0, 2).map((e) => e.action)).toEqual(['changeOwnPassword', 'createLogin']);
  });
});
