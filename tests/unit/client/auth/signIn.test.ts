import { webcrypto } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataDbNameFor, primaryRole } from '@/client/auth/dataDbName';
import type { VerifierCrypto } from '@/client/auth/secretVerifier';
import { setPin, signInWithPassword, signInWithPin, type SignInDeps } from '@/client/auth/signIn';
import { signOut } from '@/client/auth/signOut';
import { findProfileByLogin, getLaptopId, readProfile, readProfileSummaries } from '@/client/db/profiles/profileStore';
import { ProfilesDb } from '@/client/db/profiles/profilesDb';

const SCHOOL = { id: 'school-1', name: 'Талдысай мектебі' };
const ACCOUNTS: Record<string, { password: string; user: Record<string, unknown>; disabled?: boolean; mustChangePassword?: boolean }> = {
  head: { password: 'kitap-482', user: { id: 'user-head', schoolId: SCHOOL.id, displayName: 'Серікова Айгүл', roles: ['head'], staffId: 'staff-1' } },
  pupil01: { password: 'alma-101', user: { id: 'user-p1', schoolId: SCHOOL.id, displayName: 'Асанов Ерлан', roles: ['pupil'], pupilId: 'pupil-1' } },
  off: { password: 'x-1', user: { id: 'user-off', schoolId: SCHOOL.id, displayName: 'Off', roles: ['teacher'] }, disabled: true },
  'seitova.a': {
    password: '48213907',
    user: { id: 'user-new', schoolId: SCHOOL.id, displayName: 'Сейітова Айгерім', roles: ['teacher'] },
    mustChangePassword: true,
  },
};

interface FakeServer {
  fetch: typeof fetch;
  requests: { url: string; headers: Record<string, string>; body: string }[];
  reachable: boolean;
  rateLimited: boolean;
  revoked: string[];
}

function fakeServer(): FakeServer {
  const server: FakeServer = { requests: [], reachable: true, rateLimited: false, revoked: [], fetch: undefined as never };
  let tokens = 0;
  server.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const headers = (init?.headers ?? {}) as Record<string, string>;
    server.requests.push({ url, headers, body: String(init?.body ?? '') });
    if (!server.reachable) throw new TypeError('Failed to fetch');
    const json = (status: number, body: unknown, extra: Record<string, string> = {}) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...extra } });
    if (url.endsWith('/api/v1/auth/logout')) {
      server.revoked.push(headers.authorization ?? '');
      return new Response(null, { status: 204 });
    }
    const request = JSON.parse(String(init?.body)) as { login: string; password: string; deviceId: string };
    if (server.rateLimited) return json(429, { error: { code: 'too_many_requests', message: 'wait' } }, { 'retry-after': '90' });
    const account = ACCOUNTS[request.login.trim().toLowerCase()];
    if (!account || account.password !== request.password) return json(401, { error: { code: 'invalid_credentials', message: 'no' } });
    if (account.disabled) return json(403, { error: { code: 'account_disabled', message: 'no' } });
    return json(200, {
      token: `token-${++tokens}`,
      expiresAt: new Date(Date.UTC(2026, 11, 1)).toISOString(),
      user: account.user,
      school: SCHOOL,
      ...(account.mustChangePassword ? { mustChangePassword: true } : {}),
    });
  }) as typeof fetch;
  return server;
}

describe('sign-in on a shared laptop', () => {
  let db: ProfilesDb;
  let server: FakeServer;
  let online: boolean;
  let clock: number;
  let deps: SignInDeps;

  beforeEach(() => {
    db = new ProfilesDb(`profiles-${Math.random()}`);
    server = fakeServer();
    online = true;
    clock = Date.UTC(2026, 9, 1, 8);
    deps = {
      profilesDb: db,
      baseUrl: 'http://school.test',
      isOnline: () => online,
      now: () => clock,
      fetch: server.fetch,
      crypto: webcrypto as unknown as VerifierCrypto,
      iterations: 1_000,
    };
  });
  afterEach(async () => {
    await db.delete();
  });

  it('online: the server checks the password; the laptop keeps a profile with the token and a verifier, never the password', async () => {
    const result = await signInWithPassword(deps, '  Head ', 'kitap-482', 'ru');
    expect(result).toMatchObject({
      ok: true,
      isNewProfile: true,
      user: { id: 'user-head', role: 'head', dbName: 'sandyq-s-school-1', signedInWith: 'password' },
    });
    const profile = await readProfile(db, 'user-head');
    expect(profile).toMatchObject({ login: 'head', schoolName: SCHOOL.name, token: 'token-1', pinFailures: 0, language: 'ru', staffId: 'staff-1' });
    expect(profile?.tokenExpiresAt).toBe(Date.UTC(2026, 11, 1));
    expect(profile?.password.iterations).toBe(1_000);
    expect(JSON.stringify(profile)).not.toContain('kitap-482');
    // The laptop's id went with the sign-in, in the body; the password never in a URL.
    const [request] = server.requests;
    expect(request?.url).toBe('http://school.test/api/v1/auth/login');
    expect(JSON.parse(request!.body).deviceId).toBe(await getLaptopId(db));
  });

  it('offline: a person never signed in here is told to sign in online once first', async () => {
    online = false;
    expect(await signInWithPassword(deps, 'head', 'kitap-482')).toEqual({ ok: false, failure: 'needsOnlineSignIn' });
    expect(server.requests).toHaveLength(0);
  });

  it('offline: the same password opens the profile; a wrong one does not', async () => {
    await signInWithPassword(deps, 'head', 'kitap-482');
    online = false;
    expect(await signInWithPassword(deps, 'head', 'wrong')).toEqual({ ok: false, failure: 'wrongPassword' });
    expect(await signInWithPassword(deps, 'HEAD', 'kitap-482')).toMatchObject({
      ok: true,
      user: { id: 'user-head', signedInWith: 'offlinePassword' },
    });
    expect(server.requests).toHaveLength(1);
  });

  it('a one-time password not yet replaced (the tab closed at the change form) never opens the profile offline', async () => {
    expect(await signInWithPassword(deps, 'seitova.a', '48213907')).toMatchObject({ ok: true, mustChangePassword: true });
    online = false;
    expect(await signInWithPassword(deps, 'seitova.a', '48213907')).toEqual({ ok: false, failure: 'needsOnlineSignIn' });
    server.reachable = false;
    online = true;
    expect(await signInWithPassword(deps, 'seitova.a', '48213907')).toEqual({ ok: false, failure: 'needsOnlineSignIn' });
  });

  it("an unreachable server falls back to the laptop's verifier; a refusal by the server never does", async () => {
    await signInWithPassword(deps, 'head', 'kitap-482');
    server.reachable = false;
    expect(await signInWithPassword(deps, 'head', 'kitap-482')).toMatchObject({ ok: true, user: { signedInWith: 'offlinePassword' } });
    expect(await signInWithPassword(deps, 'pupil01', 'alma-101')).toEqual({ ok: false, failure: 'noConnection' });
    server.reachable = true;
    // The password changed on the server: the old one, right for the verifier, is refused.
    expect(await signInWithPassword(deps, 'head', 'wrong')).toEqual({ ok: false, failure: 'invalidCredentials' });
  });

  it('says why the server refused: disabled account, too many tries with the wait', async () => {
    expect(await signInWithPassword(deps, 'off', 'x-1')).toEqual({ ok: false, failure: 'accountDisabled' });
    server.rateLimited = true;
    expect(await signInWithPassword(deps, 'head', 'kitap-482')).toEqual({ ok: false, failure: 'tooManyAttempts', retryAfterSeconds: 90 });
  });

  it('PIN: set after a password sign-in, then opens the profile offline', async () => {
    await signInWithPassword(deps, 'head', 'kitap-482');
    expect(await setPin(deps, 'user-head', '12a4')).toBe(false);
    expect(await setPin(deps, 'user-head', '2468')).toBe(true);
    const profile = await readProfile(db, 'user-head');
    expect(JSON.stringify(profile)).not.toContain('2468');
    online = false;
    expect(await signInWithPin(deps, 'user-head', '2468')).toMatchObject({ ok: true, user: { signedInWith: 'pin' } });
  });

  it('PIN: five wrong in a row turn it off until the next password sign-in; a right one resets the count', async () => {
    await signInWithPassword(deps, 'head', 'kitap-482');
    await setPin(deps, 'user-head', '2468');
    online = false;
    expect(await signInWithPin(deps, 'user-head', '1111')).toEqual({ ok: false, failure: 'wrongPin', attemptsLeft: 4 });
    expect(await signInWithPin(deps, 'user-head', '2468')).toMatchObject({ ok: true });
    for (const left of [4, 3, 2, 1])
      expect(await signInWithPin(deps, 'user-head', '0000')).toEqual({ ok: false, failure: 'wrongPin', attemptsLeft: left });
    expect(await signInWithPin(deps, 'user-head', '0000')).toEqual({ ok: false, failure: 'pinLocked' });
    // Locked: even the right PIN is refused now.
    expect(await signInWithPin(deps, 'user-head', '2468')).toEqual({ ok: false, failure: 'pinLocked' });
    expect((await readProfileSummaries(db))[0]).toMatchObject({ hasPin: true, isPinLocked: true });
    expect(await signInWithPassword(deps, 'head', 'kitap-482')).toMatchObject({ ok: true });
    expect(await signInWithPin(deps, 'user-head', '2468')).toMatchObject({ ok: true });
  });

  it("lists the laptop's people for the tiles, most recent first, without tokens or verifiers", async () => {
    await signInWithPassword(deps, 'head', 'kitap-482');
    clock += 60_000;
    await signInWithPassword(deps, 'pupil01', 'alma-101');
    const tiles = await readProfileSummaries(db);
    expect(tiles.map((t) => t.userId)).toEqual(['user-p1', 'user-head']);
    expect(JSON.stringify(tiles)).not.toMatch(/token|salt|hash/);
    expect(await findProfileByLogin(db, ' PUPIL01 ')).toMatchObject({ userId: 'user-p1', pupilId: 'pupil-1' });
  });

  it('sign-out revokes the session on the server, in the Authorization header; with changes waiting it waits', async () => {
    await signInWithPassword(deps, 'head', 'kitap-482');
    expect(await signOut(deps, 'user-head', 3)).toBe('revokeLater');
    expect(await readProfile(db, 'user-head')).toMatchObject({ token: 'token-1', isRevokePending: true });
    expect(await signOut(deps, 'user-head', 0)).toBe('revoked');
    expect(server.revoked).toEqual(['Bearer token-1']);
    expect(server.requests.every((r) => !r.url.includes('token'))).toBe(true);
    const profile = await readProfile(db, 'user-head');
    expect(profile?.token).toBeUndefined();
    expect(profile?.isRevokePending).toBeUndefined();
    // The tile stays.
    expect(await readProfileSummaries(db)).toHaveLength(1);
  });

  it('offline sign-out keeps the token until the changes can be sent and the server reached', async () => {
    await signInWithPassword(deps, 'head', 'kitap-482');
    online = false;
    expect(await signOut(deps, 'user-head', 0)).toBe('revokeLater');
    expect(server.revoked).toEqual([]);
  });
});

describe("which database holds a user's data", () => {
  it('staff of a school share one; each pupil and methodologist has their own', () => {
    expect(dataDbNameFor({ userId: 'u1', schoolId: 's1', roles: ['head'] })).toBe('sandyq-s-s1');
    expect(dataDbNameFor({ userId: 'u2', schoolId: 's1', roles: ['teacher'] })).toBe('sandyq-s-s1');
    expect(dataDbNameFor({ userId: 'u3', schoolId: 's1', roles: ['assistant', 'teacher'] })).toBe('sandyq-s-s1');
    expect(dataDbNameFor({ userId: 'u4', schoolId: 's1', roles: ['pupil'] })).toBe('sandyq-p-u4');
    expect(dataDbNameFor({ userId: 'u5', schoolId: 's1', roles: ['pupil'] })).toBe('sandyq-p-u5');
    expect(dataDbNameFor({ userId: 'u6', schoolId: 's1', roles: ['methodologist'] })).toBe('sandyq-m-u6');
  });

  it('shows the screens of the most responsible role an account holds', () => {
    expect(primaryRole(['teacher', 'head'])).toBe('head');
    expect(primaryRole(['assistant', 'teacher'])).toBe('teacher');
    expect(primaryRole(['pupil'])).toBe('pupil');
  });
});
