/**
 * Record ids. Every synced row gets a UUIDv7 made on the device that created it, offline:
 * the time prefix keeps ids roughly in creation order (good B-tree locality on the server
 * and in IndexedDB) and the random tail makes collisions between devices negligible.
 *
 * Pure: the caller passes the time and the random bytes, so tests are deterministic.
 */

import { cyrb128 } from './hash128';

declare const brand: unique symbol;
/** A string id tagged with the entity it names, so a PupilId cannot be passed as a SchoolId. */
export type Id<Entity extends string> = string & { readonly [brand]: Entity };

export type SchoolId = Id<'School'>;
export type PupilId = Id<'Pupil'>;
export type StaffId = Id<'Staff'>;
export type ClassSetId = Id<'ClassSet'>;
export type UserId = Id<'User'>;
export type DeviceId = Id<'Device'>;
export type AcademicYearId = Id<'AcademicYear'>;
export type EnrolmentId = Id<'Enrolment'>;
export type GroupId = Id<'Group'>;
export type SubjectId = Id<'Subject'>;
export type TimetableSlotId = Id<'TimetableSlot'>;
export type LessonSessionId = Id<'LessonSession'>;
export type AttendanceMarkId = Id<'AttendanceMark'>;
export type CalendarPlanId = Id<'CalendarPlan'>;
export type LessonPlanId = Id<'LessonPlan'>;
export type ResourceId = Id<'Resource'>;
export type SectionId = Id<'Section'>;
export type TopicId = Id<'Topic'>;
export type LearningObjectiveId = Id<'LearningObjective'>;
export type AssessmentId = Id<'Assessment'>;
export type ItemId = Id<'Item'>;
export type AssignmentId = Id<'Assignment'>;
export type AttemptId = Id<'Attempt'>;
export type AnswerId = Id<'Answer'>;
export type MarkId = Id<'Mark'>;
export type FeedbackId = Id<'Feedback'>;
export type GradingPolicyId = Id<'GradingPolicy'>;
export type WelfareRecordId = Id<'WelfareRecord'>;
export type ConflictId = Id<'Conflict'>;

/**
 * Tag a plain string as an id of one entity. Use at the edges where an id arrives untyped
 * (a route parameter, a freshly made `uuidv7`); parsing a row with its entity schema tags
 * its reference fields already.
 */
export function asId<Entity extends string>(value: string): Id<Entity> {
  return value as Id<Entity>;
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function formatUuid(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += HEX[bytes[i]!];
  }
  return s;
}

/** UUIDv7 (RFC 9562): 48-bit Unix milliseconds, version 7, 74 random bits, variant 10. */
export function uuidv7(nowMs: number, random: Uint8Array): string {
  if (random.length < 10) throw new RangeError('uuidv7 needs 10 random bytes');
  const b = new Uint8Array(16);
  let ms = Math.max(0, Math.floor(nowMs));
  for (let i = 5; i >= 0; i--) {
    b[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  b.set(random.subarray(0, 10), 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  return formatUuid(b);
}

/** The millisecond timestamp a UUIDv7 was made at. */
export function uuidv7Time(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}

/**
 * A stable id derived from other ids (UUIDv8 layout over a 128-bit hash). Used where two
 * devices must create "the same" row offline without talking, e.g. one attendance mark per
 * (lesson session, pupil): both laptops then edit one row, and merge is per field instead of
 * leaving duplicates. Not cryptographic: the inputs are ids, not secrets.
 */
export function derivedId(...parts: string[]): string {
  const words = cyrb128(parts.join('\u0000'));
  const b = new Uint8Array(16);
  const view = new DataView(b.buffer);
  words.forEach((word, i) => view.setUint32(i * 4, word));
  b[6] = (b[6]! & 0x0f) | 0x80;
  b[8] = (b[8]! & 0x3f) | 0x80;
  return formatUuid(b);
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
