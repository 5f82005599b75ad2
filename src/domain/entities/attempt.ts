/**
 * A pupil's submitted attempt at an assessment: the paper as handed in. Append-only:
 * written once, at submission, with every final response, so the server scores it from
 * this row and the items it names, whatever order the answers (`answers`, written one by
 * one as the pupil works, for progress and item analysis) arrive in.
 *
 * `itemIds` are the item versions the pupil got, in order (a drawn test is recorded, and an
 * item edited later is scored as the pupil saw it). `deviceId` names the (often shared)
 * laptop, so every attempt is attributable; two laptops make two attempts, never one sum.
 * `score` is the laptop's own score of a self-check; summatives are scored on the server
 * (`attemptResults`), since their keys never reach a pupil's laptop.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { responseSchema } from './answer';
import { TextLimit, flagSchema, idRef, idRefs, instantSchema, maxScoreSchema, scoreSchema, text } from './fields';

export const ATTEMPT_SCHEMA_VERSION = 1;

const finalResponseSchema = z.object({ itemId: idRef<'Item'>(), response: responseSchema });
const writtenResponseSchema = z.object({ taskId: z.string().min(1, V.required).max(16, V.tooLong), text: text(TextLimit.paragraph) });

export const attemptSchema = z
  .object({
    assignmentId: idRef<'Assignment'>().optional(),
    assessmentId: idRef<'Assessment'>(),
    pupilId: idRef<'Pupil'>(),
    deviceId: idRef<'Device'>().optional(),
    startedAt: instantSchema,
    submittedAt: instantSchema,
    /** The laptop's score of a self-check; absent where only the server can score. */
    score: scoreSchema.optional(),
    maxScore: maxScoreSchema,
    itemIds: idRefs<'Item'>(200),
    responses: z.array(finalResponseSchema).max(200, V.tooMany).optional(),
    writtenResponses: z.array(writtenResponseSchema).max(10, V.tooMany).optional(),
    /** Submitted after the assignment's due time (by the laptop's clock); the teacher decides. */
    late: flagSchema.optional(),
    /** Submitted by the time limit running out rather than by the pupil. */
    timedOut: flagSchema.optional(),
    /** Answered on a shared laptop in class, chosen from the register by an assistant. */
    recordedById: idRef<'Staff'>().optional(),
  })
  .superRefine((a, ctx) => {
    if (a.score !== undefined && a.score > a.maxScore) ctx.addIssue({ code: 'custom', path: ['score'], message: V.scoreAboveMax });
    if (a.submittedAt < a.startedAt) ctx.addIssue({ code: 'custom', path: ['submittedAt'], message: V.dateOrder });
    const items = new Set(a.itemIds);
    if ((a.responses ?? []).some((r) => !items.has(r.itemId))) ctx.addIssue({ code: 'custom', path: ['responses'], message: V.invalidChoice });
  });
export type Attempt = z.infer<typeof attemptSchema>;
