import { afterEach, describe, expect, it } from 'vitest';
import { readClassSet, readSlotsOfClassSet } from '@/client/db/queries/setupQueries';
import { archiveClassSet, createClassSet, restoreClassSet, updateClassSet } from '@/client/setup/classSetWrites';
import { addPupil, withdrawPupil } from '@/client/setup/pupilWrites';
import { SetupError, SetupErrorReason } from '@/client/setup/setupError';
import { addSlot } from '@/client/setup/timetableWrites';
import { makeDb } from '../db/testDb';
import { HEAD, setupSchool, type SetupFixture } from './setupFixture';

let school: SetupFixture | undefined;
afterEach(() => school?.db.close());

async function reason(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SetupError);
  return (error as SetupError).reason;
}

describe('class sets', () => {
  it('creates a combined class set in the current academic year, grades in order', async () => {
    school = await setupSchool();
    const id = await createClassSet(school.db, HEAD, { name: ' 2-3 ', grades: [3, 2], language: 'ru' }, '2026-11-23');
    expect(await readClassSet(school.db, id)).toMatchObject({
      name: '2-3',
      grades: [2, 3],
      language: 'ru',
      academicYearId: school.yearId,
      status: 'active',
    });
  });

  it('refuses a name another current class set has, and a school without an academic year', async () => {
    school = await setupSchool();
    expect(await reason(createClassSet(school.db, HEAD, { name: '5 – 6', grades: [5, 6], language: 'kk' }, '2026-11-23'))).toBe(
      SetupErrorReason.classSetNameTaken,
    );
    const empty = makeDb();
    expect(await reason(createClassSet(empty, HEAD, { name: '1', grades: [1], language: 'kk' }, '2026-11-23'))).toBe(SetupErrorReason.noAcademicYear);
    empty.close();
  });

  it('keeps the grades its current pupils are in', async () => {
    school = await setupSchool();
    await addPupil(school.db, HEAD, { surname: 'Омаров', name: 'Тимур', grade: 6, classSetId: school.set56 }, '2026-09-01');
    expect(await reason(updateClassSet(school.db, HEAD, school.set56, { grades: [5], language: 'kk' }))).toBe(SetupErrorReason.gradeStillTaught);
    await updateClassSet(school.db, HEAD, school.set56, { grades: [5, 6, 7], language: 'ru' });
    expect(await readClassSet(school.db, school.set56)).toMatchObject({ grades: [5, 6, 7], language: 'ru' });
  });

  it('archives only an empty class set, ending its weekly lessons; restores it', async () => {
    school = await setupSchool();
    const pupilId = await addPupil(school.db, HEAD, { surname: 'Омаров', name: 'Тимур', grade: 6, classSetId: school.set56 }, '2026-09-01');
    await addSlot(
      school.db,
      HEAD,
      { classSetId: school.set56, weekday: 1, period: 1, subjectId: school.subjectId, teacherId: school.teacherId, mode: 'inClass' },
      '2026-09-01',
    );
    expect(await reason(archiveClassSet(school.db, HEAD, school.set56, '2026-11-23'))).toBe(SetupErrorReason.classSetHasPupils);

    await withdrawPupil(school.db, HEAD, pupilId, '2026-11-20');
    await archiveClassSet(school.db, HEAD, school.set56, '2026-11-23');
    expect(await readClassSet(school.db, school.set56)).toMatchObject({ status: 'archived' });
    expect(await readSlotsOfClassSet(school.db, school.set56)).toMatchObject([{ validTo: '2026-11-22' }]);

    await restoreClassSet(school.db, HEAD, school.set56);
    expect(await readClassSet(school.db, school.set56)).toMatchObject({ status: 'active' });
  });
});
