/**
 * A lesson session: one lesson on one date, the unit attendance and the journal hang on.
 * Made from a timetable slot (`slotId`) or added by hand (an extra or moved lesson).
 * Two devices that open the same slot's lesson offline should make the same row: give it
 * the id `derivedId(slotId, date)` so their edits merge instead of duplicating.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { TextLimit, idRef, isoDateSchema, oneOf, text } from './fields';
import { LessonMode, audienceFields, hasOneAudience, periodSchema } from './lessonMode';

export const LESSON_SESSION_SCHEMA_VERSION = 1;

export const LessonStatus = { planned: 'planned', held: 'held', cancelled: 'cancelled' } as const;
export type LessonStatus = (typeof LessonStatus)[keyof typeof LessonStatus];

export const lessonSessionSchema = z
  .object({
    ...audienceFields,
    date: isoDateSchema,
    period: periodSchema,
    subjectId: idRef<'Subject'>(),
    teacherId: idRef<'Staff'>(),
    assistantId: idRef<'Staff'>().optional(),
    mode: oneOf(LessonMode),
    slotId: idRef<'TimetableSlot'>().optional(),
    status: oneOf(LessonStatus),
    /** Who actually taught when the teacher was away (often the assistant). */
    substituteTeacherId: idRef<'Staff'>().optional(),
    /** The lesson's topic as written in the journal. */
    topic: text(TextLimit.title).optional(),
    topicId: idRef<'Topic'>().optional(),
    lessonPlanId: idRef<'LessonPlan'>().optional(),
    homework: text(TextLimit.line).optional(),
    note: text(TextLimit.line).optional(),
  })
  .superRefine((s, ctx) => {
    if (!hasOneAudience(s)) ctx.addIssue({ code: 'custom', path: ['classSetId'], message: V.exactlyOne });
    if (s.substituteTeacherId !== undefined && s.substituteTeacherId === s.teacherId)
      ctx.addIssue({ code: 'custom', path: ['substituteTeacherId'], message: V.notAllowed });
  });
export type LessonSession = z.infer<typeof lessonSessionSchema>;

/** Who taught the lesson in fact: the substitute if there was one. */
export function actualTeacherId(session: Pick<LessonSession, 'teacherId' | 'substituteTeacherId'>) {
  return session.substituteTeacherId ?? session.teacherId;
}
