/**
 * A Digital teacher group's week (seed 003): two lessons of at least an hour, outside lesson
 * time, at the edges: 59 and 60 minutes, 13:59 and 14:00, a third lesson, an overlap, and a
 * Sunday morning (no school that day).
 */
import { describe, expect, it } from 'vitest';
import { checkGroup } from '@/domain/digitalTeacher/groupFormation';
import { isScheduleComplete, LESSONS_END, scheduleRefusals, type ProgrammeSlot } from '@/domain/digitalTeacher/groupSchedule';

const slot = (weekday: number, startsAt: string, minutes = 60): ProgrammeSlot => ({ weekday, startsAt, minutes });

describe('a group’s weekly lessons', () => {
  it('two lessons of an hour after lesson time are the programme’s week', () => {
    const week = [slot(2, LESSONS_END), slot(4, '16:30', 90)];
    expect(scheduleRefusals(week)).toEqual([]);
    expect(isScheduleComplete(week)).toBe(true);
    expect(isScheduleComplete(week.slice(0, 1))).toBe(false);
  });

  it('a lesson of 59 minutes is refused, 60 is not', () => {
    expect(scheduleRefusals([slot(2, '15:00', 59)])).toEqual(['lessonTooShort']);
    expect(scheduleRefusals([slot(2, '15:00', 60)])).toEqual([]);
  });

  it('a lesson starting at 13:59 on a school day is in lesson time; on Sunday morning it is not', () => {
    expect(scheduleRefusals([slot(6, '13:59')])).toEqual(['lessonInSchoolHours']);
    expect(scheduleRefusals([slot(1, '08:30')])).toEqual(['lessonInSchoolHours']);
    expect(scheduleRefusals([slot(7, '10:00')])).toEqual([]);
  });

  it('a third lesson and two lessons at once are refused', () => {
    expect(scheduleRefusals([slot(1, '15:00'), slot(3, '15:00'), slot(5, '15:00')])).toEqual(['tooManyLessons']);
    expect(scheduleRefusals([slot(3, '15:00', 90), slot(3, '16:00')])).toEqual(['lessonsOverlap']);
    expect(scheduleRefusals([slot(3, '15:00'), slot(3, '16:00')])).toEqual([]);
  });

  it('a group is refused for its schedule, and not ready until its two lessons are set', () => {
    const draft = {
      grade: 9,
      subjectId: 'physics',
      teacherId: 't',
      assistantId: 'a',
      approved: true,
      pupils: ['p1', 'p2', 'p3', 'p4'].map((pupilId) => ({ pupilId, grade: 9, subjectIds: ['physics', 'chemistry'] })),
    };
    const subjects = new Set(['physics', 'chemistry']);
    expect(checkGroup({ ...draft, schedule: [slot(2, '15:00'), slot(4, '15:00')] }, subjects).ready).toBe(true);
    expect(checkGroup({ ...draft, schedule: [slot(2, '15:00')] }, subjects).notReady).toEqual(['lessonsNotScheduled']);
    expect(
      checkGroup({ ...draft, schedule: [slot(2, '09:00'), slot(4, '15:00', 45)] }, subjects)
        .refusals.map((r) => r.code)
        .sort(),
    ).toEqual(['lessonInSchoolHours', 'lessonTooShort']);
  });
});
