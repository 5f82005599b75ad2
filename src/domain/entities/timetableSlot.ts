/**
 * A timetable slot: a weekly recurring lesson (weekday, period) of a class set or group,
 * valid over a span of dates. Lesson sessions are made from slots day by day; a timetable
 * change ends the old slot (`validTo`) and starts a new one, so past sessions keep theirs.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { idRef, isoDateSchema, oneOf } from './fields';
import { LessonMode, audienceFields, hasOneAudience, periodSchema } from './lessonMode';

export const TIMETABLE_SLOT_SCHEMA_VERSION = 1;

export const timetableSlotSchema = z
  .object({
    ...audienceFields,
    /** ISO weekday, 1 = Monday ... 7 = Sunday. */
    weekday: z.number().int(V.notInteger).min(1, V.outOfRange).max(7, V.outOfRange),
    period: periodSchema,
    subjectId: idRef<'Subject'>(),
    teacherId: idRef<'Staff'>(),
    /** The local assistant beside a remote or streamed lesson. */
    assistantId: idRef<'Staff'>().optional(),
    mode: oneOf(LessonMode),
    validFrom: isoDateSchema,
    /** Last day the slot applies, inclusive; absent while current. */
    validTo: isoDateSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (!hasOneAudience(s)) ctx.addIssue({ code: 'custom', path: ['classSetId'], message: V.exactlyOne });
    if (s.validTo !== undefined && s.validTo < s.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: V.dateOrder });
    if (s.assistantId !== undefined && s.assistantId === s.teacherId) ctx.addIssue({ code: 'custom', path: ['assistantId'], message: V.notAllowed });
  });
export type TimetableSlot = z.infer<typeof timetableSlotSchema>;
