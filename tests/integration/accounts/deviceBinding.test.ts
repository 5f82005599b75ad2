/**
 * Defect 7 of issue 8: a device id is bound to the laptop whose sessions used it first. A
 * user of another laptop cannot push under it (the change would be hidden from that
 * laptop, whose pulls leave out its own device's changes); users sharing one laptop all
 * can; and refusals are kept per (device, user), so two users of one laptop never see, nor
 * hide, each other's.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation } from '@/sync/protocol';
import { TEST_DATABASES } from '../../support/databases';
import { openSecurityFixture, parseSyncAnswer, type SecurityFixture } from '../security/securityFixture';

describe.each(TEST_DATABASES)('device ids bound to their laptop on $name', (kind) => {
  let f: SecurityFixture;
  beforeAll(async () => {
    f = await openSecurityFixture(kind);
  }, 60_000);
  afterAll(async () => {
    await f.close();
  });

  const signInOn = async (actor: 'head' | 'teacher', laptopId: string) => {
    const res = await f.server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: f.accounts[actor].login, password: f.accounts[actor].password, deviceId: laptopId },
    });
    expect(res.statusCode).toBe(200);
    return res.json().token as string;
  };
  const syncAs = async (token: string, deviceId: string, mutations: Mutation[], pull = false) =>
    parseSyncAnswer(
      await f.server.app.inject({
        method: 'POST',
        url: '/api/v1/sync',
        headers: { authorization: `Bearer ${token}` },
        payload: { protocol: 1, deviceId, mutations, cursor: null, pull, clientTime: f.time.now },
      }),
    );
  const subject = (id: string, code: string) => ({
    table: 'subjects' as const,
    id,
    schoolId: f.schoolId,
    fields: { code, names: { kk: code, ru: code, en: code } },
  });
  const withSeq = (m: Mutation, seq: number): Mutation => ({ ...m, seq });

  it("a user of another laptop cannot push under a laptop's device id (403, nothing stored); the laptop then pulls every change", async () => {
    const teacherLaptop = await signInOn('teacher', randomUUID());
    const headLaptop = await signInOn('head', randomUUID());
    const staffDb = randomUUID();
    expect((await syncAs(teacherLaptop, staffDb, [], true)).status).toBe(200);

    const hidden = randomUUID();
    const refused = await syncAs(headLaptop, staffDb, [withSeq(f.mutation('head', subject(hidden, 'hidden-change')), 1)]);
    expect(refused.status).toBe(403);
    expect(await f.server.database!.query('SELECT id FROM records WHERE id = $1', [hidden])).toEqual([]);

    // Under its own device id the same change is stored, and the teacher's laptop receives it.
    const own = await syncAs(headLaptop, randomUUID(), [withSeq(f.mutation('head', subject(hidden, 'visible-change')), 1)]);
    expect(own.status).toBe(200);
    const pulled = await syncAs(teacherLaptop, staffDb, [], true);
    expect(pulled.rows.find((r) => r.id === hidden)?.fields.code).toBe('visible-change');
  });

  it('users of one shared laptop all sync under its device id, and each is told only their own refusals, on replay too', async () => {
    const laptop = randomUUID();
    const head = await signInOn('head', laptop);
    const teacher = await signInOn('teacher', laptop);
    const staffDb = randomUUID();
    // Each user's stream has its own seqs: both send seq 1, both refused (another school's row).
    const headRow = randomUUID();
    const teacherRow = randomUUID();
    const headRefused = withSeq(f.mutation('head', { ...subject(headRow, 'x'), schoolId: f.otherSchoolId }), 1);
    const teacherRefused = withSeq(f.mutation('teacher', { ...subject(teacherRow, 'y'), schoolId: f.otherSchoolId }), 1);
    const first = await syncAs(head, staffDb, [headRefused]);
    const second = await syncAs(teacher, staffDb, [teacherRefused]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(first.header!.rejected.map((r) => [r.seq, r.id, r.reason])).toEqual([[1, headRow, 'wrongSchool']]);
    expect(second.header!.rejected.map((r) => [r.seq, r.id, r.reason])).toEqual([[1, teacherRow, 'wrongSchool']]);
    // A lost answer: both send again, and each hears their own refusal back.
    expect((await syncAs(head, staffDb, [headRefused])).header!.rejected.map((r) => r.id)).toEqual([headRow]);
    expect((await syncAs(teacher, staffDb, [teacherRefused])).header!.rejected.map((r) => r.id)).toEqual([teacherRow]);
  });
});
