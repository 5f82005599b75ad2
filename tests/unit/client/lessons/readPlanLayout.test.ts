/**
 * A calendar-thematic plan laid on the device's real lessons: the class set's Tuesday
 * mathematics lessons of the second quarter, then one of them cancelled and an extra one
 * added, as the head's one-off changes would store them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { createRecord, deleteRecord } from '@/client/db/writeRecord';
import { readPlanLayout } from '@/client/lessons/readPlanLayout';
import { lessonSessionId } from '@/domain/timetable/lessonSessionId';
import { CLASS_56, seedAttendanceSchool, T1 } from '../attendance/attendanceSchool';
import { makeDb, TEACHER } from '../db/testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

async function schoolWithPlan() {
  const db = makeDb();
  opened.push(db);
  const school = await seedAttendanceSchool(db, TEACHER);
  const slot = (await db.rows('timetableSlots').get(school.slotMaths))!;
  const year = (await db.rows('academicYears').toCollection().first())!;
  const planId = await createRecord(db, TEACHER, 'calendarPlans', {
    subjectId: slot.subjectId,
    grade: 5,
    academicYearId: year.id,
    authorId: T1,
    entries: [
      { quarter: 2, week: 10, title: 'Натурал сандар', hours: 3 },
      { quarter: 2, week: 13, title: 'Бөлшектер', hours: 2 },
    ],
  });
  return { db, school, slot, planId };
}

const datesOf = (layout: Awaited<ReturnType<typeof readPlanLayout>>, entry: number) =>
  layout!.layout.lessons.filter((l) => l.entries.includes(entry)).map((l) => l.lesson.date);

describe("a plan laid on the device's lessons", () => {
  it('puts each topic on as many of the class set’s Tuesday lessons as its hours, from the quarter’s first', async () => {
    const { db, planId } = await schoolWithPlan();
    const laid = await readPlanLayout(db, planId, CLASS_56);
    expect(datesOf(laid, 0)).toEqual(['2026-11-03', '2026-11-10', '2026-11-17']);
    expect(datesOf(laid, 1)).toEqual(['2026-11-24', '2026-12-01']);
    // Nine Tuesdays in the quarter; the Independence Day holiday is a Wednesday.
    expect(laid!.layout.quarters[1]).toMatchObject({ plannedHours: 5, lessons: 9, spare: 4, shortBy: 0 });
  });

  it('a cancelled lesson moves the topics on; an extra lesson takes its place in order', async () => {
    const { db, slot, planId } = await schoolWithPlan();
    const session = { classSetId: CLASS_56, period: 1, subjectId: slot.subjectId, teacherId: T1, mode: 'inClass' as const };
    await createRecord(
      db,
      TEACHER,
      'lessonSessions',
      { ...session, date: '2026-11-10', slotId: slot.id, status: 'cancelled' },
      { id: lessonSessionId(slot.id, '2026-11-10') },
    );
    expect(datesOf(await readPlanLayout(db, planId, CLASS_56), 0)).toEqual(['2026-11-03', '2026-11-17', '2026-11-24']);
    await createRecord(db, TEACHER, 'lessonSessions', { ...session, date: '2026-11-12', period: 6, status: 'planned' });
    expect(datesOf(await readPlanLayout(db, planId, CLASS_56), 0)).toEqual(['2026-11-03', '2026-11-12', '2026-11-17']);
  });

  it('nothing for a plan this device does not hold, or one deleted', async () => {
    const { db, planId } = await schoolWithPlan();
    expect(await readPlanLayout(db, 'no-such-plan', CLASS_56)).toBeUndefined();
    await deleteRecord(db, TEACHER, 'calendarPlans', planId);
    expect(await readPlanLayout(db, planId, CLASS_56)).toBeUndefined();
  });
});
