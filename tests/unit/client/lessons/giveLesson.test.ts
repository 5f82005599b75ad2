/**
 * A lesson given to pupils: the pupil-facing part of the plan (topic, what pupils do at each
 * stage, the stages' resources) lands in an assignment for the plan's class set, which the
 * pupil's task list shows with its resources to keep offline; giving it again updates it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { createRecord, updateRecord } from '@/client/db/writeRecord';
import { giveLesson, lessonAssignmentIdOf } from '@/client/lessons/giveLesson';
import { readMyWork } from '@/client/selfStudy/readMyWork';
import type { NewRecord } from '@/client/db/recordRow';
import { valid } from '../../domain/entities/fixtures';
import { makeDb, pupilData, TEACHER } from '../db/testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

describe('giving a lesson to pupils', () => {
  it('copies the pupil-facing part into an assignment of the class set, shown in the pupil’s tasks with its resources', async () => {
    const db = makeDb();
    opened.push(db);
    const file = { sha256: 'a'.repeat(64), size: 1_000, mime: 'application/pdf', name: 'bolshek.pdf' };
    const resourceId = await createRecord(db, TEACHER, 'resources', {
      ...valid('resources'),
      title: 'Жұмыс парағы',
      url: undefined,
      platform: 'school',
      kind: 'pdf',
      cacheable: true,
      file,
    } as NewRecord<'resources'>);
    const plan = valid('lessonPlans', {
      classSetId: 'class-5',
      stages: [
        { name: 'Ұйымдастыру', minutes: 5, resourceIds: [] },
        { name: 'Жаңа тақырып', minutes: 30, pupilActivity: 'Бейнені қарап, мысалдарды шығар.', resourceIds: [resourceId] },
      ],
    });
    const planId = await createRecord(db, TEACHER, 'lessonPlans', plan as NewRecord<'lessonPlans'>);
    const pupilId = await createRecord(db, TEACHER, 'pupils', pupilData({ classSetId: 'class-5' }));

    const id = await giveLesson(db, TEACHER, planId, 'staff-1');
    expect(id).toBe(lessonAssignmentIdOf(planId));
    const [work] = await readMyWork(db, pupilId, db.env.now());
    expect(work).toMatchObject({
      status: 'todo',
      assignment: { title: 'Жай бөлшектер', instructions: 'Жаңа тақырып: Бейнені қарап, мысалдарды шығар.' },
    });
    expect(work!.lessonResources.map((r) => r.title)).toEqual(['Жұмыс парағы']);
    expect(work!.files.map((f) => f.sha256)).toEqual([file.sha256]);

    await updateRecord(db, TEACHER, 'lessonPlans', planId, { topic: 'Жай бөлшектерді салыстыру' });
    await giveLesson(db, TEACHER, planId, 'staff-1');
    expect((await readMyWork(db, pupilId, db.env.now())).map((w) => w.assignment.title)).toEqual(['Жай бөлшектерді салыстыру']);
  });
});
