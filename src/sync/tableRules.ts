/**
 * Who may read and write each synced table. The server enforces these rules on every
 * mutation and every pull; a device never decides them. One table of data, not code spread
 * across handlers, so the whole role × table × operation matrix can be tested from here.
 */
import { Role } from '../domain/roles';
import { TableName } from '../domain/tables';

/**
 * Which devices receive a row of the table (the read rules themselves: `readAccess.ts`).
 * - `school`: everyone of the school (pupils too): names of subjects, class sets, resources.
 * - `schoolStaff`: head, teachers and assistants only; never on a pupil's or a methodologist's
 *   device (plans, welfare notes, conflicts). Stored as `'staff'` in `records.audience`.
 * - `classSet`: school staff and methodologists, and pupils of the row's `classSetId`.
 * - `pupil`: school staff and methodologists, and the one pupil of the row's `pupilId` (marks, attempts, attendance).
 * - `self`: school staff and methodologists, and the pupil whose own record this is (`id` is the pupil id).
 */
export const Audience = {
  school: 'school',
  // WARNING: the value is stored in every server's `records.audience`; changing it needs a migration.
  schoolStaff: 'staff',
  classSet: 'classSet',
  pupil: 'pupil',
  self: 'self',
} as const;
export type Audience = (typeof Audience)[keyof typeof Audience];

export interface TableRule {
  audience: Audience;
  /** Roles that may create and change rows. A pupil may only write rows of their own pupilId. */
  writers: readonly Role[];
}

const { head, teacher, assistant, pupil } = Role;
const SETUP = [head] as const;
const TEACHING = [head, teacher] as const;
const JOURNAL = [head, teacher, assistant] as const;

export const TABLE_RULES: Readonly<Record<TableName, TableRule>> = {
  schools: { audience: Audience.school, writers: SETUP },
  academicYears: { audience: Audience.school, writers: SETUP },
  classSets: { audience: Audience.school, writers: SETUP },
  pupils: { audience: Audience.self, writers: SETUP },
  enrolments: { audience: Audience.pupil, writers: SETUP },
  staff: { audience: Audience.school, writers: SETUP },
  groups: { audience: Audience.schoolStaff, writers: TEACHING },
  subjects: { audience: Audience.school, writers: SETUP },
  timetableSlots: { audience: Audience.classSet, writers: SETUP },
  lessonSessions: { audience: Audience.classSet, writers: JOURNAL },
  attendanceMarks: { audience: Audience.pupil, writers: JOURNAL },
  calendarPlans: { audience: Audience.schoolStaff, writers: TEACHING },
  lessonPlans: { audience: Audience.schoolStaff, writers: TEACHING },
  resources: { audience: Audience.school, writers: TEACHING },
  sections: { audience: Audience.school, writers: TEACHING },
  topics: { audience: Audience.school, writers: TEACHING },
  learningObjectives: { audience: Audience.school, writers: TEACHING },
  assessments: { audience: Audience.school, writers: TEACHING },
  items: { audience: Audience.school, writers: TEACHING },
  assignments: { audience: Audience.classSet, writers: TEACHING },
  // Staff too: an assistant records each pupil's answers of a quick check on a class laptop.
  attempts: { audience: Audience.pupil, writers: [pupil, ...JOURNAL] },
  answers: { audience: Audience.pupil, writers: [pupil, ...JOURNAL] },
  marks: { audience: Audience.pupil, writers: TEACHING },
  feedback: { audience: Audience.pupil, writers: JOURNAL },
  gradingPolicies: { audience: Audience.school, writers: SETUP },
  welfareRecords: { audience: Audience.schoolStaff, writers: TEACHING },
  lessonObservations: { audience: Audience.schoolStaff, writers: TEACHING },
  attemptResults: { audience: Audience.pupil, writers: TEACHING },
  // Any staff member's laptop measures the school's link; the district sees aggregates only.
  linkMeasurements: { audience: Audience.schoolStaff, writers: JOURNAL },
  conflicts: { audience: Audience.schoolStaff, writers: JOURNAL },
};

export function mayWrite(roles: readonly Role[], table: TableName): boolean {
  const writers = TABLE_RULES[table].writers;
  return roles.some((r) => writers.includes(r));
}

/** The pupil a row belongs to, for `pupil` and `self` audiences. */
export function ownerPupilId(table: TableName, row: { id: string; pupilId?: unknown }): string | undefined {
  const audience = TABLE_RULES[table].audience;
  if (audience === Audience.self) return row.id;
  if (audience === Audience.pupil && typeof row.pupilId === 'string') return row.pupilId;
  return undefined;
}
