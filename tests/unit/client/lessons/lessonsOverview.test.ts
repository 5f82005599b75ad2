/**
 * The Lessons screen's view of mathematics in class set 5-6: what a teacher plans for, the
 * year's КТЖ on the real Tuesday lessons, the lesson that has a ҚМЖ, and the topics behind
 * the calendar (past lessons neither held nor conducted).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { createRecord, updateRecord } from '@/client/db/writeRecord';
import { copyCalendarPlan } from '@/client/lessons/calendarPlanWrites';
import { lessonPlanIdOf, startLessonPlan } from '@/client/lessons/lessonPlanWrites';
import { readLessonsOverview } from '@/client/lessons/readLessonsOverview';
import { readTeachingChoices } from '@/client/lessons/readTeachingChoices';
import { LessonTemplate } from '@/domain/lessons/lessonPlanTemplate';
import { lessonSessionId } from '@/domain/timetable/lessonSessionId';
import { CLASS_56, seedAttendanceSchool, T1, T2 } from '../attendance/attendanceSchool';
import { makeDb, SCHOOL_ID, TEACHER } from '../db/testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const NAMES = { opening: 'Ұйымдастыру', main: 'Негізгі бөлім', consolidation: 'Бекіту' };

async function school() {
  const db = makeDb();
  opened.push(db);
  const seeded = await seedAttendanceSchool(db, TEACHER);
  const slot = (await db.rows('timetableSlots').get(seeded.slotMaths))!;
  const year = (await db.rows('academicYears').toCollection().first())!;
  const planId = await createRecord(db, TEACHER, 'calendarPlans', {
    subjectId: slot.subjectId,
    grade: 5,
    academicYearId: year.id,
    authorId: T1,
    entries: [
      { quarter: 2, week: 10, title: 'Натурал сандар', hours: 2 },
      { quarter: 2, week: 12, title: 'Бөлшектер', hours: 1 },
    ],
  });
  const query = {
    schoolId: SCHOOL_ID,
    classSetId: CLASS_56,
    subjectId: slot.subjectId,
    grade: 5,
    academicYearId: year.id,
    staffId: T1,
    today: '2026-11-20',
  };
  return { db, slot, year, planId, query };
}

describe('what a teacher plans for', () => {
  it('the class sets and subjects of their own lessons in the current year', async () => {
    const { db, slot } = await school();
    const mine = await readTeachingChoices(db, SCHOOL_ID, T1, '2026-11-20');
    expect(mine).toEqual([expect.objectContaining({ classSetId: CLASS_56, classSetName: '5-6', grades: [5, 6], subjectId: slot.subjectId })]);
    expect((await readTeachingChoices(db, SCHOOL_ID, T2, '2026-11-20')).map((c) => c.subjectNames.kk)).toEqual(['Қазақ тілі']);
  });

  it('every pair of the school for a teacher with no lesson in the timetable yet', async () => {
    const { db } = await school();
    expect(await readTeachingChoices(db, SCHOOL_ID, 'staff-new', '2026-11-20')).toHaveLength(2);
  });
});

describe("the year's plan on the lessons", () => {
  it('shows each lesson with its planned topic, and a topic whose lessons passed untaught as behind', async () => {
    const { db, query } = await school();
    const overview = (await readLessonsOverview(db, query))!;
    const q2 = overview.lessons.filter((l) => l.lesson.quarter === 2);
    expect(q2.slice(0, 4).map((l) => [l.lesson.date, l.entries])).toEqual([
      ['2026-11-03', [0]],
      ['2026-11-10', [0]],
      ['2026-11-17', [1]],
      ['2026-11-24', []],
    ]);
    expect(overview.behind).toEqual([0, 1]);
    expect(overview.quarters[1]).toMatchObject({ plannedHours: 3, spare: 6 });
  });

  it('a held lesson or a conducted ҚМЖ counts its topic as taught', async () => {
    const { db, slot, query } = await school();
    const session = { classSetId: CLASS_56, period: 1, subjectId: slot.subjectId, teacherId: T1, mode: 'inClass' as const, slotId: slot.id };
    for (const date of ['2026-11-03', '2026-11-10'])
      await createRecord(db, TEACHER, 'lessonSessions', { ...session, date, status: 'held' }, { id: lessonSessionId(slot.id, date) });
    const planId = await startLessonPlan(db, TEACHER, {
      sessionId: lessonSessionId(slot.id, '2026-11-17'),
      classSetId: CLASS_56,
      subjectId: slot.subjectId,
      grades: [5, 6],
      authorId: T1,
      topic: 'Бөлшектер',
      objectiveCodes: ['5.1.2.1'],
      template: LessonTemplate.inRoom,
      lessonMinutes: 45,
      stageNames: NAMES,
    });
    let overview = (await readLessonsOverview(db, query))!;
    expect(overview.behind).toEqual([1]);
    expect(overview.lessons.find((l) => l.lesson.date === '2026-11-17')!.lessonPlan).toMatchObject({ id: planId, topic: 'Бөлшектер', step: 'goal' });
    await updateRecord(db, TEACHER, 'lessonPlans', planId, { step: 'conducted' });
    overview = (await readLessonsOverview(db, query))!;
    expect(overview.behind).toEqual([]);
  });

  it('without a plan the lessons are still listed, and a copy of last year’s plan becomes the year’s', async () => {
    const { db, query, planId, year } = await school();
    const other = { ...query, grade: 6 };
    expect((await readLessonsOverview(db, other))!.plans.current).toBeUndefined();
    expect((await readLessonsOverview(db, other))!.lessons.length).toBeGreaterThan(30);
    const copy = await copyCalendarPlan(db, TEACHER, planId, { subjectId: query.subjectId, grade: 6, academicYearId: year.id, authorId: T1 });
    const overview = (await readLessonsOverview(db, other))!;
    expect(overview.plans.current?.id).toBe(copy);
    expect(overview.entries.map((e) => e.title)).toEqual(['Натурал сандар', 'Бөлшектер']);
  });
});

describe('starting a lesson plan', () => {
  it('two laptops starting the plan of one lesson make one row, from the remote-lesson template', async () => {
    const { db, slot } = await school();
    const input = {
      sessionId: lessonSessionId(slot.id, '2026-11-24'),
      classSetId: CLASS_56,
      subjectId: slot.subjectId,
      grades: [5, 6],
      authorId: T1,
      topic: 'Бөлшектер',
      objectiveCodes: ['5.1.2.1', '5.1.2.2'],
      template: LessonTemplate.remote,
      lessonMinutes: 45,
      stageNames: NAMES,
    };
    const id = await startLessonPlan(db, TEACHER, input);
    expect(id).toBe(lessonPlanIdOf(input.sessionId));
    expect(await startLessonPlan(db, TEACHER, { ...input, topic: 'Басқа' })).toBe(id);
    const plan = (await db.rows('lessonPlans').get(id))!;
    expect(plan.topic).toBe('Бөлшектер');
    expect(plan.objectives).toEqual([{ code: '5.1.2.1' }, { code: '5.1.2.2' }]);
    expect(plan.stages.map((s) => [s.lead, s.minutes])).toEqual([
      ['assistant', 5],
      ['teacher', 30],
      ['assistant', 10],
    ]);
  });
});
