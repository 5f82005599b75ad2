/**
 * Every synced table's entity schema in one map, and the schemas built from it: a whole
 * synced row (entity fields + sync envelope) and the fields of a change.
 *
 * Entity schemas hold only the entity's own fields; the envelope (`id`, `schoolId`,
 * `clocks`, `deleted`, `schemaVersion`) is `syncMetaSchema`. Rows of an older schema
 * version are upgraded with `migrateRow` (../migrations) before they are validated here.
 */
import { LESSON_OBSERVATION_SCHEMA_VERSION, lessonObservationSchema } from './lessonObservation';
import { LINK_MEASUREMENT_SCHEMA_VERSION, linkMeasurementSchema } from './linkMeasurement';
import { z } from 'zod';
import { syncMetaSchema, type Synced } from '../syncedRow';
import type { TableName } from '../tables';
import { ACADEMIC_YEAR_SCHEMA_VERSION, academicYearSchema } from './academicYear';
import { ANSWER_SCHEMA_VERSION, answerSchema } from './answer';
import { ASSESSMENT_SCHEMA_VERSION, assessmentSchema } from './assessment';
import { ASSIGNMENT_SCHEMA_VERSION, assignmentSchema } from './assignment';
import { ATTEMPT_SCHEMA_VERSION, attemptSchema } from './attempt';
import { ATTEMPT_RESULT_SCHEMA_VERSION, attemptResultSchema } from './attemptResult';
import { ATTENDANCE_MARK_SCHEMA_VERSION, attendanceMarkSchema } from './attendanceMark';
import { CALENDAR_PLAN_SCHEMA_VERSION, calendarPlanSchema } from './calendarPlan';
import { CLASS_SET_SCHEMA_VERSION, classSetSchema } from './classSet';
import { CONFLICT_SCHEMA_VERSION, conflictSchema } from './conflict';
import {
  LEARNING_OBJECTIVE_SCHEMA_VERSION,
  SECTION_SCHEMA_VERSION,
  TOPIC_SCHEMA_VERSION,
  learningObjectiveSchema,
  sectionSchema,
  topicSchema,
} from './curriculum';
import { ENROLMENT_SCHEMA_VERSION, enrolmentSchema } from './enrolment';
import { FEEDBACK_SCHEMA_VERSION, feedbackSchema } from './feedback';
import { GRADING_POLICY_SCHEMA_VERSION, gradingPolicySchema } from './gradingPolicy';
import { GROUP_SCHEMA_VERSION, groupSchema } from './group';
import { ITEM_SCHEMA_VERSION, itemSchema } from './item';
import { LESSON_PLAN_SCHEMA_VERSION, lessonPlanSchema } from './lessonPlan';
import { LESSON_SESSION_SCHEMA_VERSION, lessonSessionSchema } from './lessonSession';
import { MARK_SCHEMA_VERSION, markSchema } from './mark';
import { PUPIL_SCHEMA_VERSION, pupilSchema } from './pupil';
import { RESOURCE_SCHEMA_VERSION, resourceSchema } from './resource';
import { SCHOOL_SCHEMA_VERSION, schoolSchema } from './school';
import { STAFF_SCHEMA_VERSION, staffSchema } from './staff';
import { SUBJECT_SCHEMA_VERSION, subjectSchema } from './subject';
import { TIMETABLE_SLOT_SCHEMA_VERSION, timetableSlotSchema } from './timetableSlot';
import { WELFARE_RECORD_SCHEMA_VERSION, welfareRecordSchema } from './welfareRecord';

export const ENTITY_SCHEMAS = {
  schools: schoolSchema,
  academicYears: academicYearSchema,
  classSets: classSetSchema,
  pupils: pupilSchema,
  enrolments: enrolmentSchema,
  staff: staffSchema,
  groups: groupSchema,
  subjects: subjectSchema,
  timetableSlots: timetableSlotSchema,
  lessonSessions: lessonSessionSchema,
  attendanceMarks: attendanceMarkSchema,
  calendarPlans: calendarPlanSchema,
  lessonPlans: lessonPlanSchema,
  resources: resourceSchema,
  sections: sectionSchema,
  topics: topicSchema,
  learningObjectives: learningObjectiveSchema,
  assessments: assessmentSchema,
  items: itemSchema,
  assignments: assignmentSchema,
  attempts: attemptSchema,
  answers: answerSchema,
  marks: markSchema,
  feedback: feedbackSchema,
  gradingPolicies: gradingPolicySchema,
  welfareRecords: welfareRecordSchema,
  lessonObservations: lessonObservationSchema,
  attemptResults: attemptResultSchema,
  linkMeasurements: linkMeasurementSchema,
  conflicts: conflictSchema,
} as const satisfies { readonly [T in TableName]: z.ZodObject };

/** The entity type (own fields, no envelope) of a table's rows. */
export type EntityOf<T extends TableName> = z.infer<(typeof ENTITY_SCHEMAS)[T]>;
/** A whole stored row of a table: entity fields plus the sync envelope. */
export type SyncedRowOf<T extends TableName> = Synced<EntityOf<T>>;

/**
 * The current schema version of each table; new rows are written with it.
 * WARNING: raise a version only together with a migration step for it (../migrations).
 */
export const SCHEMA_VERSIONS: Readonly<Record<TableName, number>> = {
  schools: SCHOOL_SCHEMA_VERSION,
  academicYears: ACADEMIC_YEAR_SCHEMA_VERSION,
  classSets: CLASS_SET_SCHEMA_VERSION,
  pupils: PUPIL_SCHEMA_VERSION,
  enrolments: ENROLMENT_SCHEMA_VERSION,
  staff: STAFF_SCHEMA_VERSION,
  groups: GROUP_SCHEMA_VERSION,
  subjects: SUBJECT_SCHEMA_VERSION,
  timetableSlots: TIMETABLE_SLOT_SCHEMA_VERSION,
  lessonSessions: LESSON_SESSION_SCHEMA_VERSION,
  attendanceMarks: ATTENDANCE_MARK_SCHEMA_VERSION,
  calendarPlans: CALENDAR_PLAN_SCHEMA_VERSION,
  lessonPlans: LESSON_PLAN_SCHEMA_VERSION,
  resources: RESOURCE_SCHEMA_VERSION,
  sections: SECTION_SCHEMA_VERSION,
  topics: TOPIC_SCHEMA_VERSION,
  learningObjectives: LEARNING_OBJECTIVE_SCHEMA_VERSION,
  assessments: ASSESSMENT_SCHEMA_VERSION,
  items: ITEM_SCHEMA_VERSION,
  assignments: ASSIGNMENT_SCHEMA_VERSION,
  attempts: ATTEMPT_SCHEMA_VERSION,
  answers: ANSWER_SCHEMA_VERSION,
  marks: MARK_SCHEMA_VERSION,
  feedback: FEEDBACK_SCHEMA_VERSION,
  gradingPolicies: GRADING_POLICY_SCHEMA_VERSION,
  welfareRecords: WELFARE_RECORD_SCHEMA_VERSION,
  lessonObservations: LESSON_OBSERVATION_SCHEMA_VERSION,
  attemptResults: ATTEMPT_RESULT_SCHEMA_VERSION,
  linkMeasurements: LINK_MEASUREMENT_SCHEMA_VERSION,
  conflicts: CONFLICT_SCHEMA_VERSION,
};

const syncedRowCache = new Map<TableName, z.ZodType>();

/**
 * A whole synced row of `table`: the entity's fields with its cross-field rules, plus the
 * envelope. Validate a row after migrating it to the current version.
 */
export function syncedRowSchema<T extends TableName>(table: T): z.ZodType<SyncedRowOf<T>> {
  let schema = syncedRowCache.get(table);
  if (!schema) {
    schema = (ENTITY_SCHEMAS[table] as z.ZodObject).safeExtend(syncMetaSchema.shape);
    syncedRowCache.set(table, schema);
  }
  return schema as z.ZodType<SyncedRowOf<T>>;
}

const entityFieldSchemas = new Map<TableName, ReadonlyMap<string, z.ZodType>>();

/** The schema of one entity field of `table`, or `undefined` if the entity has no such field. */
export function entityFieldSchema(table: TableName, field: string): z.ZodType | undefined {
  // Asked for every field of every change a server screens: a map made once per table is
  // cheaper than zod's `shape` getter and an own-property test each time.
  let fields = entityFieldSchemas.get(table);
  if (!fields) {
    const shape: Readonly<Record<string, z.ZodType>> = ENTITY_SCHEMAS[table].shape;
    fields = new Map(Object.keys(shape).map((name) => [name, shape[name]!]));
    entityFieldSchemas.set(table, fields);
  }
  return fields.get(field);
}

/** The fields a change may carry: any subset, `null` to clear an optional one, and `deleted`. */
export type ChangeFieldsOf<T extends TableName> = {
  [K in keyof EntityOf<T>]?: undefined extends EntityOf<T>[K] ? EntityOf<T>[K] | null : EntityOf<T>[K];
} & { deleted?: boolean };

const changeFieldsCache = new Map<TableName, z.ZodType>();

/**
 * The fields of a change to a row of `table`, each checked on its own. Unknown fields are
 * rejected (`unknownField`) rather than silently dropped. `null` clears an optional field
 * (JSON has no `undefined`): the stored row lacks the field and keeps its clock, see
 * `withoutClearedFields`. Required fields cannot be cleared. Rules across fields (score ≤ max score, date order)
 * need the whole row: check the merged row with `ENTITY_SCHEMAS[table]`.
 */
export function changeFieldsSchema<T extends TableName>(table: T): z.ZodType<ChangeFieldsOf<T>> {
  let schema = changeFieldsCache.get(table);
  if (!schema) {
    const shape: Record<string, z.ZodType> = {};
    for (const [field, fieldSchema] of Object.entries(ENTITY_SCHEMAS[table].shape as Record<string, z.ZodType>)) {
      shape[field] = fieldSchema.isOptional() ? fieldSchema.nullable().optional() : fieldSchema.optional();
    }
    shape['deleted'] = syncMetaSchema.shape.deleted;
    schema = z.strictObject(shape);
    changeFieldsCache.set(table, schema);
  }
  return schema as z.ZodType<ChangeFieldsOf<T>>;
}

/** Whether an own field is `null`; walked in place, with no list of values made per row. */
function hasNullField(row: Record<string, unknown>): boolean {
  for (const k in row) if (Object.prototype.hasOwnProperty.call(row, k) && row[k] === null) return true;
  return false;
}

/**
 * Drop fields a change cleared with `null`, giving the entity shape the schemas expect. The
 * row itself when nothing is cleared (most new rows): the server asks this of every new row
 * it validates.
 */
export function withoutClearedFields<R extends Record<string, unknown>>(row: R): R {
  if (!hasNullField(row)) return row;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(row)) {
    const v = row[k];
    if (v !== null) out[k] = v;
  }
  return out as R;
}
