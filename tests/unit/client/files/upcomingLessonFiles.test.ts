/**
 * Background downloads look at the teacher's lessons of the next two school days: the files
 * their plans' stages use (each once, links left out), and keep to the school's limit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { createRecord } from '@/client/db/writeRecord';
import { pickWithin, readUpcomingLessonFiles } from '@/client/files/upcomingLessonFiles';
import { startLessonPlan } from '@/client/lessons/lessonPlanWrites';
import { LessonTemplate } from '@/domain/lessons/lessonPlanTemplate';
import { lessonSessionId } from '@/domain/timetable/lessonSessionId';
import { CLASS_56, seedAttendanceSchool, T1 } from '../attendance/attendanceSchool';
import { makeDb, SCHOOL_ID, TEACHER } from '../db/testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const file = (n: number, size: number) => ({ sha256: String(n).repeat(64).slice(0, 64), size, mime: 'application/pdf', name: `${n}.pdf` });

async function planWith(db: SandyqDb, slotId: string, subjectId: string, date: string, resourceIds: string[]) {
  const id = await startLessonPlan(db, TEACHER, {
    sessionId: lessonSessionId(slotId, date),
    classSetId: CLASS_56,
    subjectId,
    grades: [5],
    authorId: T1,
    topic: 'Бөлшектер',
    objectiveCodes: [],
    template: LessonTemplate.inRoom,
    lessonMinutes: 45,
    stageNames: { opening: 'Басы', main: 'Ортасы', consolidation: 'Соңы' },
  });
  const plan = (await db.rows('lessonPlans').get(id))!;
  await db
    .rows('lessonPlans')
    .update(id, { stages: plan.stages.map((s, i) => (i === 1 ? { ...s, resourceIds: resourceIds as typeof s.resourceIds } : s)) });
}

describe("the next lessons' files", () => {
  it("takes the files of the next two school days' lessons, once each, and leaves links and later lessons out", async () => {
    const db = makeDb();
    opened.push(db);
    const school = await seedAttendanceSchool(db, TEACHER);
    const slot = (await db.rows('timetableSlots').get(school.slotMaths))!;
    const resource = (n: number, extra: object = {}) =>
      createRecord(db, TEACHER, 'resources', {
        kind: 'pdf',
        title: `Ресурс ${n}`,
        platform: 'school',
        grades: [5],
        language: 'kk',
        topicIds: [],
        cacheable: true,
        file: file(n, 1000 * n),
        ...extra,
      });
    const [a, b, link, later] = [
      await resource(1),
      await resource(2),
      await resource(3, { file: undefined, url: 'https://bilimland.kz/x', cacheable: false }),
      await resource(4),
    ];
    // Monday 23 November: the next school days are Tuesday 24 (mathematics) and Wednesday 25.
    await planWith(db, slot.id, slot.subjectId, '2026-11-24', [a, b, link, a]);
    await planWith(db, slot.id, slot.subjectId, '2026-12-01', [later]);
    const upcoming = await readUpcomingLessonFiles(db, SCHOOL_ID, T1, '2026-11-23');
    expect(upcoming.files.map((f) => f.name)).toEqual(['1.pdf', '2.pdf']);
    expect(upcoming.limitBytes).toBe(100_000_000);
    // From Monday 30 November, the lesson of 1 December is the next one.
    expect((await readUpcomingLessonFiles(db, SCHOOL_ID, T1, '2026-11-30')).files.map((f) => f.name)).toEqual(['4.pdf']);
  });

  it('keeps within the limit, skipping what is kept and what does not fit', () => {
    const files = [file(1, 60), file(2, 50), file(3, 30), file(4, 10)];
    expect(pickWithin(files, () => false, 100).map((f) => f.name)).toEqual(['1.pdf', '3.pdf', '4.pdf']);
    expect(pickWithin(files, (sha) => sha === file(1, 0).sha256, 100).map((f) => f.name)).toEqual(['2.pdf', '3.pdf', '4.pdf']);
    expect(pickWithin(files, () => false, 0)).toEqual([]);
  });
});
