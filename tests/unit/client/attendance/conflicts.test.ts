import { afterEach, describe, expect, it } from 'vitest';
import { loadRegister } from '@/client/attendance/loadRegister';
import { setMarkStatus } from '@/client/attendance/markAttendance';
import { dismissConflict, restoreConflict } from '@/client/conflicts/resolveConflict';
import { applyRemoteChanges } from '@/client/db/applyRemoteChanges';
import type { SandyqDb } from '@/client/db/db';
import { derivedId } from '@/domain/ids';
import { formatStamp } from '@/domain/hlc';
import { lessonSessionId } from '@/domain/timetable/lessonSessionId';
import { ASSISTANT, SCHOOL_ID, makeDb } from '../db/testDb';
import { A1, DATE, seedAttendanceSchool } from './attendanceSchool';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const NOW = Date.UTC(2026, 10, 24, 4, 0);

/**
 * The device marked Бекова ill; the other laptop's "excused" arrived later with a greater
 * stamp and won, and the server recorded "ill" as the losing value: this laptop pulls both.
 */
async function lostEdit() {
  const db = makeDb();
  opened.push(db);
  const school = await seedAttendanceSchool(db, ASSISTANT);
  const sessionId = lessonSessionId(school.slotMaths, DATE);
  const reg = (await loadRegister(db, { schoolId: SCHOOL_ID, sessionId, date: DATE }))!;
  const pupil = reg.pupils.find((p) => p.pupilId === school.pupils.bekova)!;
  await setMarkStatus(db, ASSISTANT, reg, pupil, 'ill');
  const mark = (await db.rows('attendanceMarks').get(pupil.markId))!;
  const losingStamp = mark.clocks.status!;
  const winningStamp = formatStamp({ millis: NOW + 60_000, counter: 0, node: '00000000000000cc' });
  const conflictId = derivedId('conflict', 'attendanceMarks', pupil.markId, 'status', losingStamp);
  await applyRemoteChanges(db, [
    { table: 'attendanceMarks', id: pupil.markId, schoolId: SCHOOL_ID, fields: { status: 'excused' }, clocks: { status: winningStamp } },
    {
      table: 'conflicts',
      id: conflictId,
      schoolId: SCHOOL_ID,
      fields: { table: 'attendanceMarks', rowId: pupil.markId, field: 'status', losingValue: 'ill', losingStamp, winningStamp, status: 'open' },
      clocks: Object.fromEntries(['table', 'rowId', 'field', 'losingValue', 'losingStamp', 'winningStamp', 'status'].map((f) => [f, winningStamp])),
    },
  ]);
  await db.$outbox.clear();
  const load = async () =>
    (await loadRegister(db, { schoolId: SCHOOL_ID, sessionId, date: DATE }))!.pupils.find((p) => p.pupilId === school.pupils.bekova)!;
  return { db, markId: pupil.markId, conflictId, winningStamp, load };
}

describe('conflicts in the register', () => {
  it('an open conflict on a mark shows on that pupil beside the value that stands', async () => {
    const { load, conflictId } = await lostEdit();
    const pupil = await load();
    expect(pupil.mark?.status).toBe('excused');
    expect(pupil.conflicts.map((c) => [c.id, c.field, c.losingValue, c.status])).toEqual([[conflictId, 'status', 'ill', 'open']]);
  });

  it('restore writes the losing value as a new change with a newer stamp, and closes the conflict', async () => {
    const { db, load, markId, conflictId, winningStamp } = await lostEdit();
    const [conflict] = (await load()).conflicts;
    await restoreConflict(db, ASSISTANT, conflict!, { staffId: A1, now: NOW });

    const mark = (await db.rows('attendanceMarks').get(markId))!;
    expect(mark.status).toBe('ill');
    expect(mark.clocks.status! > winningStamp).toBe(true);
    const outbox = await db.$outbox.toArray();
    expect(outbox.map((e) => [e.table, e.id, e.fields])).toEqual([
      ['attendanceMarks', markId, { status: 'ill' }],
      ['conflicts', conflictId, { status: 'restored', resolvedAt: NOW, resolvedById: A1 }],
    ]);
    // The change says which value it replaces, so the server sees it is no blind overwrite.
    expect(outbox[0]!.bases).toEqual({ status: winningStamp });
    const after = await load();
    expect(after.mark?.status).toBe('ill');
    expect(after.conflicts).toEqual([]);
  });

  it('dismiss closes the conflict and leaves the value that stands', async () => {
    const { db, load, markId, conflictId } = await lostEdit();
    const [conflict] = (await load()).conflicts;
    await dismissConflict(db, ASSISTANT, conflict!, { staffId: A1, now: NOW });
    expect((await db.rows('attendanceMarks').get(markId))!.status).toBe('excused');
    expect((await db.rows('conflicts').get(conflictId))!.status).toBe('dismissed');
    expect((await db.$outbox.toArray()).map((e) => e.table)).toEqual(['conflicts']);
    expect((await load()).conflicts).toEqual([]);
  });
});
