/**
 * A pupil's submitted attempt at an assessment. Append-only: written once at submission
 * with its score; the answers (written one by one before it) keep the work in progress.
 * `itemIds` are the items the pupil got, in order, so a drawn test can be reviewed later.
 * `deviceId` names the (often shared) laptop, so every attempt is attributable.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { idRef, idRefs, instantSchema, maxScoreSchema, scoreSchema } from './fields';

export const ATTEMPT_SCHEMA_VERSION = 1;

export const attemptSchema = z
  .object({
    assignmentId: idRef<'Assignment'>().optional(),
    assessmentId: idRef<'Assessment'>(),
    pupilId: idRef<'Pupil'>(),
    deviceId: idRef<'Device'>().optional(),
    startedAt: instantSchema,
    submittedAt: instantSchema,
    score: scoreSchema,
    maxScore: maxScoreSchema,
    itemIds: idRefs<'Item'>(200),
  })
  .superRefine((a, ctx) => {
    if (a.score > a.maxScore) ctx.addIssue({ code: 'custom', path: ['score'], message: V.scoreAboveMax });
    if (a.submittedAt < a.startedAt) ctx.addIssue({ code: 'custom', path: ['submittedAt'], message: V.dateOrder });
  });
export type Attempt = z.infer<typeof attemptSchema>;
