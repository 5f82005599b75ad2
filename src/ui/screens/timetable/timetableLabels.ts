/**
 * The Timetable screen's closed sets as translation keys: weekdays (ISO 1-7), teaching
 * modes (the four models of small schools) and lesson statuses.
 */
import type { LessonMode } from '@/domain/entities/lessonMode';
import type { LessonStatus } from '@/domain/entities/lessonSession';

export const WEEKDAY_KEYS = {
  1: 'mondayLabel',
  2: 'tuesdayLabel',
  3: 'wednesdayLabel',
  4: 'thursdayLabel',
  5: 'fridayLabel',
  6: 'saturdayLabel',
  7: 'sundayLabel',
} as const;

export function weekdayKey(weekday: number): (typeof WEEKDAY_KEYS)[keyof typeof WEEKDAY_KEYS] {
  return WEEKDAY_KEYS[(weekday >= 1 && weekday <= 7 ? weekday : 1) as keyof typeof WEEKDAY_KEYS];
}

export const MODE_KEYS = {
  inClass: 'inClassModeLabel',
  fromHub: 'fromHubModeLabel',
  streamed: 'streamedModeLabel',
  offline: 'offlineModeLabel',
} as const satisfies Record<LessonMode, string>;

export const STATUS_KEYS = {
  planned: 'plannedStatusLabel',
  held: 'heldStatusLabel',
  cancelled: 'cancelledStatusLabel',
} as const satisfies Record<LessonStatus, string>;

/** Lesson numbers offered: 1-8 covers a school day; 0 is the "zero lesson" before the first. */
export const PERIODS: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
