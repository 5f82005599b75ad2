/**
 * P2 on the wire, on PGlite and PostgreSQL: the bytes a pupil's device receives (the whole
 * response text of a first pull over real HTTP) hold no other pupil's marks, attendance,
 * feedback or id, and no staff-only record, not even one about this pupil (welfare, a
 * conflict over their own mark). The district methodologist's bytes hold no staff-only record.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableName } from '@/domain/tables';
import { TEST_DATABASES } from '../../support/databases';
import { demoRowRefs, validRow } from '../../support/validRows';
import { openSecurityFixture, type SecurityFixture } from './securityFixture';

const WELFARE_NOTE = 'WELFARE-NOTE-Қамқорлық-7f3a';
const PLAN_TOPIC = 'STAFF-ONLY-PLAN-9c1e';

describe.each(TEST_DATABASES)("a pupil's pulled bytes on $name", (kind) => {
  let f: SecurityFixture;
  const ids: Record<string, string> = {};
  /** Pupil ids the pupil must never see: every other pupil of the school. */
  let otherPupilIds: string[];

  beforeAll(async () => {
    f = await openSecurityFixture(kind);
    const demo = f.server.demo!;
    const me = f.accounts.pupil.pupilId!;
    const mine = demoRowRefs(demo, me);
    const theirs = demoRowRefs(demo, f.otherPupil.pupilId!);
    const classmate = demo.accounts.find((a) => a.pupilId && a.pupilId !== me && demoRowRefs(demo, a.pupilId).classSetId === mine.classSetId)!;
    otherPupilIds = demo.accounts.filter((a) => a.pupilId && a.pupilId !== me).map((a) => a.pupilId!);

    const write = async (key: string, table: TableName, fields: Record<string, unknown>) => {
      ids[key] = randomUUID();
      const answer = await f.sync('teacher', [f.mutation('teacher', { table, id: ids[key]!, schoolId: f.schoolId, fields })]);
      expect(answer.header!.rejected, key).toEqual([]);
    };
    await write('myMark', 'marks', validRow('marks', mine));
    await write('myWelfare', 'welfareRecords', validRow('welfareRecords', mine, { psychologistNotes: WELFARE_NOTE, lowIncome: true }));
    await write('theirWelfare', 'welfareRecords', validRow('welfareRecords', theirs, { psychologistNotes: WELFARE_NOTE }));
    await write('theirMark', 'marks', validRow('marks', theirs));
    await write('classmateMark', 'marks', validRow('marks', { ...mine, pupilId: classmate.pupilId! }));
    await write('classmateAttendance', 'attendanceMarks', validRow('attendanceMarks', { ...mine, pupilId: classmate.pupilId! }));
    await write('classmateFeedback', 'feedback', validRow('feedback', { ...mine, pupilId: classmate.pupilId! }));
    await write('plan', 'lessonPlans', validRow('lessonPlans', mine, { topic: PLAN_TOPIC }));
    await write('classmateOnlyTask', 'assignments', validRow('assignments', mine, { pupilIds: [classmate.pupilId!] }));
    await write('sharedTask', 'assignments', validRow('assignments', mine, { pupilIds: [me, classmate.pupilId!] }));
    await write('group', 'groups', validRow('groups', mine, { pupilIds: [me, classmate.pupilId!, f.otherPupil.pupilId!] }));

    // Two staff change the pupil's own mark concurrently: the loser is a staff-only conflict row.
    const base = f.stamp();
    const [older, newer] = [f.stamp(), f.stamp()];
    await f.sync('head', [
      {
        ...f.mutation('head', { table: 'marks', id: ids.myMark!, schoolId: f.schoolId, fields: { score: 3 } }),
        clocks: { score: older },
        bases: { score: base },
      },
    ]);
    await f.sync('teacher', [
      {
        ...f.mutation('teacher', { table: 'marks', id: ids.myMark!, schoolId: f.schoolId, fields: { score: 4 } }),
        clocks: { score: newer },
        bases: { score: base },
      },
    ]);
    const conflicts = await f.server.database!.query<{ id: string }>(
      "SELECT id FROM records WHERE school_id = $1 AND tbl = 'conflicts' AND data->>'rowId' = $2",
      [f.schoolId, ids.myMark],
    );
    expect(conflicts.length).toBeGreaterThan(0);
    ids.conflict = conflicts[0]!.id;
  });
  afterAll(async () => {
    await f.close();
  });

  const pullText = async (token: string) => {
    const res = await fetch(`${f.server.url}/api/v1/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ protocol: 1, deviceId: randomUUID(), mutations: [], cursor: null, clientTime: Date.now() }),
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('"type":"end","cursor"');
    expect(text).not.toContain('"hasMore":true');
    return text;
  };

  it('P2: hold their own mark and none of another pupil: no marks, attendance, feedback, tasks or ids of others', async () => {
    const text = await pullText(f.tokens.pupil);
    expect(text.includes(ids.myMark!)).toBe(true);
    expect(text.includes(ids.sharedTask!)).toBe(true);
    for (const key of ['theirMark', 'classmateMark', 'classmateAttendance', 'classmateFeedback', 'classmateOnlyTask']) {
      expect(text.includes(ids[key]!), key).toBe(false);
    }
    expect(otherPupilIds.filter((id) => text.includes(id))).toEqual([]);
  });

  it('P2: hold no staff-only record, not even one about this pupil: welfare, lesson plans, groups, conflicts', async () => {
    const text = await pullText(f.tokens.pupil);
    expect(text.includes(WELFARE_NOTE)).toBe(false);
    expect(text.includes(PLAN_TOPIC)).toBe(false);
    expect(text.includes('lowIncome')).toBe(false);
    for (const key of ['myWelfare', 'theirWelfare', 'plan', 'group', 'conflict']) expect(text.includes(ids[key]!), key).toBe(false);
    expect(text).not.toMatch(/"table":"(welfareRecords|lessonPlans|calendarPlans|groups|conflicts)"/);
  });

  it("P2: a methodologist's bytes hold no staff-only record either", async () => {
    const text = await pullText(f.tokens.methodologist);
    expect(text.includes(ids.theirMark!)).toBe(true);
    expect(text.includes(WELFARE_NOTE)).toBe(false);
    for (const key of ['myWelfare', 'theirWelfare', 'plan', 'group', 'conflict']) expect(text.includes(ids[key]!), key).toBe(false);
  });
});
