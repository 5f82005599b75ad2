/**
 * Why a change to assessments or a pupil's attempt was refused by a rule beyond one row's
 * schema. Nothing is stored when one is thrown. Each reason is an i18n key of the
 * `validation` namespace, shown by `WriteProblems` like any other refusal.
 *
 * WARNING: the reasons are translation keys. Renaming one needs the locale files changed too.
 */
export const AssessmentErrorReason = {
  /** A self-check item in a summative: its key is on pupils' laptops already. */
  selfCheckInSummative: 'assessment.selfCheckInSummativeMessage',
  /** An item without a key for pupils in a self-check task, which must score offline. */
  notSelfCheckInPractice: 'assessment.notSelfCheckInPracticeMessage',
  /** A topic to draw from has fewer items than the draw takes (`topic`, `count`). */
  notEnoughItems: 'assessment.notEnoughItemsMessage',
  /** Neither items nor a written task: nothing for a pupil to do. */
  nothingToDo: 'assessment.nothingToDoMessage',
  /** The assessment or item is gone (deleted on another laptop meanwhile). */
  notFound: 'assessment.notFoundMessage',
  /** The pupil has used every attempt the assignment allows (`count`). */
  attemptsUsed: 'assessment.attemptsUsedMessage',
  /** The assignment does not open until `date`. */
  notOpenYet: 'assessment.notOpenYetMessage',
  /** An answer given after the time limit ran out: the attempt is submitted as it stood. */
  timeUp: 'assessment.timeUpMessage',
  /** The quick check chose a pupil who is not on the lesson's register. */
  notOnRegister: 'assessment.notOnRegisterMessage',
} as const;
export type AssessmentErrorReason = (typeof AssessmentErrorReason)[keyof typeof AssessmentErrorReason];

export class AssessmentError extends Error {
  override readonly name = 'AssessmentError';
  constructor(
    readonly reason: AssessmentErrorReason,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(`Assessment change refused: ${reason}`);
  }
}
