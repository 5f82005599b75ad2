/**
 * The closed list of synced tables: one per domain entity. The Dexie schema, the outbox,
 * the sync protocol and the server's authorization all key off these names.
 *
 * WARNING: a name here is a table in every device's IndexedDB and in the server's data.
 * Renaming or removing one needs a Dexie version and a server migration.
 */
export const TableName = {
  schools: 'schools',
  academicYears: 'academicYears',
  classSets: 'classSets',
  pupils: 'pupils',
  enrolments: 'enrolments',
  staff: 'staff',
  groups: 'groups',
  subjects: 'subjects',
  timetableSlots: 'timetableSlots',
  lessonSessions: 'lessonSessions',
  attendanceMarks: 'attendanceMarks',
  calendarPlans: 'calendarPlans',
  lessonPlans: 'lessonPlans',
  resources: 'resources',
  sections: 'sections',
  topics: 'topics',
  learningObjectives: 'learningObjectives',
  assessments: 'assessments',
  items: 'items',
  assignments: 'assignments',
  attempts: 'attempts',
  answers: 'answers',
  marks: 'marks',
  feedback: 'feedback',
  gradingPolicies: 'gradingPolicies',
  welfareRecords: 'welfareRecords',
  lessonObservations: 'lessonObservations',
  attemptResults: 'attemptResults',
  linkMeasurements: 'linkMeasurements',
  conflicts: 'conflicts',
} as const;
export type TableName = (typeof TableName)[keyof typeof TableName];

export const TABLE_NAMES: readonly TableName[] = Object.values(TableName);

/**
 * How rows of a table change. `mutable` rows merge per field by clock; `appendOnly` rows
 * (a pupil's quiz attempt and answers) are written once and never conflict.
 */
export const TableKind = { mutable: 'mutable', appendOnly: 'appendOnly' } as const;
export type TableKind = (typeof TableKind)[keyof typeof TableKind];

export const TABLE_KIND: Readonly<Record<TableName, TableKind>> = Object.fromEntries(
  TABLE_NAMES.map((t) => [t, t === 'attempts' || t === 'answers' ? TableKind.appendOnly : TableKind.mutable]),
) as Record<TableName, TableKind>;

export function isTableName(value: unknown): value is TableName {
  return typeof value === 'string' && (TABLE_NAMES as readonly string[]).includes(value);
}
