/**
 * A pupil (оқушы / ученик). Only what the journal needs: minimum personal data on devices.
 * A pupil row's sync `id` is the pupil's id, so unlike rows that belong to a pupil it has no
 * `pupilId` field (see `ROW_SCOPE`). `classSetId` and `grade` are the current ones; class
 * history is kept in enrolments.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { TextLimit, gradeSchema, idRef, isoDateSchema, oneOf, text } from './fields';

export const PUPIL_SCHEMA_VERSION = 1;

export const PupilStatus = { active: 'active', withdrawn: 'withdrawn' } as const;
export type PupilStatus = (typeof PupilStatus)[keyof typeof PupilStatus];

export const pupilSchema = z
  .object({
    surname: text(TextLimit.personName),
    name: text(TextLimit.personName),
    /** Әкесінің аты / отчество; many pupils have none. */
    patronymic: text(TextLimit.personName).optional(),
    grade: gradeSchema,
    classSetId: idRef<'ClassSet'>(),
    birthDate: isoDateSchema.optional(),
    status: oneOf(PupilStatus),
    /** Set exactly when the pupil is withdrawn (left the school). */
    withdrawnOn: isoDateSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.status === PupilStatus.withdrawn && p.withdrawnOn === undefined)
      ctx.addIssue({ code: 'custom', path: ['withdrawnOn'], message: V.dependentRequired });
    if (p.status === PupilStatus.active && p.withdrawnOn !== undefined)
      ctx.addIssue({ code: 'custom', path: ['withdrawnOn'], message: V.notAllowed });
    if (p.birthDate !== undefined && p.withdrawnOn !== undefined && p.withdrawnOn < p.birthDate)
      ctx.addIssue({ code: 'custom', path: ['withdrawnOn'], message: V.dateOrder });
  });
export type Pupil = z.infer<typeof pupilSchema>;
