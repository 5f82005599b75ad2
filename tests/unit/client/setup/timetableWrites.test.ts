import { afterEach, describe, expect, it } from 'vitest';
import { readSlotsOfClassSet, readStoredSessionsOfClassSet } from '@/client/db/queries/setupQueries';
import { updateRecord } from '@/client/db/writeRecord';
import { addExtraLesson, removeExtraLesson, setCancelled, setSubstitute } from '@/client/setup/lessonChanges';
import { SetupError, SetupErrorReason } from '@/client/setup/setupError';
import { addSlot, changeSlot, removeSlot, type SlotInput } from '@/client/setup/timetableWrites';
import { lessonSessionId } from '@/domain/timetable/lessonSessionId';
import { sessionsOfDay } from '@/domain/timetable/sessionsOfDay';
import { userDaySessions } from '@/domain/timetable/sessionsOfUser';
import { HEAD, YEAR, setupSchool, type SetupFixture } from './setupFixture';

let school: SetupFixture | undefined;
afterEach(() => school?.db.close());

const MONDAY = '2026-11-23';

function mondayMaths(s: SetupFixture, overrides: Partial<SlotInput> = {}): SlotInput {
  return {
    classSetId: s.set56,
    weekday: 1,
    period: 2,
    subjectId: s.subjectId,
    teacherId: s.teacherId,
    assistantId: s.assistantId,
    mode: 'fromHub',
    ...overrides,
  };
}

async function day(s: SetupFixture, date: string) {
  const [slots, stored] = await Promise.all([readSlotsOfClassSet(s.db, s.set56), readStoredSessionsOfClassSet(s.db, s.set56, date)]);
  return sessionsOfDay({ date, year: YEAR, slots, stored });
}

async function reason(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SetupError);
  return (error as SetupError).reason;
}

describe('weekly timetable', () => {
  it('a slot gives the class set, its teacher and its assistant a lesson on that weekday', async () => {
    school = await setupSchool();
    await addSlot(school.db, HEAD, mondayMaths(school), '2026-09-01');
    const monday = await day(school, MONDAY);
    expect(monday.map((d) => [d.session.period, d.session.mode, d.isStored])).toEqual([[2, 'fromHub', false]]);
    const slots = await readSlotsOfClassSet(school.db, school.set56);
    const forAssistant = userDaySessions({ date: MONDAY, year: YEAR, slots, stored: [], staffId: school.assistantId });
    expect(forAssistant.map((s) => s.role)).toEqual(['assistant']);
    expect(await day(school, '2026-11-24')).toEqual([]);
  });

  it('refuses a second lesson of the class set at the same weekday and period', async () => {
    school = await setupSchool();
    await addSlot(school.db, HEAD, mondayMaths(school), '2026-09-01');
    expect(await reason(addSlot(school.db, HEAD, mondayMaths(school, { teacherId: school.otherTeacherId }), '2026-11-01'))).toBe(
      SetupErrorReason.slotTaken,
    );
    await addSlot(school.db, HEAD, mondayMaths(school, { period: 3 }), '2026-09-01');
    expect(await readSlotsOfClassSet(school.db, school.set56)).toHaveLength(2);
  });

  it('refuses a teacher or an assistant in two class sets at the same lesson, naming the other class set; nothing is stored', async () => {
    school = await setupSchool();
    await addSlot(school.db, HEAD, mondayMaths(school, { mode: 'inClass' }), '2026-09-01');
    const in78 = (o: Partial<SlotInput>) =>
      mondayMaths(school!, { classSetId: school!.set78, assistantId: undefined, teacherId: school!.otherTeacherId, ...o });
    const teacherTwice = await addSlot(school.db, HEAD, in78({ teacherId: school.teacherId, mode: 'inClass' }), '2026-10-01').catch(
      (e: unknown) => e,
    );
    expect(teacherTwice).toMatchObject({ reason: SetupErrorReason.staffBusy, values: { classSet: '5-6' } });
    expect(await reason(addSlot(school.db, HEAD, in78({ assistantId: school.assistantId }), '2026-10-01'))).toBe(SetupErrorReason.staffBusy);
    expect(await readSlotsOfClassSet(school.db, school.set78)).toEqual([]);
    // Another period, or a span that ended before, is free.
    await addSlot(school.db, HEAD, in78({ teacherId: school.teacherId, period: 3 }), '2026-10-01');
    const slot56 = (await readSlotsOfClassSet(school.db, school.set56))[0]!;
    await removeSlot(school.db, HEAD, slot56.id, '2026-11-02');
    await addSlot(school.db, HEAD, in78({ teacherId: school.teacherId, period: 2 }), '2026-11-02');
    expect(await readSlotsOfClassSet(school.db, school.set78)).toHaveLength(2);
  });

  it('one remote lesson of one subject may reach several class sets at once from the same teacher', async () => {
    school = await setupSchool();
    await addSlot(school.db, HEAD, mondayMaths(school, { mode: 'fromHub', assistantId: undefined }), '2026-09-01');
    await addSlot(school.db, HEAD, mondayMaths(school, { classSetId: school.set78, mode: 'streamed', assistantId: undefined }), '2026-09-01');
    expect(await readSlotsOfClassSet(school.db, school.set78)).toHaveLength(1);
  });

  it('refuses a substitute who has a lesson in another class set at that date and period', async () => {
    school = await setupSchool();
    await addSlot(school.db, HEAD, mondayMaths(school), '2026-09-01');
    await addSlot(
      school.db,
      HEAD,
      mondayMaths(school, { classSetId: school.set78, teacherId: school.otherTeacherId, assistantId: undefined, mode: 'inClass' }),
      '2026-09-01',
    );
    const [lesson] = await day(school, MONDAY);
    expect(await reason(setSubstitute(school.db, HEAD, lesson!, school.otherTeacherId))).toBe(SetupErrorReason.staffBusy);
    expect(await readStoredSessionsOfClassSet(school.db, school.set56, MONDAY)).toEqual([]);
  });

  it('a change from a date ends the old slot the day before and continues in a new one; past lessons keep the old teacher', async () => {
    school = await setupSchool();
    const slotId = await addSlot(school.db, HEAD, mondayMaths(school), '2026-09-01');
    const newId = await changeSlot(school.db, HEAD, slotId, mondayMaths(school, { teacherId: school.otherTeacherId }), MONDAY);
    expect(newId).not.toBe(slotId);
    const slots = await readSlotsOfClassSet(school.db, school.set56);
    expect(slots.find((s) => s.id === slotId)).toMatchObject({ validFrom: '2026-09-01', validTo: '2026-11-22', teacherId: school.teacherId });
    expect(slots.find((s) => s.id === newId)).toMatchObject({ validFrom: MONDAY, teacherId: school.otherTeacherId });
    expect((await day(school, '2026-11-16'))[0]!.session.teacherId).toBe(school.teacherId);
    expect((await day(school, MONDAY))[0]!.session.teacherId).toBe(school.otherTeacherId);
  });

  it('a slot not started yet is rewritten in place; removing it deletes it, removing a running one ends it', async () => {
    school = await setupSchool();
    const future = await addSlot(school.db, HEAD, mondayMaths(school), '2026-12-01');
    expect(await changeSlot(school.db, HEAD, future, mondayMaths(school, { mode: 'inClass', assistantId: undefined }), MONDAY)).toBe(future);
    const [slot] = await readSlotsOfClassSet(school.db, school.set56);
    expect(slot).toMatchObject({ mode: 'inClass', validFrom: '2026-12-01' });
    expect(slot!.assistantId).toBeUndefined();
    await removeSlot(school.db, HEAD, future, MONDAY);
    expect(await readSlotsOfClassSet(school.db, school.set56)).toEqual([]);

    const running = await addSlot(school.db, HEAD, mondayMaths(school), '2026-09-01');
    await removeSlot(school.db, HEAD, running, MONDAY);
    expect(await readSlotsOfClassSet(school.db, school.set56)).toMatchObject([{ validTo: '2026-11-22' }]);
    expect(await day(school, MONDAY)).toEqual([]);
  });
});

describe('one-off changes for a date', () => {
  it('a substitute is stored as the slot lesson of that date under lessonSessionId, and Today follows it', async () => {
    school = await setupSchool();
    const slotId = await addSlot(school.db, HEAD, mondayMaths(school), '2026-09-01');
    const [lesson] = await day(school, MONDAY);
    await setSubstitute(school.db, HEAD, lesson!, school.otherTeacherId);

    const stored = await school.db.rows('lessonSessions').get(lessonSessionId(slotId, MONDAY));
    expect(stored).toMatchObject({
      slotId,
      date: MONDAY,
      teacherId: school.teacherId,
      substituteTeacherId: school.otherTeacherId,
      status: 'planned',
    });
    const slots = await readSlotsOfClassSet(school.db, school.set56);
    const substitute = userDaySessions({ date: MONDAY, year: YEAR, slots, stored: [stored!], staffId: school.otherTeacherId });
    expect(substitute.map((s) => s.role)).toEqual(['substitute']);
    // Other Mondays are untouched.
    expect((await day(school, '2026-11-30'))[0]!.session.substituteTeacherId).toBeUndefined();

    await setSubstitute(school.db, HEAD, (await day(school, MONDAY))[0]!, null);
    expect((await day(school, MONDAY))[0]!.session.substituteTeacherId).toBeUndefined();
    expect(await reason(setSubstitute(school.db, HEAD, lesson!, school.teacherId))).toBe(SetupErrorReason.substituteIsTeacher);
  });

  it('a cancellation keeps what the register wrote to the lesson, and can be undone', async () => {
    school = await setupSchool();
    await addSlot(school.db, HEAD, mondayMaths(school), '2026-09-01');
    const [lesson] = await day(school, MONDAY);
    await setSubstitute(school.db, HEAD, lesson!, school.otherTeacherId);
    await updateRecord(school.db, HEAD, 'lessonSessions', lesson!.id, { topic: 'Бөлшектер' });

    await setCancelled(school.db, HEAD, (await day(school, MONDAY))[0]!, true);
    expect((await day(school, MONDAY))[0]!.session).toMatchObject({
      status: 'cancelled',
      topic: 'Бөлшектер',
      substituteTeacherId: school.otherTeacherId,
    });
    await setCancelled(school.db, HEAD, (await day(school, MONDAY))[0]!, false);
    expect((await day(school, MONDAY))[0]!.session.status).toBe('planned');
  });

  it('an extra lesson takes a free period of that date only, and can be removed', async () => {
    school = await setupSchool();
    await addSlot(school.db, HEAD, mondayMaths(school), '2026-09-01');
    const extra = {
      classSetId: school.set56,
      date: MONDAY,
      period: 6,
      subjectId: school.subjectId,
      teacherId: school.otherTeacherId,
      mode: 'inClass' as const,
    };
    expect(await reason(addExtraLesson(school.db, HEAD, { ...extra, period: 2 }, await day(school, MONDAY)))).toBe(SetupErrorReason.slotTaken);
    const id = await addExtraLesson(school.db, HEAD, extra, await day(school, MONDAY));
    expect((await day(school, MONDAY)).map((d) => [d.session.period, d.id === id])).toEqual([
      [2, false],
      [6, true],
    ]);
    expect(await day(school, '2026-11-30')).toHaveLength(1);
    await removeExtraLesson(school.db, HEAD, (await day(school, MONDAY))[1]!);
    expect((await day(school, MONDAY)).map((d) => d.session.period)).toEqual([2]);
  });
});
