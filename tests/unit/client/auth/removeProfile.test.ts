import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pendingChangesOf, removeProfileFromLaptop } from '@/client/auth/removeProfile';
import { deriveVerifier } from '@/client/auth/secretVerifier';
import type { Author } from '@/client/db/author';
import { getDb } from '@/client/db/openSandyqDb';
import { countPending } from '@/client/db/outbox';
import type { DeviceProfile } from '@/client/db/profiles/deviceProfile';
import { readProfile, putProfile } from '@/client/db/profiles/profileStore';
import { ProfilesDb } from '@/client/db/profiles/profilesDb';
import { createRecord } from '@/client/db/writeRecord';

const SCHOOL = 'school-r';

async function profile(userId: string, roles: DeviceProfile['roles'], extra: Partial<DeviceProfile> = {}): Promise<DeviceProfile> {
  return {
    userId,
    login: userId,
    displayName: userId,
    roles,
    schoolId: SCHOOL,
    schoolName: 'Мектеп',
    password: await deriveVerifier('x', { iterations: 10 }),
    pinFailures: 0,
    lastSignInAt: 1,
    ...extra,
  };
}

async function writeOne(dbName: string, author: Author): Promise<void> {
  await createRecord(getDb(dbName), author, 'subjects', { code: `s${Math.floor(Math.random() * 1e6)}`, names: { kk: 'Пән' } });
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

describe('removing a person from the laptop', () => {
  let db: ProfilesDb;
  let revoked: string[];
  const deps = () => ({
    profilesDb: db,
    baseUrl: 'http://school.test',
    isOnline: () => true,
    fetch: (async (_url: RequestInfo | URL, init?: RequestInit) => {
      revoked.push(String((init?.headers as Record<string, string>).authorization));
      return new Response(null, { status: 204 });
    }) as typeof fetch,
  });

  beforeEach(() => {
    db = new ProfilesDb(`profiles-${Math.random()}`);
    revoked = [];
  });
  afterEach(async () => {
    await db.delete();
  });

  it('a pupil: counts their unsent changes, then deletes their own database whole and revokes the token', async () => {
    await putProfile(db, await profile('pupil-1', ['pupil'], { token: 'secret-token' }));
    await writeOne('sandyq-p-pupil-1', { userId: 'pupil-1', schoolId: SCHOOL });
    expect(await pendingChangesOf({ userId: 'pupil-1', schoolId: SCHOOL, roles: ['pupil'] })).toBe(1);
    await removeProfileFromLaptop(deps(), 'pupil-1');
    expect(await readProfile(db, 'pupil-1')).toBeUndefined();
    expect(await databaseNames()).not.toContain('sandyq-p-pupil-1');
    expect(revoked).toEqual(['Bearer secret-token']);
  });

  it("a teacher: the school's staff database stays for the others, without the teacher's unsent changes", async () => {
    await putProfile(db, await profile('teacher-a', ['teacher']));
    await putProfile(db, await profile('head-b', ['head']));
    const staffDb = `sandyq-s-${SCHOOL}`;
    await writeOne(staffDb, { userId: 'teacher-a', schoolId: SCHOOL });
    await writeOne(staffDb, { userId: 'head-b', schoolId: SCHOOL });
    await removeProfileFromLaptop(deps(), 'teacher-a');
    expect(await countPending(getDb(staffDb), 'teacher-a')).toBe(0);
    expect(await countPending(getDb(staffDb), 'head-b')).toBe(1);
    expect(await readProfile(db, 'head-b')).toBeDefined();

    // The last staff member of the school on this laptop takes the database with them.
    await removeProfileFromLaptop(deps(), 'head-b');
    expect(await databaseNames()).not.toContain(staffDb);
  });
});
