/**
 * An enrolment: a pupil's membership of a class set over a span of dates. When a pupil moves
 * class (or a combined class is split) the old enrolment gets its `to` date and a new one
 * starts, so past attendance and marks still show under the class they were made in.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { gradeSchema, idRef, isoDateSchema } from './fields';

export const ENROLMENT_SCHEMA_VERSION = 1;

export const enrolmentSchema = z
  .object({
    pupilId: idRef<'Pupil'>(),
    classSetId: idRef<'ClassSet'>(),
    /** The pupil's grade during this enrolment (a combined set holds several). */
    grade: gradeSchema,
    from: isoDateSchema,
    /** Last day in the class set, inclusive; absent while the enrolment is current. */
    to: isoDateSchema.optional(),
  })
  .refine((e) => e.to === undefined || e.from <= e.to, { path: ['to'], message: V.dateOrder });
export type Enrolment = z.infer<typeof enrolmentSchema>;
