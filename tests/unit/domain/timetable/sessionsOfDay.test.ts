import { describe, expect, it } from 'vitest';
import type { AcademicYear } from '@/domain/entities/academicYear';
import { lessonSessionSchema } from '@/domain/entities/lessonSession';
import { asId } from '@/domain/ids';
import { lessonSessionId } from '@/domain/timetable/lessonSessionId';
import type { SlotRow } from '@/domain/timetable/sessionFromSlot';
import { sessionsOfDates, sessionsOfDay, type SessionRow } from '@/domain/timetable/sessionsOfDay';
import { sessionsOfUser, userDaySessions } from '@/domain/timetable/sessionsOfUser';

const YEAR: Pick<AcademicYear, 'quarters' | 'holidays' | 'schoolWeek'> = {
  quarters: [
    { startsOn: '2025-09-01', endsOn: '2025-10-24' },
    { startsOn: '2025-11-03', endsOn: '2025-12-26' },
    { startsOn: '2026-01-08', endsOn: '2026-03-18' },
    { startsOn: '2026-03-30', endsOn: '2026-05-25' },
  ],
  holidays: [{ name: 'Тәуелсіздік күні', from: '2025-12-16', to: '2025-12-16' }],
  schoolWeek: [1, 2, 3, 4, 5],
};

const CS = asId<'ClassSet'>('cs56');
const T1 = asId<'Staff'>('teacher1');
const T2 = asId<'Staff'>('teacher2');
const T3 = asId<'Staff'>('teacher3');
const A1 = asId<'Staff'>('assistant1');

function slot(id: string, weekday: number, period: number, teacherId: string, more: Partial<SlotRow> = {}): SlotRow {
  return {
    id,
    classSetId: CS,
    weekday,
    period,
    subjectId: asId<'Subject'>(`subject-${id}`),
    teacherId: asId<'Staff'>(teacherId),
    mode: 'inClass',
    validFrom: '2025-09-01',
    ...more,
  };
}

const SLOTS: SlotRow[] = [
  slot('mon1', 1, 1, T1, { assistantId: A1, mode: 'fromHub' }),
  slot('mon2-old', 1, 2, T2, { validTo: '2025-09-15' }),
  slot('mon2-new', 1, 2, T3, { validFrom: '2025-09-16' }),
  slot('tue1', 2, 1, T1),
  slot('fri1', 5, 1, T2),
  slot('group', 1, 7, T3, { classSetId: undefined, groupId: asId<'Group'>('dt-group') }),
  slot('removed', 1, 3, T1, { deleted: true }),
];

const day = (date: string, stored: SessionRow[] = [], slots = SLOTS) => sessionsOfDay({ date, year: YEAR, slots, stored });
const slotIds = (date: string, stored: SessionRow[] = []) => day(date, stored).map((s) => s.session.slotId ?? s.id);

describe('sessionsOfDay: what the timetable gives (T1, T2, T5)', () => {
  it('gives each slot of the weekday a planned lesson with the id derivedId(slotId, date), ordered by period', () => {
    const sessions = day('2025-09-08');
    expect(sessions.map((s) => s.id)).toEqual(['mon1', 'mon2-old', 'group'].map((id) => lessonSessionId(id, '2025-09-08')));
    expect(sessions[0]).toEqual({
      id: lessonSessionId('mon1', '2025-09-08'),
      isStored: false,
      session: {
        classSetId: 'cs56',
        date: '2025-09-08',
        period: 1,
        subjectId: 'subject-mon1',
        teacherId: 'teacher1',
        assistantId: 'assistant1',
        mode: 'fromHub',
        slotId: 'mon1',
        status: 'planned',
      },
    });
    expect(sessions[2]?.session).toMatchObject({ groupId: 'dt-group', period: 7 });
    expect(sessions[2]?.session.classSetId).toBeUndefined();
  });

  it('every generated session is a valid lesson session row', () => {
    for (const s of day('2025-09-08')) expect(lessonSessionSchema.safeParse(s.session).success).toBe(true);
  });

  it('two laptops generating the same day make the same ids and rows', () => {
    expect(day('2025-09-22')).toEqual(day('2025-09-22', [], [...SLOTS].reverse()));
  });

  it('a slot applies on its validTo day and not after; its successor from its validFrom', () => {
    expect(slotIds('2025-09-15')).toEqual(['mon1', 'mon2-old', 'group']);
    expect(slotIds('2025-09-22')).toEqual(['mon1', 'mon2-new', 'group']);
  });

  it('gives nothing before a slot is valid', () => {
    expect(day('2025-09-08', [], [slot('later', 1, 1, T1, { validFrom: '2025-09-09' })])).toEqual([]);
  });

  it('gives nothing on a holiday, a weekend, or a vacation between quarters', () => {
    expect(day('2025-12-16')).toEqual([]); // Tuesday, Independence Day
    expect(day('2025-12-23').length).toBe(1); // the next Tuesday
    expect(day('2025-09-13')).toEqual([]); // Saturday
    expect(day('2025-10-27')).toEqual([]); // Monday after quarter 1
  });

  it('gives lessons on the first and last day of a quarter', () => {
    expect(slotIds('2025-10-24')).toEqual(['fri1']); // last day of quarter 1
    expect(slotIds('2025-11-03')).toEqual(['mon1', 'mon2-new', 'group']); // first day of quarter 2
    expect(day('2025-08-29')).toEqual([]); // the Friday before the year
  });

  it('ignores deleted slots', () => {
    expect(slotIds('2025-09-08')).not.toContain('removed');
  });
});

describe('sessionsOfDay: one-off changes win (T3, T4)', () => {
  const date = '2025-09-08';
  const generated = (slotId: string) => day(date).find((s) => s.session.slotId === slotId)!;
  const storedOf = (slotId: string, change: Partial<SessionRow>, id: string = generated(slotId).id): SessionRow => ({
    ...generated(slotId).session,
    id,
    ...change,
  });

  it('a stored substitute replaces the generated lesson', () => {
    const sessions = day(date, [storedOf('mon1', { substituteTeacherId: A1, topic: 'Бөлшектер' })]);
    expect(sessions).toHaveLength(3);
    expect(sessions[0]).toMatchObject({ isStored: true, session: { substituteTeacherId: 'assistant1', topic: 'Бөлшектер', teacherId: 'teacher1' } });
  });

  it('a cancelled lesson stays in the day with its status', () => {
    const sessions = day(date, [storedOf('mon2-old', { status: 'cancelled' })]);
    expect(sessions.map((s) => s.session.status)).toEqual(['planned', 'cancelled', 'planned']);
  });

  it('a stored row of the same slot and date wins even under another id', () => {
    const sessions = day(date, [storedOf('mon1', { status: 'held' }, 'uuid-made-by-hand')]);
    expect(sessions.map((s) => s.id)).toEqual(['uuid-made-by-hand', lessonSessionId('mon2-old', date), lessonSessionId('group', date)]);
  });

  it('a deleted stored session hides the lesson', () => {
    expect(slotIds(date, [storedOf('mon1', { deleted: true })])).toEqual(['mon2-old', 'group']);
  });

  it('an extra lesson is added in period order', () => {
    const extra: SessionRow = { ...generated('mon1').session, id: 'extra-1', slotId: undefined, period: 5, subjectId: asId<'Subject'>('music') };
    expect(day(date, [extra]).map((s) => s.session.period)).toEqual([1, 2, 5, 7]);
  });

  it('stored lessons are kept on days the timetable gives none, and other dates are ignored', () => {
    const saturday: SessionRow = { ...generated('mon1').session, id: 'extra-sat', slotId: undefined, date: '2025-09-13' };
    expect(day('2025-09-13', [saturday]).map((s) => s.id)).toEqual(['extra-sat']);
    expect(day(date, [saturday])).toEqual(day(date));
  });

  it('returns the entity fields of a stored row without its sync envelope', () => {
    const row = { ...storedOf('mon1', {}), schoolId: 'school-1', clocks: {}, schemaVersion: 1 } as SessionRow;
    expect(Object.keys(day(date, [row])[0]!.session)).not.toContain('clocks');
    expect(day(date, [row])[0]!.session).toEqual(generated('mon1').session);
  });
});

describe('sessionsOfDates', () => {
  it('gives the sessions of each date of a week', () => {
    const week = sessionsOfDates('2025-09-08', '2025-09-14', { year: YEAR, slots: SLOTS, stored: [] });
    expect(week.map((d) => d.sessions.length)).toEqual([3, 1, 0, 0, 1, 0, 0]);
  });
});

describe('today for a user', () => {
  const date = '2025-09-08';
  const all = () => day(date);

  it('lists the lessons where the user teaches or assists', () => {
    expect(sessionsOfUser(all(), T1).map((s) => [s.session.slotId, s.role])).toEqual([['mon1', 'teacher']]);
    expect(sessionsOfUser(all(), A1).map((s) => [s.session.slotId, s.role])).toEqual([['mon1', 'assistant']]);
    expect(sessionsOfUser(all(), T3).map((s) => [s.session.slotId, s.role])).toEqual([['group', 'teacher']]);
    expect(sessionsOfUser(all(), 'nobody')).toEqual([]);
  });

  it('a substitute sees the lesson as substitute; the absent teacher still sees it', () => {
    const stored: SessionRow = { ...all()[1]!.session, id: all()[1]!.id, substituteTeacherId: A1 };
    const input = { date, year: YEAR, slots: SLOTS, stored: [stored] };
    expect(userDaySessions({ ...input, staffId: A1 }).map((s) => [s.session.slotId, s.role])).toEqual([
      ['mon1', 'assistant'],
      ['mon2-old', 'substitute'],
    ]);
    expect(userDaySessions({ ...input, staffId: T2 }).map((s) => [s.session.slotId, s.role])).toEqual([['mon2-old', 'teacher']]);
  });

  it('an assistant substituting in their own lesson is listed once, as substitute', () => {
    const stored: SessionRow = { ...all()[0]!.session, id: all()[0]!.id, substituteTeacherId: A1 };
    expect(userDaySessions({ date, year: YEAR, slots: SLOTS, stored: [stored], staffId: A1 }).map((s) => s.role)).toEqual(['substitute']);
  });
});
