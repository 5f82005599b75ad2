/**
 * A Digital teacher group's lesson given one of the teacher's lesson plans: the lesson
 * session carries the plan (the field the journal and the Lessons screen read), the group's
 * page lists the teacher's plans of the group's subject only, and shows the linked plan's
 * topic and its resources; a plan of another subject or another group's lesson is refused
 * and nothing is stored. And the group's tasks: an assessment given with the Assessments
 * screen's command to exactly the group's pupils, listed on the group's page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { liveRows } from '@/client/db/queries/liveRows';
import type { NewRecord } from '@/client/db/recordRow';
import { assessmentCommands } from '@/client/assessments/assessmentCommands';
import { createRecord } from '@/client/db/writeRecord';
import { digitalTeacherCommands as dt } from '@/client/digitalTeacher/digitalTeacherCommands';
import { readGroupAssignments } from '@/client/digitalTeacher/groupAssignments';
import { readGroupLessonPlans } from '@/client/digitalTeacher/groupLessonPlans';
import { ProgrammeRefusal } from '@/client/digitalTeacher/programmeRefusal';
import { valid } from '../../domain/entities/fixtures';
import { makeDb, SCHOOL_ID, TEACHER } from '../db/testDb';
import { ASSISTANT_ID, CLASS_911, GRADE_9, SUBJECTS, TEACHER_ID, TODAY, seedProgrammeSchool } from './programmeSchool';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

async function groupWithLesson() {
  const db = makeDb();
  opened.push(db);
  await seedProgrammeSchool(db);
  for (const id of GRADE_9)
    await dt.recordProgrammeEntry(db, TEACHER, id, {
      lowIncome: true,
      applicationOn: '2026-09-15',
      subjectIds: [SUBJECTS.physics, SUBJECTS.algebra],
    });
  const groupId = await dt.saveGroup(db, TEACHER, {
    name: 'Физика 9',
    grade: 9,
    subjectId: SUBJECTS.physics,
    pupilIds: GRADE_9.slice(0, 3),
    teacherId: TEACHER_ID,
    assistantId: ASSISTANT_ID,
  });
  const sessionId = await dt.recordGroupLesson(db, TEACHER, groupId, { date: TODAY, period: 8 }, [{ pupilId: 'aru', status: 'present' }]);
  return { db, groupId, sessionId };
}

async function resource(db: SandyqDb, title: string) {
  return createRecord(db, TEACHER, 'resources', { ...valid('resources'), title } as NewRecord<'resources'>);
}

async function plan(db: SandyqDb, topic: string, more: Partial<NewRecord<'lessonPlans'>> = {}) {
  return createRecord(
    db,
    TEACHER,
    'lessonPlans',
    valid('lessonPlans', { topic, subjectId: SUBJECTS.physics, authorId: TEACHER_ID, ...more }) as NewRecord<'lessonPlans'>,
  );
}

async function refusalOf(promise: Promise<unknown>): Promise<ProgrammeRefusal> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ProgrammeRefusal)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('a group lesson’s plan', () => {
  it('links the teacher’s plan to the lesson and shows its topic and its resources, each once', async () => {
    const { db, groupId, sessionId } = await groupWithLesson();
    const video = await resource(db, 'Ньютон заңдары: бейне');
    const sheet = await resource(db, 'Жұмыс парағы');
    const planId = await plan(db, 'Ньютонның екінші заңы', {
      stages: [
        { name: 'Ұйымдастыру', minutes: 5, resourceIds: [video] },
        { name: 'Жаңа тақырып', minutes: 30, resourceIds: [video, sheet] },
      ],
    });
    await plan(db, 'Үйкеліс күші');
    await plan(db, 'Сызықтық теңдеулер', { subjectId: SUBJECTS.algebra });
    await plan(db, 'Басқа мұғалімнің жоспары', { authorId: ASSISTANT_ID });

    const before = await readGroupLessonPlans(db, groupId);
    expect(before.choices.map((c) => c.topic)).toEqual(['Ньютонның екінші заңы', 'Үйкеліс күші']);
    expect(before.linked.size).toBe(0);

    await dt.planGroupLesson(db, TEACHER, groupId, sessionId, planId);
    expect((await liveRows(db, 'lessonSessions').get(sessionId))?.lessonPlanId).toBe(planId);
    expect((await readGroupLessonPlans(db, groupId)).linked.get(sessionId)).toEqual({
      id: planId,
      topic: 'Ньютонның екінші заңы',
      resourceTitles: ['Ньютон заңдары: бейне', 'Жұмыс парағы'],
    });
  });

  it('refuses another subject’s plan and a lesson not of the group, storing nothing', async () => {
    const { db, groupId, sessionId } = await groupWithLesson();
    const algebra = await plan(db, 'Сызықтық теңдеулер', { subjectId: SUBJECTS.algebra });
    const physics = await plan(db, 'Үйкеліс күші');
    const wrongPlan = await refusalOf(dt.planGroupLesson(db, TEACHER, groupId, sessionId, algebra));
    expect(wrongPlan.reasons.map((r) => r.code)).toEqual(['planNotForGroup']);
    const wrongLesson = await refusalOf(dt.planGroupLesson(db, TEACHER, groupId, 'another-lesson', physics));
    expect(wrongLesson.reasons.map((r) => r.code)).toEqual(['groupNotFound']);
    expect((await liveRows(db, 'lessonSessions').get(sessionId))?.lessonPlanId).toBeUndefined();
  });
});

describe('the group’s tasks', () => {
  const assessment = (db: SandyqDb, title: string, more: Partial<NewRecord<'assessments'>> = {}) =>
    createRecord(
      db,
      TEACHER,
      'assessments',
      valid('assessments', { title, subjectId: SUBJECTS.physics, grades: [9], ...more }) as NewRecord<'assessments'>,
    );

  it('offers the subject’s and grade’s assessments, gives one to exactly the group’s pupils and lists it', async () => {
    const { db, groupId } = await groupWithLesson();
    const forces = await assessment(db, 'БЖБ: Күштер');
    await assessment(db, 'БЖБ: Теңдеулер', { subjectId: SUBJECTS.algebra });
    await assessment(db, 'БЖБ: 7-сынып', { grades: [7] });
    const other = await assessment(db, 'БЖБ: Қозғалыс');
    // Not the group's: the whole class set's task, and one narrowed to a pupil outside the group.
    await assessmentCommands.assign(db, TEACHER, { assessmentId: other, assignedById: TEACHER_ID, opensAt: 1, classSetId: CLASS_911 });
    await assessmentCommands.assign(db, TEACHER, {
      assessmentId: other,
      assignedById: TEACHER_ID,
      opensAt: 2,
      classSetId: CLASS_911,
      pupilIds: ['aru', 'zhan'],
    });

    const before = await readGroupAssignments(db, SCHOOL_ID, groupId);
    // 'fo-phys' is the seeded school's physics formative work of grade 9.
    expect(before.choices.map((c) => c.title)).toEqual(['БЖБ: Күштер', 'БЖБ: Қозғалыс', 'fo-phys']);
    expect(before.tasks).toEqual([]);

    await assessmentCommands.assignToGroup(db, TEACHER, { assessmentId: forces, assignedById: TEACHER_ID, opensAt: 1_000, dueAt: 2_000 }, groupId);
    const given = await liveRows(db, 'assignments').where('assessmentId', forces);
    expect(given.map((a) => [...(a.pupilIds ?? [])].sort())).toEqual([[...GRADE_9.slice(0, 3)].sort()]);
    expect((await readGroupAssignments(db, SCHOOL_ID, groupId)).tasks).toEqual([
      { assessmentId: forces, title: 'БЖБ: Күштер', opensAt: 1_000, dueAt: 2_000, pupilCount: 3 },
    ]);
  });
});
