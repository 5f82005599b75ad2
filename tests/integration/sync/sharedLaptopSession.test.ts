/**
 * The app's sync on a shared laptop over protocol v2 (`startSessionSync`), against the real
 * server: two pupils took quizzes on the laptop and closed it; the teacher signs in and
 * syncs. The pupils' attempts go in the teacher's pass, in its one request, each with the
 * pupil's own stored token. One pupil's session had expired on the server: that pupil's batch is refused
 * alone, their token is forgotten on the laptop (they sign in online again) and their
 * attempts wait in their outbox; the other pupil's attempts are stored. After the pupil
 * signs in again, the next pass of whoever is signed in sends them.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signInWithPassword, type SignInDeps } from '@/client/auth/signIn';
import { appendRecord } from '@/client/db/appendRecord';
import { getDb } from '@/client/db/openSandyqDb';
import { countPending } from '@/client/db/outbox';
import { getProfilesDb, readProfile } from '@/client/db/profiles/profileStore';
import type { SignedInUser } from '@/client/stores/sessionStore';
import { useConnectivityStore } from '@/client/stores/connectivityStore';
import { startSessionSync } from '@/client/sync/app/sessionSync';
import type { DemoAccount } from '@/server/demo/buildDemoSchool';
import type { Database } from '@/server/storage/database';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { demoRowRefs, validRow } from '../../support/validRows';

describe("a shared laptop syncs every profile in the signed-in user's pass (PGlite)", () => {
  let database: Database;
  let server: TestServer;
  let accounts: DemoAccount[];
  let deps: SignInDeps;
  const account = (login: string) => accounts.find((a) => a.login === login)!;

  beforeAll(async () => {
    database = await TEST_DATABASES[0]!.open();
    server = await startTestServer({ database, demo: true });
    accounts = server.demo!.accounts;
    deps = { profilesDb: getProfilesDb(), baseUrl: server.url, isOnline: () => true, now: Date.now, iterations: 1_000 };
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  async function signIn(login: string): Promise<SignedInUser> {
    const result = await signInWithPassword(deps, login, account(login).password);
    if (!result.ok) throw new Error(`sign-in of ${login} refused: ${result.failure}`);
    return result.user;
  }

  async function syncAs(user: SignedInUser): Promise<void> {
    const sync = startSessionSync(user, { baseUrl: server.url, isOnline: () => true, intervalMs: 3_600_000, sendFiles: false });
    try {
      await sync.syncNow();
      expect(useConnectivityStore.getState().sync.lastError).toBeUndefined();
    } finally {
      sync.stop();
    }
  }

  /** A pupil signs in, syncs, and takes a quiz offline: two attempts wait in their outbox. */
  async function pupilTakesQuiz(login: string): Promise<{ user: SignedInUser; ids: string[] }> {
    const user = await signIn(login);
    await syncAs(user);
    const db = getDb(user.dbName);
    const refs = demoRowRefs(server.demo!, account(login).pupilId!);
    const ids = [];
    for (let i = 0; i < 2; i++)
      ids.push(await appendRecord(db, { userId: user.id, schoolId: user.schoolId }, 'attempts', validRow('attempts', refs) as never));
    expect(await countPending(db, user.id)).toBe(2);
    return { user, ids };
  }

  const storedIds = async (ids: string[]) =>
    (await database.query<{ id: string }>('SELECT id FROM records WHERE id = ANY($1)', [ids])).map((r) => r.id).sort();

  it("the expired pupil's batch is refused alone: token forgotten, attempts kept; the other pupil's stored", async () => {
    const fresh = await pupilTakesQuiz('pupil01');
    const expired = await pupilTakesQuiz('pupil02');
    await database.query("UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1", [expired.user.id]);

    const teacher = await signIn('teacher1');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      await syncAs(teacher);
      // The teacher's push and pull and both pupils' batches: one sync request.
      const syncRequests = fetchSpy.mock.calls.filter(([url]) => String(url).endsWith('/sync'));
      expect(syncRequests.map(([url]) => new URL(String(url)).pathname)).toEqual(['/api/v2/sync']);
    } finally {
      fetchSpy.mockRestore();
    }

    expect(await countPending(getDb(fresh.user.dbName), fresh.user.id)).toBe(0);
    expect(await storedIds(fresh.ids)).toEqual([...fresh.ids].sort());
    expect(await countPending(getDb(expired.user.dbName), expired.user.id)).toBe(2);
    expect(await storedIds(expired.ids)).toEqual([]);
    expect((await readProfile(deps.profilesDb, expired.user.id))?.token).toBeUndefined();
    expect((await readProfile(deps.profilesDb, fresh.user.id))?.token).toBeDefined();

    // The pupil signs in online again (and closes the lid at once); the teacher's next pass sends their attempts.
    await signIn('pupil02');
    await syncAs(await signIn('teacher1'));
    expect(await countPending(getDb(expired.user.dbName), expired.user.id)).toBe(0);
    expect(await storedIds(expired.ids)).toEqual([...expired.ids].sort());
  });
});
