/**
 * Why a change to the "Digital teacher" programme was refused by a programme rule (a third
 * subject, a sixth pupil, mixed grades, an approval by someone who is not the head). Nothing
 * is stored when one is thrown. Each code names a `digitalTeacher` translation key
 * (`<code>Message`), so the screen says the reason in words; `pupilIds` names the pupils a
 * refusal is about.
 */
import type { GroupRefusalCode } from '@/domain/digitalTeacher/groupFormation';
import type { SubjectChoiceProblem } from '@/domain/digitalTeacher/subjectChoice';

export const ProgrammeRuleCode = {
  /** Only a head-role staff member (the deputy head) approves a group. */
  approverNotHead: 'approverNotHead',
  /** A group is approved only once it has 3-5 pupils and an assistant. */
  groupNotComplete: 'groupNotComplete',
  /** The pupil has no programme entry (no two subjects chosen). */
  notInProgramme: 'notInProgramme',
  groupNotFound: 'groupNotFound',
  /** A lesson's attendance names a pupil who is not in the group. */
  notInGroup: 'notInGroup',
  /** A lesson's plan must be the group's teacher's plan of the group's subject. */
  planNotForGroup: 'planNotForGroup',
} as const;
export type ProgrammeRuleCode = (typeof ProgrammeRuleCode)[keyof typeof ProgrammeRuleCode];

export type ProgrammeRefusalCode = ProgrammeRuleCode | GroupRefusalCode | SubjectChoiceProblem;

export interface ProgrammeRefusalReason {
  readonly code: ProgrammeRefusalCode;
  readonly pupilIds: readonly string[];
}

export class ProgrammeRefusal extends Error {
  override readonly name = 'ProgrammeRefusal';
  constructor(readonly reasons: readonly ProgrammeRefusalReason[]) {
    super(`Digital teacher change refused: ${reasons.map((r) => r.code).join(', ')}`);
  }
}

export function refuse(code: ProgrammeRefusalCode, pupilIds: readonly string[] = []): never {
  throw new ProgrammeRefusal([{ code, pupilIds }]);
}
