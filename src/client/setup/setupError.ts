/**
 * Why the head's setup change was refused by a rule of the school's setup (beyond one
 * record's schema, which `RecordWriteError` covers). Nothing is stored when one is thrown.
 * Each reason is an i18n key of the `validation` namespace, translated where it is shown.
 *
 * WARNING: the reasons are translation keys. Renaming one needs the locale files changed too.
 */
export const SetupErrorReason = {
  /** No academic year to attach a class set to: the year's dates are set up first. */
  noAcademicYear: 'setup.noAcademicYearMessage',
  /** The class set, pupil, slot or lesson is gone (deleted on another laptop meanwhile). */
  notFound: 'setup.notFoundMessage',
  /** Another current class set has this name (a CSV file names class sets by name). */
  classSetNameTaken: 'setup.classSetNameTakenMessage',
  /** Archiving a class set that still has current pupils: move or withdraw them first. */
  classSetHasPupils: 'setup.classSetHasPupilsMessage',
  /** Removing a grade from a class set while some of its current pupils are in that grade. */
  gradeStillTaught: 'setup.gradeStillTaughtMessage',
  /** Putting a pupil into an archived class set. */
  classSetArchived: 'setup.classSetArchivedMessage',
  /** The class set does not teach the pupil's grade. */
  gradeNotInClassSet: 'setup.gradeNotInClassSetMessage',
  /** Moving a pupil to the class set they are in. */
  sameClassSet: 'setup.sameClassSetMessage',
  /** A move or withdrawal dated before the pupil joined their current class set. */
  dateBeforeEnrolment: 'setup.dateBeforeEnrolmentMessage',
  /** Moving or withdrawing a pupil who has left the school already. */
  pupilWithdrawn: 'setup.pupilWithdrawnMessage',
  /** Readmitting a pupil who is at school. */
  pupilAtSchool: 'setup.pupilAtSchoolMessage',
  /** Readmitting a pupil from a day not after their last day at school (`date`: the first day allowed). */
  readmitBeforeLeaving: 'setup.readmitBeforeLeavingMessage',
  /** Marking as left a member of staff who has left, or readmitting one who is at school. */
  staffStatusUnchanged: 'setup.staffStatusUnchangedMessage',
  /** Adding by hand a pupil the school has already (same names and birth date or class set). */
  duplicatePupil: 'setup.duplicatePupilMessage',
  /** The class set has another lesson on that weekday and period (or date and period). */
  slotTaken: 'setup.slotTakenMessage',
  /**
   * The teacher or assistant already has a lesson in another class set at that weekday and
   * period (or date and period); `classSet` names it. One remote lesson of one subject given
   * to several class sets at once is allowed.
   */
  staffBusy: 'setup.staffBusyMessage',
  /** The substitute named is the lesson's own teacher. */
  substituteIsTeacher: 'setup.substituteIsTeacherMessage',
} as const;
export type SetupErrorReason = (typeof SetupErrorReason)[keyof typeof SetupErrorReason];

export class SetupError extends Error {
  override readonly name = 'SetupError';
  constructor(
    readonly reason: SetupErrorReason,
    /** Values the message names, e.g. `{ count: 3 }` pupils still in a class set. */
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(`Setup change refused: ${reason}`);
  }
}
