/**
 * Two laptops and a pupil's device of the demo school against the real server over HTTP,
 * on PGlite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../support/databases';
import { startTestServer, type TestServer } from '../../support/server';
import { openTestDevice, type TestDevice } from '../../support/testDevice';
import { createRecord, updateRecord } from '@/client/db/writeRecord';
import type { DemoAccount } from '@/server/demo/buildDemoSchool';

describe.each(TEST_DATABASES)('sync between devices on $name', (kind) => {
  let server: TestServer;
  let accounts: DemoAccount[];
  const devices: TestDevice[] = [];
  const account = (role: string, n = 0) => accounts.filter((a) => a.roles.includes(role as never))[n]!;
  const open = async (a: DemoAccount) => {
    const d = await openTestDevice({ serverUrl: server.url, login: a.login, password: a.password });
    devices.push(d);
    return d;
  };

  beforeAll(async () => {
    server = await startTestServer({ database: kind, demo: true });
    accounts = server.demo!.accounts;
  });
  afterAll(async () => {
    for (const d of devices) await d.close();
    await server.close();
  });

  it('S1/P1: a class set renamed on one laptop reaches another laptop of the school', async () => {
    const head = await open(account('head'));
    const teacher = await open(account('teacher'));
    const first = await head.sync();
    expect(first.pulled).toBeGreaterThan(64);
    const classSet = (await head.db.records('classSets').toArray())[0]!;
    await updateRecord(head.db, head.author, 'classSets', classSet.id, { name: '5-6 А' });
    expect(await head.db.$outbox.count()).toBe(1);
    const pushed = await head.sync();
    expect(pushed.pushed).toBe(1);
    expect(await head.db.$outbox.count()).toBe(0);
    await teacher.sync();
    expect((await teacher.db.records('classSets').get(classSet.id))?.name).toBe('5-6 А');
  });

  it('a first pull reports its total from the first page on, for progress', async () => {
    const teacher = await open(account('teacher', 1));
    const progress: Array<{ pulled: number; remaining?: number }> = [];
    const result = await teacher.sync({
      onProgress: (p) => progress.push({ pulled: p.pulled, ...(p.remaining !== undefined ? { remaining: p.remaining } : {}) }),
    });
    const firstPage = progress.find((p) => p.pulled > 0)!;
    expect(firstPage.remaining).toBeDefined();
    expect(firstPage.pulled + firstPage.remaining!).toBe(result.pulled);
    expect(progress.filter((p) => p.remaining !== undefined).at(-1)!.remaining).toBe(0);
  });

  it("P2: a pupil receives their own rows and no staff-only or other pupils' rows", async () => {
    const head = await open(account('head'));
    await head.sync();
    const pupils = await head.db.records('pupils').toArray();
    const me = account('pupil', 0);
    const other = pupils.find((p) => p.id !== me.pupilId)!;
    const subject = (await head.db.records('subjects').toArray())[0]!;
    const year = (await head.db.records('academicYears').toArray())[0]!;
    const staffId = account('head').staffId!;
    const mine = pupils.find((p) => p.id === me.pupilId)!;
    for (const p of [mine, other]) {
      await createRecord(head.db, head.author, 'marks', {
        pupilId: p.id,
        subjectId: subject.id,
        classSetId: p.classSetId as string,
        kind: 'formative',
        score: 7,
        maxScore: 10,
        date: '2026-11-23',
        quarter: 2,
        academicYearId: year.id,
        authorId: staffId,
      } as never);
    }
    await createRecord(head.db, head.author, 'welfareRecords', {
      pupilId: mine.id,
      lowIncome: true,
      subjectIds: [subject.id],
      laggingTopics: [],
      checkpoints: [],
    } as never);
    await head.sync();
    const pupil = await open(me);
    await pupil.sync();
    const marks = await pupil.db.records('marks').toArray();
    expect(marks.map((m) => m.pupilId)).toEqual([me.pupilId]);
    expect(await pupil.db.records('welfareRecords').count()).toBe(0);
    expect((await pupil.db.records('pupils').toArray()).map((p) => p.id)).toEqual([me.pupilId]);
  });
});
