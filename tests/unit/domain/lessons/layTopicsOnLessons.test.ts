import { describe, expect, it } from 'vitest';
import { schoolDaysOf } from '@/domain/academicCalendar';
import { layTopicsOnLessons, topicsBehind, type PlannedTopic } from '@/domain/lessons/layTopicsOnLessons';
import { subjectLessons } from '@/domain/lessons/subjectLessons';
import type { SlotRow } from '@/domain/timetable/sessionFromSlot';
import type { SchoolYearCalendar, SessionRow } from '@/domain/timetable/sessionsOfDay';

/** 2026-2027 as the ministry's order sets it, with Independence Day on a Wednesday and Thursday. */
const YEAR: SchoolYearCalendar = {
  quarters: [
    { startsOn: '2026-09-01', endsOn: '2026-10-25' },
    { startsOn: '2026-11-03', endsOn: '2026-12-29' },
    { startsOn: '2027-01-08', endsOn: '2027-03-17' },
    { startsOn: '2027-03-30', endsOn: '2027-05-25' },
  ],
  holidays: [{ name: 'Тәуелсіздік күні', from: '2026-12-16', to: '2026-12-17' }],
  schoolWeek: [1, 2, 3, 4, 5],
};
const SET = 'class-56';
const MATHS = 'subject-math';

/** Mathematics five hours a week in 5-6, one history lesson, and another class set's maths. */
const SLOTS: SlotRow[] = [
  ...[1, 2, 3, 4, 5].map((weekday) => slot(`m${weekday}`, weekday, MATHS, SET)),
  slot('h1', 1, 'subject-history', SET, 2),
  slot('o1', 1, MATHS, 'class-78', 3),
];

function slot(id: string, weekday: number, subjectId: string, classSetId: string, period = 1): SlotRow {
  return { id, classSetId, weekday, period, subjectId, teacherId: 'staff-1', mode: 'inClass', validFrom: '2026-09-01' } as SlotRow;
}

const stored = (date: string, period: number, status: 'planned' | 'cancelled', slotId?: string): SessionRow =>
  ({
    id: `s-${date}-${period}`,
    classSetId: SET,
    date,
    period,
    subjectId: MATHS,
    teacherId: 'staff-1',
    mode: 'inClass',
    status,
    ...(slotId ? { slotId } : {}),
  }) as SessionRow;

const daysIn = (q: 1 | 2 | 3 | 4) => schoolDaysOf(q, YEAR).length;

describe('the lessons a plan is laid on', () => {
  it("are the subject's lessons in the class set on every school day: holidays and vacations skipped, other subjects and class sets left out", () => {
    const lessons = subjectLessons({ year: YEAR, classSetId: SET, subjectId: MATHS, slots: SLOTS, stored: [] });
    for (const q of [1, 2, 3, 4] as const) expect(lessons.filter((l) => l.quarter === q)).toHaveLength(daysIn(q));
    expect(lessons.some((l) => l.date === '2026-12-16' || l.date === '2026-10-30')).toBe(false);
    expect(lessons.every((l) => l.session.subjectId === MATHS && l.session.classSetId === SET)).toBe(true);
    expect(lessons.map((l) => l.date)).toEqual([...lessons.map((l) => l.date)].sort());
  });

  it('a cancelled lesson is not one; an extra lesson on a working Saturday is', () => {
    const lessons = subjectLessons({
      year: YEAR,
      classSetId: SET,
      subjectId: MATHS,
      slots: SLOTS,
      stored: [stored('2026-11-04', 1, 'cancelled', 'm3'), stored('2026-11-07', 4, 'planned')],
    });
    const q2 = lessons.filter((l) => l.quarter === 2).map((l) => l.date);
    expect(q2).not.toContain('2026-11-04');
    expect(q2).toContain('2026-11-07');
    expect(q2).toHaveLength(daysIn(2));
  });
});

describe('laying a calendar-thematic plan on them', () => {
  const lessons = subjectLessons({ year: YEAR, classSetId: SET, subjectId: MATHS, slots: SLOTS, stored: [] });
  const q1 = daysIn(1);

  it('gives each topic as many lessons as its hours, in teaching order; a half-hour topic shares its lesson', () => {
    const plan: PlannedTopic[] = [
      { quarter: 1, hours: 2 },
      { quarter: 1, hours: 0.5 },
      { quarter: 1, hours: 0.5 },
      { quarter: 1, hours: q1 - 3 },
    ];
    const layout = layTopicsOnLessons(plan, lessons);
    const firstQuarter = layout.lessons.filter((l) => l.lesson.quarter === 1);
    expect(firstQuarter.slice(0, 4).map((l) => l.entries)).toEqual([[0], [0], [1, 2], [3]]);
    expect(firstQuarter.at(-1)!.entries).toEqual([3]);
    expect(layout.quarters[0]).toEqual({ quarter: 1, plannedHours: q1, lessons: q1, shortBy: 0, spare: 0 });
    expect(layout.unplaced).toEqual([]);
  });

  it('a quarter with fewer lessons than hours is short by the difference, its last topics unplaced; the next quarter starts on its own plan', () => {
    const q2 = daysIn(2);
    const plan: PlannedTopic[] = [
      { quarter: 2, hours: q2 - 1 },
      { quarter: 2, hours: 2 },
      { quarter: 2, hours: 2 },
      { quarter: 3, hours: 3 },
    ];
    const layout = layTopicsOnLessons(plan, lessons);
    expect(layout.quarters[1]).toMatchObject({ plannedHours: q2 + 3, lessons: q2, shortBy: 3, spare: 0 });
    expect(layout.unplaced).toEqual([2]);
    expect(layout.lessons.filter((l) => l.lesson.quarter === 2).at(-1)!.entries).toEqual([1]);
    const third = layout.lessons.filter((l) => l.lesson.quarter === 3);
    expect(third[0]!.lesson.date).toBe('2027-01-08');
    expect(third.slice(0, 4).map((l) => l.entries)).toEqual([[3], [3], [3], []]);
    expect(layout.quarters[2]).toMatchObject({ plannedHours: 3, shortBy: 0, spare: daysIn(3) - 3 });
    expect(layout.quarters[0]).toMatchObject({ plannedHours: 0, spare: q1 });
  });

  it('a topic is behind the calendar when all its lessons are past and the journal has not recorded it', () => {
    const plan: PlannedTopic[] = [
      { quarter: 1, hours: 2 },
      { quarter: 1, hours: 3 },
      { quarter: 1, hours: 5 },
    ];
    const layout = layTopicsOnLessons(plan, lessons);
    const dates = layout.lessons.filter((l) => l.lesson.quarter === 1).map((l) => l.lesson.date);
    // On the sixth lesson's day: topics 0 (lessons 1-2) and 1 (3-5) are past; only 1 is recorded.
    expect(topicsBehind(layout, new Set([1]), dates[5]!)).toEqual([0]);
    expect(topicsBehind(layout, new Set([0, 1]), dates[5]!)).toEqual([]);
    // On its last lesson's own day a topic is not behind yet.
    expect(topicsBehind(layout, new Set(), dates[4]!)).toEqual([0]);
  });
});
