/** Words for a refused change: what it was (its table) and why the server refused it. */
import type { TableName } from '@/domain/tables';
import type { RejectionReason } from '@/sync/protocol';
import { isValidationCode, ValidationCode } from '@/domain/validation';

export const TABLE_LABEL_KEYS = {
  schools: 'sync:schoolsTableLabel',
  academicYears: 'sync:academicYearsTableLabel',
  classSets: 'sync:classSetsTableLabel',
  pupils: 'sync:pupilsTableLabel',
  enrolments: 'sync:enrolmentsTableLabel',
  staff: 'sync:staffTableLabel',
  groups: 'sync:groupsTableLabel',
  subjects: 'sync:subjectsTableLabel',
  timetableSlots: 'sync:timetableSlotsTableLabel',
  lessonSessions: 'sync:lessonSessionsTableLabel',
  attendanceMarks: 'sync:attendanceMarksTableLabel',
  calendarPlans: 'sync:calendarPlansTableLabel',
  lessonPlans: 'sync:lessonPlansTableLabel',
  resources: 'sync:resourcesTableLabel',
  sections: 'sync:sectionsTableLabel',
  topics: 'sync:topicsTableLabel',
  learningObjectives: 'sync:learningObjectivesTableLabel',
  assessments: 'sync:assessmentsTableLabel',
  items: 'sync:itemsTableLabel',
  assignments: 'sync:assignmentsTableLabel',
  attempts: 'sync:attemptsTableLabel',
  answers: 'sync:answersTableLabel',
  marks: 'sync:marksTableLabel',
  feedback: 'sync:feedbackTableLabel',
  gradingPolicies: 'sync:gradingPoliciesTableLabel',
  welfareRecords: 'sync:welfareRecordsTableLabel',
  lessonObservations: 'sync:lessonObservationsTableLabel',
  attemptResults: 'sync:attemptResultsTableLabel',
  linkMeasurements: 'sync:linkMeasurementsTableLabel',
  conflicts: 'sync:conflictsTableLabel',
} as const satisfies Record<TableName, `sync:${string}TableLabel`>;

export const REJECTION_REASON_KEYS = {
  forbidden: 'sync:forbiddenReasonMessage',
  wrongSchool: 'sync:wrongSchoolReasonMessage',
  invalid: 'sync:invalidReasonMessage',
  appendOnlyConflict: 'sync:appendOnlyConflictReasonMessage',
  invalidStamp: 'sync:invalidStampReasonMessage',
  stampAhead: 'sync:stampAheadReasonMessage',
  unsupported: 'sync:unsupportedReasonMessage',
  unknownFields: 'sync:unknownFieldsReasonMessage',
} as const satisfies Record<RejectionReason, `sync:${string}Message`>;

/**
 * A rejection issue (`path:code`, rule V4) as a field path and a key of the `validation`
 * namespace; a code this app does not know (a newer server) reads as "not valid".
 */
export function rejectionIssue(issue: string): { path: string; key: ValidationCode } {
  const at = issue.lastIndexOf(':');
  const code = issue.slice(at + 1);
  return { path: at > 0 ? issue.slice(0, at) : '', key: isValidationCode(code) ? code : ValidationCode.invalid };
}
