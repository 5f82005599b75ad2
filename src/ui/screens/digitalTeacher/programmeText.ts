/**
 * The programme's rule codes as translation keys, so every refusal, unmet condition and
 * missing piece is said in words in the user's language.
 */
import type { ProgrammeRefusalCode } from '@/client/digitalTeacher/programmeRefusal';
import type { IneligibleReason } from '@/domain/digitalTeacher/eligibility';
import type { GroupNotReadyCode } from '@/domain/digitalTeacher/groupFormation';
import type { AttendanceStatus } from '@/domain/attendance';
import type { CheckpointKind } from '@/domain/entities/welfareRecord';

export const REFUSAL_KEYS = {
  tooManySubjects: 'digitalTeacher:tooManySubjectsMessage',
  tooFewSubjects: 'digitalTeacher:tooFewSubjectsMessage',
  notProgrammeSubject: 'digitalTeacher:notProgrammeSubjectMessage',
  duplicateSubject: 'digitalTeacher:duplicateSubjectMessage',
  gradeOutOfRange: 'digitalTeacher:groupGradeOutOfRangeMessage',
  tooManyPupils: 'digitalTeacher:tooManyPupilsMessage',
  mixedGrades: 'digitalTeacher:mixedGradesMessage',
  subjectNotChosen: 'digitalTeacher:subjectNotChosenMessage',
  alreadyInSubjectGroup: 'digitalTeacher:alreadyInSubjectGroupMessage',
  assistantIsTeacher: 'digitalTeacher:assistantIsTeacherMessage',
  approverNotHead: 'digitalTeacher:approverNotHeadMessage',
  groupNotComplete: 'digitalTeacher:groupNotCompleteMessage',
  notInProgramme: 'digitalTeacher:notInProgrammeMessage',
  groupNotFound: 'digitalTeacher:groupNotFoundMessage',
  notInGroup: 'digitalTeacher:notInGroupMessage',
  planNotForGroup: 'digitalTeacher:planNotForGroupMessage',
  tooManyLessons: 'digitalTeacher:tooManyLessonsMessage',
  lessonTooShort: 'digitalTeacher:lessonTooShortMessage',
  lessonInSchoolHours: 'digitalTeacher:lessonInSchoolHoursMessage',
  lessonsOverlap: 'digitalTeacher:lessonsOverlapMessage',
} as const satisfies Record<ProgrammeRefusalCode, `digitalTeacher:${string}Message`>;

export const INELIGIBLE_KEYS = {
  gradeOutOfRange: 'digitalTeacher:gradeOutOfRangeMessage',
  notLowIncome: 'digitalTeacher:notLowIncomeMessage',
  notLowAchieving: 'digitalTeacher:notLowAchievingMessage',
  noApplication: 'digitalTeacher:noApplicationMessage',
} as const satisfies Record<IneligibleReason, `digitalTeacher:${string}Message`>;

export const NOT_READY_KEYS = {
  tooFewPupils: 'digitalTeacher:tooFewPupilsMessage',
  noAssistant: 'digitalTeacher:noAssistantMessage',
  lessonsNotScheduled: 'digitalTeacher:lessonsNotScheduledMessage',
  notApproved: 'digitalTeacher:notApprovedMessage',
} as const satisfies Record<GroupNotReadyCode, `digitalTeacher:${string}Message`>;

export const CHECKPOINT_KEYS = {
  start: 'digitalTeacher:startCheckpointLabel',
  interim: 'digitalTeacher:interimCheckpointLabel',
  end: 'digitalTeacher:endCheckpointLabel',
} as const satisfies Record<CheckpointKind, `digitalTeacher:${string}Label`>;

/** The statuses a programme lesson's register offers, the register's own words. */
export const LESSON_STATUSES = ['present', 'late', 'absent', 'excused', 'ill'] as const satisfies readonly AttendanceStatus[];

export const STATUS_KEYS = {
  present: 'digitalTeacher:presentStatusLabel',
  late: 'digitalTeacher:lateStatusLabel',
  absent: 'digitalTeacher:absentStatusLabel',
  excused: 'digitalTeacher:excusedStatusLabel',
  ill: 'digitalTeacher:illStatusLabel',
} as const satisfies Record<(typeof LESSON_STATUSES)[number], `digitalTeacher:${string}Label`>;

/** A growth in percentage points with its sign: "+12.5", "−3", "0". */
export function signedPoints(value: number, language: string): string {
  const text = Math.abs(value).toLocaleString(language, { maximumFractionDigits: 1 });
  return value > 0 ? `+${text}` : value < 0 ? `\u2212${text}` : text;
}
