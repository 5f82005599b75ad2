/**
 * One shared laptop, two people, the real server: a teacher signs in and syncs the school,
 * writes a staff-only welfare record about a pupil and a mark of another pupil without
 * sending them, then switches to that pupil. The pupil's sign-in opens the pupil's own
 * database, never the staff one: after the pupil's sync it holds the pupil's own rows and
 * the school's shared ones, and none of the staff data. The teacher's waiting changes are
 * still sent, by the pupil's sync, with the teacher's own token and push only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInWithPassword, type SignInDeps } from '@/client/auth/signIn';
import { getDb } from '@/client/db/openSandyqDb';
import { countPending } from '@/client/db/outbox';
import { getProfilesDb } from '@/client/db/profiles/profileStore';
import { createRecord } from '@/client/db/writeRecord';
import type { SignedInUser } from '@/client/stores/sessionStore';
import { startSessionSync } from '@/client/sync/app/sessionSync';
import { useConnectivityStore } from '@/client/stores/connectivityStore';
import type { DemoAccount } from '@/server/demo/buildDemoSchool';
import type { Database } from '@/server/storage/database';
import { ROLE_SCREENS } from '@/ui/navigation/screens';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';

describe('switching user on a shared laptop (PGlite)', () => {
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

  async function signInAndSync(login: string): Promise<{ user: SignedInUser; stop: () => void }> {
    const result = await signInWithPassword(deps, login, account(login).password);
    if (!result.ok) throw new Error(`sign-in of ${login} refused: ${result.failure}`);
    const sync = startSessionSync(result.user, { baseUrl: server.url, isOnline: () => true, intervalMs: 3_600_000 });
    await sync.syncNow();
    expect(useConnectivityStore.getState().sync.lastError).toBeUndefined();
    return { user: result.user, stop: () => sync.stop() };
  }

  it("shows the pupil none of the staff data, and still sends the teacher's waiting changes", async () => {
    const pupilAccount = account('pupil01');
    const teacher = await signInAndSync('teacher1');
    const staffDb = getDb(teacher.user.dbName);
    expect(teacher.user.dbName).toBe(`sandyq-s-${teacher.user.schoolId}`);
    expect(await staffDb.rows('pupils').count()).toBe(64);

    // Staff-only and other-pupil data, written on the laptop and not yet sent.
    const subjects = await staffDb.rows('subjects').limit(2).toArray();
    const author = { userId: teacher.user.id, schoolId: teacher.user.schoolId };
    const welfareId = await createRecord(staffDb, author, 'welfareRecords', {
      pupilId: pupilAccount.pupilId!,
      lowIncome: true,
      subjectIds: subjects.map((s) => s.id),
      laggingTopics: [],
      checkpoints: [],
    });
    const other = (await staffDb.rows('pupils').toArray()).find((p) => p.id !== pupilAccount.pupilId)!;
    const year = (await staffDb.rows('academicYears').toArray())[0]!;
    const markId = await createRecord(staffDb, author, 'marks', {
      pupilId: other.id,
      subjectId: subjects[0]!.id,
      classSetId: other.classSetId,
      kind: 'formative',
      score: 3,
      maxScore: 10,
      date: '2026-11-23',
      quarter: 2,
      academicYearId: year.id,
      authorId: account('teacher1').staffId!,
    });
    expect(await countPending(staffDb, teacher.user.id)).toBe(2);

    // Switch: the teacher's sync stops; the pupil signs in and syncs.
    teacher.stop();
    const pupil = await signInAndSync('pupil01');
    expect(pupil.user.dbName).toBe(`sandyq-p-${pupil.user.id}`);
    expect(pupil.user.dbName).not.toBe(teacher.user.dbName);
    expect(ROLE_SCREENS[pupil.user.role]).toEqual(['selfStudy', 'myResults', 'bundles', 'settings']);
    const pupilDb = getDb(pupil.user.dbName);

    // The pupil's database: their own pupil row, their class set's timetable, the school's shared rows.
    const pupils = await pupilDb.rows('pupils').toArray();
    expect(pupils.map((p) => p.id)).toEqual([pupilAccount.pupilId]);
    expect(await pupilDb.rows('classSets').count()).toBe(6);
    const slots = await pupilDb.rows('timetableSlots').toArray();
    expect(slots.length).toBeGreaterThan(0);
    expect(new Set(slots.map((s) => s.classSetId))).toEqual(new Set([pupils[0]!.classSetId]));
    for (const e of await pupilDb.rows('enrolments').toArray()) expect(e.pupilId).toBe(pupilAccount.pupilId);
    // None of the staff data: not the welfare record about this very pupil, not the other pupil's mark.
    expect(await pupilDb.rows('welfareRecords').count()).toBe(0);
    expect(await pupilDb.rows('marks').count()).toBe(0);
    expect(await pupilDb.$outbox.count()).toBe(0);

    // The teacher's changes went to the server with the teacher's token, from the staff database.
    expect(await countPending(staffDb, teacher.user.id)).toBe(0);
    const stored = await database.query<{ id: string }>("SELECT id FROM records WHERE tbl IN ('welfareRecords', 'marks') AND id = ANY($1)", [
      [welfareId, markId],
    ]);
    expect(stored.map((r) => r.id).sort()).toEqual([welfareId, markId].sort());
    pupil.stop();

    // And a pull by the pupil after that still brings none of it.
    const again = await signInAndSync('pupil01');
    expect(await getDb(again.user.dbName).rows('welfareRecords').count()).toBe(0);
    expect(await getDb(again.user.dbName).rows('marks').count()).toBe(0);
    again.stop();
  });
});
