/**
 * Forming a "Digital teacher" group (seed 003): 3-5 pupils of one grade (8-11), one
 * programme subject that each pupil chose as one of their two, a digital teacher and an
 * assistant teacher, two lessons a week of at least an hour outside lesson time
 * (groupSchedule.ts), approved by the deputy head. A refusal may never be stored (a sixth
 * pupil, mixed grades, a subject a pupil did not choose); a group that is merely not ready
 * (two pupils, no assistant, not approved yet) may be stored and completed later, since a
 * group is built up a pupil at a time.
 */
import { DIGITAL_TEACHER_GROUP } from '../entities/group';
import { isGradeInProgramme } from './eligibility';
import { isScheduleComplete, scheduleRefusals, type ProgrammeSlot, type ScheduleRefusalCode } from './groupSchedule';

export interface GroupPupil {
  readonly pupilId: string;
  readonly grade: number;
  /** The two programme subjects the pupil chose. */
  readonly subjectIds: readonly string[];
  /** Subjects of the other programme groups the pupil is already in. */
  readonly otherGroupSubjectIds?: readonly string[] | undefined;
}

export interface GroupDraft {
  readonly grade: number;
  readonly subjectId: string;
  readonly teacherId: string;
  readonly assistantId?: string | undefined;
  readonly approved: boolean;
  readonly pupils: readonly GroupPupil[];
  /** The group's weekly lessons (groupSchedule.ts). */
  readonly schedule?: readonly ProgrammeSlot[] | undefined;
}

export const GroupRefusalCode = {
  gradeOutOfRange: 'gradeOutOfRange',
  notProgrammeSubject: 'notProgrammeSubject',
  tooManyPupils: 'tooManyPupils',
  /** A pupil of another grade than the group's. */
  mixedGrades: 'mixedGrades',
  /** A pupil who did not choose the group's subject. */
  subjectNotChosen: 'subjectNotChosen',
  /** A pupil already in another group of the same subject. */
  alreadyInSubjectGroup: 'alreadyInSubjectGroup',
  assistantIsTeacher: 'assistantIsTeacher',
} as const;
export type GroupRefusalCode = (typeof GroupRefusalCode)[keyof typeof GroupRefusalCode] | ScheduleRefusalCode;

export interface GroupRefusal {
  readonly code: GroupRefusalCode;
  /** The pupils the refusal is about, when it is about some. */
  readonly pupilIds: readonly string[];
}

export const GroupNotReadyCode = {
  tooFewPupils: 'tooFewPupils',
  noAssistant: 'noAssistant',
  /** Fewer than the programme's two lessons a week in its schedule. */
  lessonsNotScheduled: 'lessonsNotScheduled',
  notApproved: 'notApproved',
} as const;
export type GroupNotReadyCode = (typeof GroupNotReadyCode)[keyof typeof GroupNotReadyCode];

export interface GroupCheck {
  readonly refusals: readonly GroupRefusal[];
  readonly notReady: readonly GroupNotReadyCode[];
  /** No refusal and nothing missing: the group may start. */
  readonly ready: boolean;
}

export function checkGroup(draft: GroupDraft, programmeSubjects: ReadonlySet<string>): GroupCheck {
  const rules = DIGITAL_TEACHER_GROUP;
  const refusals: GroupRefusal[] = [];
  const refuse = (code: GroupRefusalCode, pupilIds: readonly string[] = []) => refusals.push({ code, pupilIds });
  const about = (test: (p: GroupPupil) => boolean) => draft.pupils.filter(test).map((p) => p.pupilId);

  if (!isGradeInProgramme(draft.grade)) refuse(GroupRefusalCode.gradeOutOfRange);
  if (!programmeSubjects.has(draft.subjectId)) refuse(GroupRefusalCode.notProgrammeSubject);
  if (draft.pupils.length > rules.maxPupils) refuse(GroupRefusalCode.tooManyPupils);
  const otherGrade = about((p) => p.grade !== draft.grade);
  if (otherGrade.length > 0) refuse(GroupRefusalCode.mixedGrades, otherGrade);
  const notChosen = about((p) => !p.subjectIds.includes(draft.subjectId));
  if (notChosen.length > 0) refuse(GroupRefusalCode.subjectNotChosen, notChosen);
  const twice = about((p) => (p.otherGroupSubjectIds ?? []).includes(draft.subjectId));
  if (twice.length > 0) refuse(GroupRefusalCode.alreadyInSubjectGroup, twice);
  if (draft.assistantId !== undefined && draft.assistantId === draft.teacherId) refuse(GroupRefusalCode.assistantIsTeacher);
  for (const code of scheduleRefusals(draft.schedule ?? [])) refuse(code);

  const notReady: GroupNotReadyCode[] = [];
  if (draft.pupils.length < rules.minPupils) notReady.push(GroupNotReadyCode.tooFewPupils);
  if (draft.assistantId === undefined) notReady.push(GroupNotReadyCode.noAssistant);
  if (!isScheduleComplete(draft.schedule ?? [])) notReady.push(GroupNotReadyCode.lessonsNotScheduled);
  if (!draft.approved) notReady.push(GroupNotReadyCode.notApproved);
  return { refusals, notReady, ready: refusals.length === 0 && notReady.length === 0 };
}
