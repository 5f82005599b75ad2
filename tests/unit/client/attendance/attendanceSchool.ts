/**
 * A small school on a fresh device database for the attendance data tests: the 2026-2027
 * year, a combined class 5-6 taught in Kazakh, two subjects, two lessons on Tuesdays
 * (period 1 by teacher T1; period 2 by T2 with assistant A1), and pupils whose enrolments
 * exercise the roll rules:
 *
 * - Ахметов Ерлан, Бекова Дана (grade 5) and Жұмабаев Нұр (grade 6): current;
 * - Сейітова Аружан (grade 5): withdrawn on 2026-11-20, before the register's date;
 * - Омаров Тимур (grade 6): moved to 7-8 on 2026-11-16;
 * - Қасымова Әйгерім (grade 6): joins on 2026-12-01, after the date;
 * - a deleted pupil.
 */
import type { Author } from '@/client/db/author';
import type { SandyqDb } from '@/client/db/db';
import { createRecord, deleteRecord } from '@/client/db/writeRecord';
import type { Pupil } from '@/domain/entities/pupil';

export const DATE = '2026-11-24'; // a Tuesday in the second quarter
export const SATURDAY = '2026-11-28';
export const HOLIDAY = '2026-12-16';
export const T1 = 'staff-teacher-1';
export const T2 = 'staff-teacher-2';
export const A1 = 'staff-assistant-1';
export const CLASS_56 = 'class-5-6';
export const CLASS_78 = 'class-7-8';

export interface AttendanceSchool {
  readonly slotMaths: string;
  readonly slotKazakh: string;
  readonly pupils: Readonly<Record<'ahmetov' | 'bekova' | 'zhumabaev' | 'seitova' | 'omarov' | 'kasymova' | 'deleted', string>>;
}

export async function seedAttendanceSchool(db: SandyqDb, author: Author): Promise<AttendanceSchool> {
  const yearId = await createRecord(db, author, 'academicYears', {
    name: '2026-2027',
    startsOn: '2026-09-01',
    endsOn: '2027-05-25',
    quarters: [
      { startsOn: '2026-09-01', endsOn: '2026-10-26' },
      { startsOn: '2026-11-03', endsOn: '2026-12-29' },
      { startsOn: '2027-01-08', endsOn: '2027-03-17' },
      { startsOn: '2027-03-30', endsOn: '2027-05-25' },
    ],
    holidays: [{ name: 'Тәуелсіздік күні', from: HOLIDAY, to: HOLIDAY }],
    schoolWeek: [1, 2, 3, 4, 5],
  });
  await createRecord(
    db,
    author,
    'classSets',
    { name: '5-6', grades: [5, 6], language: 'kk', academicYearId: yearId, status: 'active' },
    { id: CLASS_56 },
  );
  await createRecord(
    db,
    author,
    'classSets',
    { name: '7-8', grades: [7, 8], language: 'ru', academicYearId: yearId, status: 'active' },
    { id: CLASS_78 },
  );
  const maths = await createRecord(db, author, 'subjects', { code: 'mathematics', names: { kk: 'Математика', ru: 'Математика', en: 'Mathematics' } });
  const kazakh = await createRecord(db, author, 'subjects', {
    code: 'kazakhLanguage',
    names: { kk: 'Қазақ тілі', ru: 'Казахский язык', en: 'Kazakh language' },
  });
  const slot = { classSetId: CLASS_56, weekday: 2, mode: 'inClass' as const, validFrom: '2026-09-01' };
  const slotMaths = await createRecord(db, author, 'timetableSlots', { ...slot, period: 1, subjectId: maths, teacherId: T1 });
  const slotKazakh = await createRecord(db, author, 'timetableSlots', { ...slot, period: 2, subjectId: kazakh, teacherId: T2, assistantId: A1 });

  const pupil = async (
    surname: string,
    name: string,
    grade: number,
    enrolments: Array<{ classSetId: string; from: string; to?: string }>,
    more: Partial<Pupil> = {},
  ) => {
    const id = await createRecord(db, author, 'pupils', {
      surname,
      name,
      grade,
      classSetId: enrolments.at(-1)!.classSetId,
      status: 'active',
      ...more,
    });
    for (const e of enrolments) await createRecord(db, author, 'enrolments', { pupilId: id, grade, ...e });
    return id;
  };
  const pupils = {
    zhumabaev: await pupil('Жұмабаев', 'Нұр', 6, [{ classSetId: CLASS_56, from: '2026-09-01' }]),
    bekova: await pupil('Бекова', 'Дана', 5, [{ classSetId: CLASS_56, from: '2026-09-01' }]),
    ahmetov: await pupil('Ахметов', 'Ерлан', 5, [{ classSetId: CLASS_56, from: '2026-09-01' }]),
    seitova: await pupil('Сейітова', 'Аружан', 5, [{ classSetId: CLASS_56, from: '2026-09-01' }], { status: 'withdrawn', withdrawnOn: '2026-11-20' }),
    omarov: await pupil('Омаров', 'Тимур', 6, [
      { classSetId: CLASS_56, from: '2026-09-01', to: '2026-11-15' },
      { classSetId: CLASS_78, from: '2026-11-16' },
    ]),
    kasymova: await pupil('Қасымова', 'Әйгерім', 6, [{ classSetId: CLASS_56, from: '2026-12-01' }]),
    deleted: await pupil('Жойылған', 'Оқушы', 5, [{ classSetId: CLASS_56, from: '2026-09-01' }]),
  };
  await deleteRecord(db, author, 'pupils', pupils.deleted);
  return { slotMaths, slotKazakh, pupils };
}
