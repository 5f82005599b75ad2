/**
 * Finding a resource as teachers type: Kazakh and Russian letters in any case, words in any
 * order, filters by subject, grade, language and kind; and each resource with the plans
 * that use it, a removed resource gone from the list.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandyqDb } from '@/client/db/db';
import { createRecord } from '@/client/db/writeRecord';
import { libraryCommands } from '@/client/library/libraryCommands';
import { readLibrary } from '@/client/library/readLibrary';
import { RecordWriteError } from '@/client/db/recordWriteError';
import { makeDb, SCHOOL_ID, TEACHER } from '../db/testDb';

const opened: SandyqDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

type NewResource = Parameters<typeof libraryCommands.addResource>[2];
const link: Omit<NewResource, 'title'> = { kind: 'video', platform: 'bilimland', grades: [5], language: 'kk', topicIds: [], cacheable: false };

async function library() {
  const db = makeDb();
  opened.push(db);
  const maths = await createRecord(db, TEACHER, 'subjects', { code: 'mathematics', names: { kk: 'Математика' } });
  const add = (fields: Partial<Parameters<typeof libraryCommands.addResource>[2]>) =>
    libraryCommands.addResource(db, TEACHER, { ...link, title: 'x', url: 'https://bilimland.kz/x', ...fields } as Parameters<
      typeof libraryCommands.addResource
    >[2]);
  const fractions = await add({ title: 'Жай бөлшектерді қосу', subjectId: maths, topicTitle: 'Бөлшектер' });
  const russian = await add({ title: 'Сложение ДРОБЕЙ', language: 'ru', grades: [5, 6], subjectId: maths, kind: 'presentation' });
  const history = await add({ title: 'Қазақ хандығы', grades: [7], url: 'https://daryn.online/h', platform: 'daryn' });
  return { db, maths, fractions, russian, history };
}

const titles = async (db: SandyqDb, filter: Parameters<typeof readLibrary>[2]) =>
  (await readLibrary(db, SCHOOL_ID, filter)).map((i) => i.resource.title);

describe('finding a resource', () => {
  it('matches Kazakh and Russian words whatever their case, in the title or the topic', async () => {
    const { db } = await library();
    expect(await titles(db, { text: 'БӨЛШЕК' })).toEqual(['Жай бөлшектерді қосу']);
    expect(await titles(db, { text: 'қосу жай' })).toEqual(['Жай бөлшектерді қосу']);
    expect(await titles(db, { text: 'дробей' })).toEqual(['Сложение ДРОБЕЙ']);
    expect(await titles(db, { text: 'бөлшектер' })).toEqual(['Жай бөлшектерді қосу']);
    expect(await titles(db, { text: 'хандығы' })).toEqual(['Қазақ хандығы']);
  });

  it('filters by subject, grade, language and kind together', async () => {
    const { db, maths } = await library();
    expect(await titles(db, { subjectId: maths, grade: 6 })).toEqual(['Сложение ДРОБЕЙ']);
    expect(await titles(db, { language: 'kk', grade: 5 })).toEqual(['Жай бөлшектерді қосу']);
    expect(await titles(db, { kind: 'presentation' })).toEqual(['Сложение ДРОБЕЙ']);
    expect(await titles(db, {})).toHaveLength(3);
  });

  it('shows the plans a resource is used in, and leaves out a removed one', async () => {
    const { db, maths, fractions, history } = await library();
    const planId = await createRecord(db, TEACHER, 'lessonPlans', {
      subjectId: maths,
      grades: [5],
      authorId: 'staff-1',
      topic: 'Бөлшектерді қосу',
      objectives: [],
      expectedResults: [],
      successCriteria: [],
      stages: [{ name: 'Негізгі', minutes: 30, resourceIds: [fractions] }],
      formativeTasks: [],
      step: 'goal',
    });
    const items = await readLibrary(db, SCHOOL_ID, {});
    expect(items.find((i) => i.resource.id === fractions)!.usedIn).toEqual([{ planId, topic: 'Бөлшектерді қосу' }]);
    await libraryCommands.removeResource(db, TEACHER, history);
    expect(await titles(db, {})).not.toContain('Қазақ хандығы');
  });

  it('refuses a link with no address, storing nothing', async () => {
    const { db } = await library();
    await expect(libraryCommands.addResource(db, TEACHER, { ...link, kind: 'link', title: 'Сілтемесіз' })).rejects.toBeInstanceOf(RecordWriteError);
    expect(await titles(db, {})).toHaveLength(3);
  });
});
