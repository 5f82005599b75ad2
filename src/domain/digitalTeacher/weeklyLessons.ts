/**
 * The programme's pace (seed 003: "two lessons a subject a week"): how many of a group's
 * lessons held fall in the school week (Monday to Sunday) of a given day, against the two
 * the programme asks for, so the group's page can say a lesson is still due this week.
 */
import { addDays, weekdayOf, type IsoDate } from '../dates';
import { DIGITAL_TEACHER_GROUP } from '../entities/group';

export interface WeekPace {
  /** Monday of the week. */
  readonly weekStart: IsoDate;
  readonly held: number;
  readonly required: number;
}

export function weekPace(heldDates: readonly string[], day: IsoDate): WeekPace {
  const weekStart = addDays(day, 1 - weekdayOf(day));
  const weekEnd = addDays(weekStart, 6);
  return {
    weekStart,
    held: heldDates.filter((d) => d >= weekStart && d <= weekEnd).length,
    required: DIGITAL_TEACHER_GROUP.lessonsPerSubjectPerWeek,
  };
}
