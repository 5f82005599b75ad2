import { afterEach, describe, expect, it } from 'vitest';
import { loadRegister } from '@/client/attendance/loadRegister';
import { setMarkStatus } from '@/client/attendance/markAttendance';
import type { SandyqDb } from '@/client/db/db';
import { watchTables } from '@/client/db/queries/watchTables';
import { createRecord } from '@/client/db/writeRecord';
import { lessonSessionId } from '@/domain/timetable/lessonSessionId';
import { ASSISTANT, SCHOOL_ID, makeDb } from '../db/testDb';
import { DATE, seedAttendanceSchool } from './attendanceSchool';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('watchTables: what keeps a register current', () => {
  it('tells of every mark written, even a change of status only; not of other tables or other databases', async () => {
    const db = makeDb();
    const other = makeDb();
    opened.push(db, other);
    const school = await seedAttendanceSchool(db, ASSISTANT);
    const register = (await loadRegister(db, { schoolId: SCHOOL_ID, sessionId: lessonSessionId(school.slotMaths, DATE), date: DATE }))!;
    const pupil = register.pupils[0]!;
    let changes = 0;
    const stop = watchTables(db, ['attendanceMarks'], () => (changes += 1));

    await setMarkStatus(db, ASSISTANT, register, pupil, 'absent');
    await settle();
    expect(changes).toBe(1);
    await setMarkStatus(db, ASSISTANT, { ...register, isStored: true, session: { ...register.session, status: 'held' } }, pupil, 'ill');
    await settle();
    expect(changes).toBe(2);

    await createRecord(db, ASSISTANT, 'subjects', { code: 'music', names: { kk: 'Музыка' } });
    await createRecord(other, ASSISTANT, 'attendanceMarks', { sessionId: 's', pupilId: 'p', classSetId: 'c', date: DATE, status: 'late' });
    await settle();
    expect(changes).toBe(2);

    stop();
    await setMarkStatus(db, ASSISTANT, register, pupil, 'late');
    await settle();
    expect(changes).toBe(2);
  });
});
