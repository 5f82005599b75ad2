import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { loadDayLessons, LessonScope } from '@/client/attendance/dayLessons';
import { loadRegister, type Register } from '@/client/attendance/loadRegister';
import { attendanceMarkId } from '@/client/attendance/markId';
import { markAllPresent, setLessonDetail, setMarkNote, setMarkStatus } from '@/client/attendance/markAttendance';
import type { SandyqDb } from '@/client/db/db';
import { derivedId } from '@/domain/ids';
import { fullName } from '@/domain/person';
import { lessonSessionId } from '@/domain/timetable/lessonSessionId';
import { ASSISTANT, SCHOOL_ID, makeDb } from '../db/testDb';
import { A1, DATE, HOLIDAY, SATURDAY, T1, T2, seedAttendanceSchool, type AttendanceSchool } from './attendanceSchool';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

async function openSchool(): Promise<{ db: SandyqDb; school: AttendanceSchool }> {
  const db = makeDb();
  opened.push(db);
  return { db, school: await seedAttendanceSchool(db, ASSISTANT) };
}

async function register(db: SandyqDb, sessionId: string, date = DATE): Promise<Register> {
  const found = await loadRegister(db, { schoolId: SCHOOL_ID, sessionId, date });
  if (!found) throw new Error('no register');
  return found;
}

/**
 * Counts the read-write IndexedDB transactions that commit on the database named `name`.
 * Dexie binds `IDBDatabase.transaction` when it opens, so this wraps the prototype before.
 */
function countReadWriteCommits(name: string): { commits(): number; stop(): void } {
  const proto = globalThis.IDBDatabase.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'transaction');
  if (!original) throw new Error('no IDBDatabase.transaction');
  const open = original.value as IDBDatabase['transaction'];
  let commits = 0;
  Object.defineProperty(proto, 'transaction', {
    ...original,
    value(this: IDBDatabase, names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
      const tx = open.call(this, names, mode, options);
      if (mode === 'readwrite' && this.name === name) tx.addEventListener('complete', () => (commits += 1));
      return tx;
    },
  });
  return { commits: () => commits, stop: () => Object.defineProperty(proto, 'transaction', original) };
}

const pupilOf = (reg: Register, pupilId: string) => {
  const pupil = reg.pupils.find((p) => p.pupilId === pupilId);
  if (!pupil) throw new Error('not on the register');
  return pupil;
};

describe('the register: who is on it', () => {
  it('lists only the pupils enrolled on the date: not withdrawn, moved away, not yet joined or deleted; never staff', async () => {
    const { db, school } = await openSchool();
    const reg = await register(db, lessonSessionId(school.slotMaths, DATE));
    expect(reg.pupils.map((p) => fullName(p.person))).toEqual(['Ахметов Ерлан', 'Бекова Дана', 'Жұмабаев Нұр']);
    expect(reg.pupils.map((p) => p.classSetId)).toEqual(['class-5-6', 'class-5-6', 'class-5-6']);
  });

  it('groups a combined class by grade, names in order within each grade', async () => {
    const { db, school } = await openSchool();
    const reg = await register(db, lessonSessionId(school.slotMaths, DATE));
    expect(reg.grades.map((g) => [g.grade, g.members.map((m) => m.person.surname)])).toEqual([
      [5, ['Ахметов', 'Бекова']],
      [6, ['Жұмабаев']],
    ]);
  });

  it('a pupil withdrawn later, or moved in later, is on the register of a date they were in the class', async () => {
    const { db, school } = await openSchool();
    const before = await register(db, lessonSessionId(school.slotMaths, '2026-11-10'), '2026-11-10');
    expect(before.pupils.map((p) => p.person.surname)).toEqual(['Ахметов', 'Бекова', 'Сейітова', 'Жұмабаев', 'Омаров']);
    const after = await register(db, lessonSessionId(school.slotMaths, '2026-12-01'), '2026-12-01');
    expect(after.pupils.map((p) => p.person.surname)).toEqual(['Ахметов', 'Бекова', 'Жұмабаев', 'Қасымова']);
  });

  it('shows the journal letters of the class language and the lesson as the timetable makes it, not stored', async () => {
    const { db, school } = await openSchool();
    const reg = await register(db, lessonSessionId(school.slotKazakh, DATE));
    expect(reg).toMatchObject({
      isStored: false,
      journalLanguage: 'kk',
      audienceName: '5-6',
      session: { status: 'planned', period: 2, teacherId: T2, assistantId: A1 },
    });
    expect(reg.subject?.names.kk).toBe('Қазақ тілі');
    expect(reg.pupils.every((p) => p.mark === undefined && p.conflicts.length === 0)).toBe(true);
  });

  it('a date with no such lesson gives null', async () => {
    const { db, school } = await openSchool();
    expect(await loadRegister(db, { schoolId: SCHOOL_ID, sessionId: lessonSessionId(school.slotMaths, SATURDAY), date: SATURDAY })).toBeNull();
  });
});

describe('marking', () => {
  it('the first mark stores the lesson as held under its derived id, and the mark under derivedId(session, pupil)', async () => {
    const { db, school } = await openSchool();
    const sessionId = lessonSessionId(school.slotMaths, DATE);
    const reg = await register(db, sessionId);
    await setMarkStatus(db, ASSISTANT, reg, pupilOf(reg, school.pupils.bekova), 'absent');

    const session = await db.rows('lessonSessions').get(sessionId);
    expect(session).toMatchObject({ status: 'held', slotId: school.slotMaths, date: DATE, period: 1, teacherId: T1, classSetId: 'class-5-6' });
    const markId = derivedId(sessionId, school.pupils.bekova);
    expect(attendanceMarkId(sessionId, school.pupils.bekova)).toBe(markId);
    expect(await db.rows('attendanceMarks').get(markId)).toMatchObject({
      sessionId,
      pupilId: school.pupils.bekova,
      classSetId: 'class-5-6',
      date: DATE,
      status: 'absent',
    });

    const after = await register(db, sessionId);
    expect(after.isStored).toBe(true);
    expect(pupilOf(after, school.pupils.bekova).mark).toEqual({ status: 'absent', note: undefined });
    expect(pupilOf(after, school.pupils.ahmetov).mark).toBeUndefined();
  });

  it('changing a mark writes only the status to the same row, one outbox entry per change', async () => {
    const { db, school } = await openSchool();
    const sessionId = lessonSessionId(school.slotMaths, DATE);
    const reg = await register(db, sessionId);
    const pupil = pupilOf(reg, school.pupils.ahmetov);
    await setMarkStatus(db, ASSISTANT, reg, pupil, 'absent');
    const outboxBefore = await db.$outbox.count();
    await setMarkStatus(db, ASSISTANT, await register(db, sessionId), pupil, 'ill');
    const entries = (await db.$outbox.toArray()).slice(outboxBefore);
    expect(entries.map((e) => [e.table, e.id, Object.keys(e.fields)])).toEqual([['attendanceMarks', pupil.markId, ['status']]]);
    expect(await db.rows('attendanceMarks').where('sessionId').equals(sessionId).count()).toBe(1);
  });

  it('all present stores a present mark for every unmarked pupil and keeps the marks already set', async () => {
    const { db, school } = await openSchool();
    const sessionId = lessonSessionId(school.slotKazakh, DATE);
    let reg = await register(db, sessionId);
    await setMarkStatus(db, ASSISTANT, reg, pupilOf(reg, school.pupils.zhumabaev), 'late');
    reg = await register(db, sessionId);
    expect(await markAllPresent(db, ASSISTANT, reg, reg.pupils)).toBe(2);
    reg = await register(db, sessionId);
    expect(reg.pupils.map((p) => [p.person.surname, p.mark?.status])).toEqual([
      ['Ахметов', 'present'],
      ['Бекова', 'present'],
      ['Жұмабаев', 'late'],
    ]);
    expect((await db.rows('lessonSessions').get(sessionId))?.status).toBe('held');
    // Again: nothing left to store.
    expect(await markAllPresent(db, ASSISTANT, reg, reg.pupils)).toBe(0);
  });

  it('all present, working from an older view of the register, never overwrites a status set meanwhile', async () => {
    const { db, school } = await openSchool();
    const sessionId = lessonSessionId(school.slotMaths, DATE);
    const seenByTheButton = await register(db, sessionId);
    await setMarkStatus(db, ASSISTANT, seenByTheButton, pupilOf(seenByTheButton, school.pupils.bekova), 'ill');
    expect(await markAllPresent(db, ASSISTANT, seenByTheButton, seenByTheButton.pupils)).toBe(2);
    expect(pupilOf(await register(db, sessionId), school.pupils.bekova).mark?.status).toBe('ill');
  });

  it('all present for 25 pupils is one IndexedDB commit: the lesson, 25 marks and their 26 outbox entries', async () => {
    const db = makeDb();
    opened.push(db);
    const counter = countReadWriteCommits(db.name);
    onTestFinished(counter.stop);
    const school = await seedAttendanceSchool(db, ASSISTANT);
    const sessionId = lessonSessionId(school.slotMaths, DATE);
    const reg = await register(db, sessionId);
    const pupils = Array.from({ length: 25 }, (_, i) => {
      const pupilId = derivedId('pupil', String(i));
      return { pupilId, classSetId: 'class-5-6', markId: attendanceMarkId(sessionId, pupilId) };
    });
    const outboxBefore = await db.$outbox.count();
    const commitsBefore = counter.commits();
    expect(await markAllPresent(db, ASSISTANT, reg, pupils)).toBe(25);
    expect(counter.commits() - commitsBefore).toBe(1);
    expect(await db.rows('attendanceMarks').where('sessionId').equals(sessionId).count()).toBe(25);
    expect((await db.$outbox.count()) - outboxBefore).toBe(26);
  });

  it('all present that fails on its last pupil stores nothing: no lesson held, no mark, no outbox entry', async () => {
    const { db, school } = await openSchool();
    const sessionId = lessonSessionId(school.slotMaths, DATE);
    const reg = await register(db, sessionId);
    const refused = { ...reg.pupils[reg.pupils.length - 1]!, classSetId: '' };
    const outboxBefore = await db.$outbox.count();
    await expect(markAllPresent(db, ASSISTANT, reg, [...reg.pupils.slice(0, -1), refused])).rejects.toThrow();
    expect(await db.rows('lessonSessions').get(sessionId)).toBeUndefined();
    expect(await db.rows('attendanceMarks').where('sessionId').equals(sessionId).count()).toBe(0);
    expect(await db.$outbox.count()).toBe(outboxBefore);
  });

  it('a note on an unmarked pupil marks them present with it; on a marked pupil it leaves the status alone; empty clears it', async () => {
    const { db, school } = await openSchool();
    const sessionId = lessonSessionId(school.slotMaths, DATE);
    let reg = await register(db, sessionId);
    await setMarkNote(db, ASSISTANT, reg, pupilOf(reg, school.pupils.ahmetov), '  Әжесімен келді ');
    await setMarkStatus(db, ASSISTANT, reg, pupilOf(reg, school.pupils.bekova), 'late');
    reg = await register(db, sessionId);
    await setMarkNote(db, ASSISTANT, reg, pupilOf(reg, school.pupils.bekova), 'Автобус кешікті');
    reg = await register(db, sessionId);
    expect(pupilOf(reg, school.pupils.ahmetov).mark).toEqual({ status: 'present', note: 'Әжесімен келді' });
    expect(pupilOf(reg, school.pupils.bekova).mark).toEqual({ status: 'late', note: 'Автобус кешікті' });
    await setMarkNote(db, ASSISTANT, reg, pupilOf(reg, school.pupils.bekova), '');
    reg = await register(db, sessionId);
    expect(pupilOf(reg, school.pupils.bekova).mark).toEqual({ status: 'late', note: undefined });
  });

  it("the lesson's topic and note are saved on the lesson, which is then held", async () => {
    const { db, school } = await openSchool();
    const sessionId = lessonSessionId(school.slotMaths, DATE);
    await setLessonDetail(db, ASSISTANT, await register(db, sessionId), 'topic', 'Бөлшектерді қосу');
    await setLessonDetail(db, ASSISTANT, await register(db, sessionId), 'note', 'Тірек мектептен трансляция');
    expect(await db.rows('lessonSessions').get(sessionId)).toMatchObject({
      status: 'held',
      topic: 'Бөлшектерді қосу',
      note: 'Тірек мектептен трансляция',
    });
    await setLessonDetail(db, ASSISTANT, await register(db, sessionId), 'note', ' ');
    expect((await db.rows('lessonSessions').get(sessionId))?.note).toBeUndefined();
  });
});

describe('the day of lessons', () => {
  it("lists the user's own lessons as teacher or assistant, and the whole school's for Attendance", async () => {
    const { db, school } = await openSchool();
    const mine = await loadDayLessons(db, { schoolId: SCHOOL_ID, date: DATE, scope: LessonScope.mine, staffId: A1 });
    expect(mine.lessons.map((l) => [l.id, l.role])).toEqual([[lessonSessionId(school.slotKazakh, DATE), 'assistant']]);
    const teacher = await loadDayLessons(db, { schoolId: SCHOOL_ID, date: DATE, scope: LessonScope.mine, staffId: T1 });
    expect(teacher.lessons.map((l) => [l.session.period, l.role])).toEqual([[1, 'teacher']]);
    const all = await loadDayLessons(db, { schoolId: SCHOOL_ID, date: DATE, scope: LessonScope.school });
    expect(all).toMatchObject({ isSchoolDay: true, holidayName: undefined });
    expect(all.lessons.map((l) => [l.session.period, l.audienceName, l.subjectNames?.en, l.pupils, l.marked])).toEqual([
      [1, '5-6', 'Mathematics', 3, 0],
      [2, '5-6', 'Kazakh language', 3, 0],
    ]);
  });

  it('counts the marks of each lesson: stored, missed and late', async () => {
    const { db, school } = await openSchool();
    const reg = await register(db, lessonSessionId(school.slotMaths, DATE));
    await setMarkStatus(db, ASSISTANT, reg, pupilOf(reg, school.pupils.ahmetov), 'ill');
    await setMarkStatus(db, ASSISTANT, reg, pupilOf(reg, school.pupils.bekova), 'late');
    const day = await loadDayLessons(db, { schoolId: SCHOOL_ID, date: DATE, scope: LessonScope.school });
    expect(day.lessons[0]).toMatchObject({ isStored: true, pupils: 3, marked: 2, missed: 1, late: 1, session: { status: 'held' } });
  });

  it('a weekend and a holiday are not school days (the holiday named); no lessons', async () => {
    const { db } = await openSchool();
    expect(await loadDayLessons(db, { schoolId: SCHOOL_ID, date: SATURDAY, scope: LessonScope.school })).toMatchObject({
      isSchoolDay: false,
      lessons: [],
    });
    expect(await loadDayLessons(db, { schoolId: SCHOOL_ID, date: HOLIDAY, scope: LessonScope.school })).toMatchObject({
      isSchoolDay: false,
      holidayName: 'Тәуелсіздік күні',
      lessons: [],
    });
  });
});
