/**
 * A pupil's choice of programme subjects: exactly two of the six (seed 003). A choice is
 * checked whole, so the screen can refuse a third subject before anything is stored, with
 * the reason in words.
 */
import { DIGITAL_TEACHER_GROUP } from '../entities/group';

export const SubjectChoiceProblem = {
  /** More than two subjects: a third is refused. */
  tooManySubjects: 'tooManySubjects',
  /** Fewer than two: allowed while the choice is made, but the pupil is not yet placed. */
  tooFewSubjects: 'tooFewSubjects',
  notProgrammeSubject: 'notProgrammeSubject',
  duplicateSubject: 'duplicateSubject',
} as const;
export type SubjectChoiceProblem = (typeof SubjectChoiceProblem)[keyof typeof SubjectChoiceProblem];

export interface SubjectChoiceCheck {
  /** Refusals: the choice may not be stored. */
  readonly refusals: readonly SubjectChoiceProblem[];
  /** Whether the choice is complete (exactly two programme subjects). */
  readonly complete: boolean;
}

export function checkSubjectChoice(subjectIds: readonly string[], programmeSubjects: ReadonlySet<string>): SubjectChoiceCheck {
  const refusals: SubjectChoiceProblem[] = [];
  if (subjectIds.length > DIGITAL_TEACHER_GROUP.subjectsPerPupil) refusals.push(SubjectChoiceProblem.tooManySubjects);
  if (subjectIds.some((id) => !programmeSubjects.has(id))) refusals.push(SubjectChoiceProblem.notProgrammeSubject);
  if (new Set(subjectIds).size !== subjectIds.length) refusals.push(SubjectChoiceProblem.duplicateSubject);
  return { refusals, complete: refusals.length === 0 && subjectIds.length === DIGITAL_TEACHER_GROUP.subjectsPerPupil };
}
