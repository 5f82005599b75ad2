/**
 * An attendance mark: one pupil's status on one lesson session. Its id is
 * `derivedId(sessionId, pupilId)`, so a teacher and an assistant marking the same lesson on
 * two laptops offline edit one row and merge per field, instead of making two.
 * `classSetId` is the pupil's class set on that date (for group lessons too), and `date`
 * copies the session's, so reports and pull filters need no join.
 */
import { z } from 'zod';
import { AttendanceStatus } from '../attendance';
import { ValidationCode as V } from '../validation';
import { TextLimit, idRef, isoDateSchema, oneOf, text } from './fields';

export const ATTENDANCE_MARK_SCHEMA_VERSION = 1;

export const attendanceMarkSchema = z
  .object({
    sessionId: idRef<'LessonSession'>(),
    pupilId: idRef<'Pupil'>(),
    classSetId: idRef<'ClassSet'>(),
    date: isoDateSchema,
    status: oneOf(AttendanceStatus),
    /** Minutes late, when known; only for `late`. */
    minutesLate: z.number().int(V.notInteger).min(1, V.outOfRange).max(240, V.outOfRange).optional(),
    note: text(TextLimit.line).optional(),
  })
  .refine((m) => m.minutesLate === undefined || m.status === AttendanceStatus.late, {
    path: ['minutesLate'],
    message: V.notAllowed,
  });
export type AttendanceMark = z.infer<typeof attendanceMarkSchema>;
