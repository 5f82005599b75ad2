/**
 * Who may enter the "Digital teacher" programme (seed 003): a pupil of grades 8-11, from a
 * low-income family, low-achieving in at least one programme subject (found through the
 * school's achievement monitoring: the gradebook's term marks and class mastery), whose
 * parent has applied. Every unmet condition is returned, so the screen can say all of them
 * at once in words rather than one at a time.
 */
import { DIGITAL_TEACHER_GROUP } from '../entities/group';
import { MASTERED_PERCENT } from '../reports/classMastery';

/** A term mark at or below this is low achievement: 3 passes, but is not yet "good" (білім сапасы counts 4 and 5). */
export const LOW_TERM_MARK = 3;

/** What the gradebook says of a pupil in one programme subject. */
export interface SubjectAchievement {
  readonly subjectId: string;
  /** The latest term mark (2-5), when one is given. */
  readonly termMark?: number | undefined;
  /** The pupil's share of the points of the subject's scored work, 0-100, when there is work. */
  readonly masteryPercent?: number | undefined;
}

export interface EligibilityInput {
  readonly grade: number;
  readonly lowIncome: boolean;
  /** The day the parent's application was recorded. */
  readonly applicationOn?: string | undefined;
  /** Achievement in the programme subjects only. */
  readonly achievement: readonly SubjectAchievement[];
}

export const IneligibleReason = {
  gradeOutOfRange: 'gradeOutOfRange',
  notLowIncome: 'notLowIncome',
  notLowAchieving: 'notLowAchieving',
  noApplication: 'noApplication',
} as const;
export type IneligibleReason = (typeof IneligibleReason)[keyof typeof IneligibleReason];

export interface Eligibility {
  readonly eligible: boolean;
  readonly reasons: readonly IneligibleReason[];
  /** Programme subjects the pupil is low-achieving in: the ones to suggest choosing. */
  readonly lowSubjectIds: readonly string[];
}

export function isGradeInProgramme(grade: number): boolean {
  return grade >= DIGITAL_TEACHER_GROUP.minGrade && grade <= DIGITAL_TEACHER_GROUP.maxGrade;
}

/** Low-achieving in a subject: a term mark of 3 or below, or mastery below the mastered line (65 %). */
export function isLowAchieving(a: SubjectAchievement): boolean {
  return (a.termMark !== undefined && a.termMark <= LOW_TERM_MARK) || (a.masteryPercent !== undefined && a.masteryPercent < MASTERED_PERCENT);
}

export function programmeEligibility(input: EligibilityInput): Eligibility {
  const lowSubjectIds = input.achievement.filter(isLowAchieving).map((a) => a.subjectId);
  const reasons: IneligibleReason[] = [];
  if (!isGradeInProgramme(input.grade)) reasons.push(IneligibleReason.gradeOutOfRange);
  if (!input.lowIncome) reasons.push(IneligibleReason.notLowIncome);
  if (lowSubjectIds.length === 0) reasons.push(IneligibleReason.notLowAchieving);
  if (input.applicationOn === undefined) reasons.push(IneligibleReason.noApplication);
  return { eligible: reasons.length === 0, reasons, lowSubjectIds };
}
