/**
 * Translation keys for the closed sets the attendance screens show, one map per set, so
 * every value has its words in kk, ru and en and a new value fails the type check here.
 */
import type { AttendanceStatus } from '@/domain/attendance';
import type { LessonMode } from '@/domain/entities/lessonMode';
import type { LessonStatus } from '@/domain/entities/lessonSession';
import type { Language, LocalizedText } from '@/domain/language';
import { pickLocalized } from '@/domain/language';
import type { LessonRole } from '@/domain/timetable/sessionsOfUser';

export const ATTENDANCE_STATUS_LABEL_KEYS = {
  present: 'attendance:presentLabel',
  absent: 'attendance:absentLabel',
  excused: 'attendance:excusedLabel',
  ill: 'attendance:illLabel',
  late: 'attendance:lateLabel',
} as const satisfies Record<AttendanceStatus, string>;

/** The short word on a register's status button. */
export const STATUS_SHORT_LABEL_KEYS = {
  present: 'attendance:presentShortLabel',
  absent: 'attendance:absentShortLabel',
  excused: 'attendance:excusedShortLabel',
  ill: 'attendance:illShortLabel',
  late: 'attendance:lateShortLabel',
} as const satisfies Record<AttendanceStatus, string>;

export const MODE_LABEL_KEYS = {
  inClass: 'attendance:inClassModeLabel',
  fromHub: 'attendance:fromHubModeLabel',
  streamed: 'attendance:streamedModeLabel',
  offline: 'attendance:offlineModeLabel',
} as const satisfies Record<LessonMode, string>;

export const LESSON_STATUS_LABEL_KEYS = {
  planned: 'attendance:plannedStatusLabel',
  held: 'attendance:heldStatusLabel',
  cancelled: 'attendance:cancelledStatusLabel',
} as const satisfies Record<LessonStatus, string>;

export const LESSON_ROLE_LABEL_KEYS = {
  teacher: 'attendance:teacherLessonRoleLabel',
  assistant: 'attendance:assistantLessonRoleLabel',
  substitute: 'attendance:substituteLessonRoleLabel',
} as const satisfies Record<LessonRole, string>;

/** A subject's name in the interface language, else in another it has; '' if unknown. */
export function subjectName(names: LocalizedText | undefined, language: Language): string {
  return names ? pickLocalized(names, [language]) : '';
}
