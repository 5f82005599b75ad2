import { afterEach, describe, expect, it } from 'vitest';
import { RecordWriteError } from '@/client/db/recordWriteError';
import { readEnrolmentsOfPupil, readPupil } from '@/client/db/queries/setupQueries';
import { addPupil, movePupil, readmitPupil, withdrawPupil } from '@/client/setup/pupilWrites';
import { SetupError, SetupErrorReason } from '@/client/setup/setupError';
import { isDateWithin } from '@/domain/dates';
import { indexAttendance } from '@/domain/reports/attendanceIndex';
import type { SandyqDb } from '@/client/db/db';
import { HEAD, setupSchool, type SetupFixture } from './setupFixture';

let school: SetupFixture | undefined;
afterEach(() => school?.db.close());

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
}

const AIDANA = { surname: 'Сейітова', name: 'Айдана', grade: 6, birthDate: '2014-03-12' };

describe('pupils by hand, moves and withdrawals', () => {
  it('adds a pupil with a first enrolment from the given day', async () => {
    school = await setupSchool();
    const { db, set56 } = school;
    const id = await addPupil(db, HEAD, { ...AIDANA, classSetId: set56 }, '2026-09-01');
    expect(await readPupil(db, id)).toMatchObject({ ...AIDANA, classSetId: set56, status: 'active' });
    expect(await readEnrolmentsOfPupil(db, id)).toMatchObject([{ pupilId: id, classSetId: set56, grade: 6, from: '2026-09-01' }]);
  });

  it('refuses a pupil without a name, with a grade the class set does not teach, or twice; stores nothing', async () => {
    school = await setupSchool();
    const { db, set56 } = school;
    const noName = await refusal(addPupil(db, HEAD, { ...AIDANA, name: ' ', classSetId: set56 }, '2026-09-01'));
    expect(noName).toBeInstanceOf(RecordWriteError);
    expect((noName as RecordWriteError).issues).toEqual([{ path: 'name', code: 'validation.requiredMessage' }]);
    const wrongGrade = await refusal(addPupil(db, HEAD, { ...AIDANA, grade: 7, classSetId: set56 }, '2026-09-01'));
    expect((wrongGrade as SetupError).reason).toBe(SetupErrorReason.gradeNotInClassSet);
    expect(await db.rows('pupils').count()).toBe(0);
    expect(await db.rows('enrolments').count()).toBe(0);

    await addPupil(db, HEAD, { ...AIDANA, classSetId: set56 }, '2026-09-01');
    const again = await refusal(addPupil(db, HEAD, { ...AIDANA, surname: 'СЕЙІТОВА', classSetId: set56 }, '2026-09-01'));
    expect((again as SetupError).reason).toBe(SetupErrorReason.duplicatePupil);
    expect(await db.rows('pupils').count()).toBe(1);
  });

  it('moves a pupil mid-year: the old enrolment ends the day before, a new one starts, the pupil follows', async () => {
    school = await setupSchool();
    const { db, set56 } = school;
    const set5 = await createFiveOnly(school);
    const id = await addPupil(db, HEAD, { ...AIDANA, grade: 5, classSetId: set56 }, '2026-09-01');
    const outboxBefore = await db.$outbox.count();

    await movePupil(db, HEAD, id, { toClassSetId: set5, from: '2026-11-23' });

    expect(await readEnrolmentsOfPupil(db, id)).toMatchObject([
      { classSetId: set56, grade: 5, from: '2026-09-01', to: '2026-11-22' },
      { classSetId: set5, grade: 5, from: '2026-11-23' },
    ]);
    expect((await readEnrolmentsOfPupil(db, id))[1]!.to).toBeUndefined();
    expect(await readPupil(db, id)).toMatchObject({ classSetId: set5, grade: 5, status: 'active' });
    // Three changes to sync: the old enrolment closed, the new one, the pupil.
    expect((await db.$outbox.count()) - outboxBefore).toBe(3);

    // Reports count the pupil in the old class set up to the move and in the new one after.
    expect(await membersOn(db, set56, '2026-11-20')).toEqual([id]);
    expect(await membersOn(db, set56, '2026-11-23')).toEqual([]);
    expect(await membersOn(db, set5, '2026-11-23')).toEqual([id]);
  });

  it('a move on the first day of an enrolment replaces it; a move before it is refused', async () => {
    school = await setupSchool();
    const { db, set56 } = school;
    const set5 = await createFiveOnly(school);
    const id = await addPupil(db, HEAD, { ...AIDANA, grade: 5, classSetId: set56 }, '2026-11-23');
    const early = await refusal(movePupil(db, HEAD, id, { toClassSetId: set5, from: '2026-11-20' }));
    expect((early as SetupError).reason).toBe(SetupErrorReason.dateBeforeEnrolment);

    await movePupil(db, HEAD, id, { toClassSetId: set5, from: '2026-11-23' });
    expect(await readEnrolmentsOfPupil(db, id)).toMatchObject([{ classSetId: set5, from: '2026-11-23' }]);
  });

  it('refuses a move to the same class set, or to one that does not teach the grade', async () => {
    school = await setupSchool();
    const { db, set56, set78 } = school;
    const id = await addPupil(db, HEAD, { ...AIDANA, classSetId: set56 }, '2026-09-01');
    expect(((await refusal(movePupil(db, HEAD, id, { toClassSetId: set56, from: '2026-11-23' }))) as SetupError).reason).toBe(
      SetupErrorReason.sameClassSet,
    );
    expect(((await refusal(movePupil(db, HEAD, id, { toClassSetId: set78, from: '2026-11-23' }))) as SetupError).reason).toBe(
      SetupErrorReason.gradeNotInClassSet,
    );
    // With a grade the set teaches (a pupil put up a grade), the move goes through.
    await movePupil(db, HEAD, id, { toClassSetId: set78, from: '2026-11-23', grade: 7 });
    expect(await readPupil(db, id)).toMatchObject({ classSetId: set78, grade: 7 });
  });

  it('withdraws a pupil: status, last day, enrolment ended that day; past membership kept, gone after', async () => {
    school = await setupSchool();
    const { db, set56 } = school;
    const id = await addPupil(db, HEAD, { ...AIDANA, classSetId: set56 }, '2026-09-01');
    await withdrawPupil(db, HEAD, id, '2026-11-20');

    expect(await readPupil(db, id)).toMatchObject({ status: 'withdrawn', withdrawnOn: '2026-11-20', classSetId: set56 });
    expect(await readEnrolmentsOfPupil(db, id)).toMatchObject([{ from: '2026-09-01', to: '2026-11-20' }]);
    expect(await membersOn(db, set56, '2026-11-20')).toEqual([id]);
    expect(await membersOn(db, set56, '2026-11-23')).toEqual([]);

    const twice = await refusal(withdrawPupil(db, HEAD, id, '2026-11-21'));
    expect((twice as SetupError).reason).toBe(SetupErrorReason.pupilWithdrawn);
  });

  it('readmits a withdrawn pupil from a later day: at school again, a new enrolment, the time away a gap', async () => {
    school = await setupSchool();
    const { db, set56 } = school;
    const id = await addPupil(db, HEAD, { ...AIDANA, classSetId: set56 }, '2026-09-01');
    await withdrawPupil(db, HEAD, id, '2026-11-20');

    const tooEarly = await refusal(readmitPupil(db, HEAD, id, { classSetId: set56, grade: 6, from: '2026-11-20' }));
    expect(tooEarly).toMatchObject({ reason: SetupErrorReason.readmitBeforeLeaving, values: { date: '2026-11-21' } });
    const wrongGrade = await refusal(readmitPupil(db, HEAD, id, { classSetId: set56, grade: 9, from: '2026-12-01' }));
    expect((wrongGrade as SetupError).reason).toBe(SetupErrorReason.gradeNotInClassSet);
    expect(await readPupil(db, id)).toMatchObject({ status: 'withdrawn' });

    await readmitPupil(db, HEAD, id, { classSetId: set56, grade: 6, from: '2026-12-01' });
    const pupil = await readPupil(db, id);
    expect(pupil).toMatchObject({ status: 'active', classSetId: set56, grade: 6 });
    expect(pupil!.withdrawnOn).toBeUndefined();
    expect(await readEnrolmentsOfPupil(db, id)).toMatchObject([
      { from: '2026-09-01', to: '2026-11-20' },
      { from: '2026-12-01', classSetId: set56 },
    ]);
    expect(await membersOn(db, set56, '2026-11-25')).toEqual([]);
    expect(await membersOn(db, set56, '2026-12-02')).toEqual([id]);

    const again = await refusal(readmitPupil(db, HEAD, id, { classSetId: set56, grade: 6, from: '2026-12-05' }));
    expect((again as SetupError).reason).toBe(SetupErrorReason.pupilAtSchool);
  });
});

/** The pupils of a class set on a date as reports see them (enrolment spans, withdrawal applied). */
async function membersOn(db: SandyqDb, classSetId: string, date: string): Promise<string[]> {
  const index = indexAttendance({
    pupils: await db.rows('pupils').toArray(),
    enrolments: await db.rows('enrolments').toArray(),
    sessions: [],
    marks: [],
  });
  return [...index.spansByPupil]
    .filter(([, spans]) => spans.some((s) => s.classSetId === classSetId && isDateWithin(date, s.from, s.to)))
    .map(([id]) => id);
}

async function createFiveOnly(school: SetupFixture): Promise<string> {
  const { createRecord } = await import('@/client/db/writeRecord');
  return createRecord(school.db, HEAD, 'classSets', { name: '5', grades: [5], language: 'kk', academicYearId: school.yearId, status: 'active' });
}
