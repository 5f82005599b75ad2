/**
 * How a lesson reaches the room, after the four teaching models of small schools.
 * Shared by timetable slots and the lesson sessions made from them.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { idRef } from './fields';

export const LessonMode = {
  /** The school's own teacher in the room (model 3). */
  inClass: 'inClass',
  /** A hub-school teacher teaches remotely; a local assistant keeps the room (model 2). */
  fromHub: 'fromHub',
  /** A regional streamed lesson for a whole grade (model 1). */
  streamed: 'streamed',
  /** From resources downloaded beforehand, without a link (model 4). */
  offline: 'offline',
} as const;
export type LessonMode = (typeof LessonMode)[keyof typeof LessonMode];

/**
 * Lesson number in the day. 0 allows the "zero lesson" some schools hold before the first;
 * 12 covers a second shift.
 */
export const periodSchema = z.number().int(V.notInteger).min(0, V.outOfRange).max(12, V.outOfRange);

/**
 * Who a lesson is for: a class set, or a group (e.g. a Digital teacher group whose pupils
 * may come from different class sets). Exactly one is set (`hasOneAudience`).
 */
export const audienceFields = {
  classSetId: idRef<'ClassSet'>().optional(),
  groupId: idRef<'Group'>().optional(),
};

export function hasOneAudience(row: { classSetId?: string | undefined; groupId?: string | undefined }): boolean {
  return (row.classSetId === undefined) !== (row.groupId === undefined);
}
