// A small school in a fresh fake-indexeddb database for the setup data-layer tests: one
// academic year, class sets 5-6 (kk) and 7-8 (ru), two teachers and an assistant, a
// subject, and the head as author.
import type { SandyqDb } from '@/client/db/db';
import type { Author } from '@/client/db/author';
import { createRecord } from '@/client/db/writeRecord';
import { makeDb, SCHOOL_ID } from '../db/testDb';

export const HEAD: Author = { userId: 'user-head', schoolId: SCHOOL_ID };

export interface SetupFixture {
  db: SandyqDb;
  yearId: string;
  set56: string;
  set78: string;
  teacherId: string;
  otherTeacherId: string;
  assistantId: string;
  subjectId: string;
}

export const YEAR = {
  name: '2026-2027',
  startsOn: '2026-09-01',
  endsOn: '2027-05-25',
  quarters: [
    { startsOn: '2026-09-01', endsOn: '2026-10-26' },
    { startsOn: '2026-11-03', endsOn: '2026-12-29' },
    { startsOn: '2027-01-08', endsOn: '2027-03-17' },
    { startsOn: '2027-03-30', endsOn: '2027-05-25' },
  ] as [
    { startsOn: string; endsOn: string },
    { startsOn: string; endsOn: string },
    { startsOn: string; endsOn: string },
    { startsOn: string; endsOn: string },
  ],
  holidays: [{ name: 'Тәуелсіздік күні', from: '2026-12-16', to: '2026-12-16' }],
  schoolWeek: [1, 2, 3, 4, 5],
};

export async function setupSchool(): Promise<SetupFixture> {
  const db = makeDb();
  const yearId = await createRecord(db, HEAD, 'academicYears', YEAR);
  const classSet = (name: string, grades: number[], language: 'kk' | 'ru') =>
    createRecord(db, HEAD, 'classSets', { name, grades, language, academicYearId: yearId, status: 'active' });
  const staff = (surname: string, role: 'teacher' | 'assistant') =>
    createRecord(db, HEAD, 'staff', { surname, name: 'Әлия', roles: [role], status: 'active' });
  return {
    db,
    yearId,
    set56: await classSet('5-6', [5, 6], 'kk'),
    set78: await classSet('7-8', [7, 8], 'ru'),
    teacherId: await staff('Омарова', 'teacher'),
    otherTeacherId: await staff('Бекова', 'teacher'),
    assistantId: await staff('Сейітова', 'assistant'),
    subjectId: await createRecord(db, HEAD, 'subjects', { code: 'mathematics', names: { kk: 'Математика' } }),
  };
}
