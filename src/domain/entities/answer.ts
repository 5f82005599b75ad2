/**
 * A pupil's answer to one item within an attempt. Append-only: written once, as the pupil
 * answers, so a laptop that dies mid-test loses nothing, and kept for item analysis.
 * `isCorrect` and `points` are what `scoreAnswer` gave on the device, for a self-check item
 * only: the key of any other item is not on the pupil's laptop. A changed answer is a new
 * row; the latest `answeredAt` of an item in an attempt is the pupil's answer.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { idRef, instantSchema, maxScoreSchema, scoreSchema } from './fields';

export const ANSWER_SCHEMA_VERSION = 1;

export const ResponseKind = { choice: 'choice', number: 'number', text: 'text', pairs: 'pairs' } as const;
export type ResponseKind = (typeof ResponseKind)[keyof typeof ResponseKind];

const optionId = z.string().min(1, V.required).max(16, V.tooLong);

/** What the pupil gave: chosen option ids, a number, a text, or matched pairs. */
export const responseSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal(ResponseKind.choice), optionIds: z.array(optionId).max(12, V.tooMany) }),
    z.object({ kind: z.literal(ResponseKind.number), value: z.number() }),
    z.object({ kind: z.literal(ResponseKind.text), text: z.string().max(1_000, V.tooLong) }),
    z.object({ kind: z.literal(ResponseKind.pairs), pairs: z.array(z.tuple([optionId, optionId])).max(12, V.tooMany) }),
  ],
  { error: V.invalidChoice },
);
export type ItemResponse = z.infer<typeof responseSchema>;

export const answerSchema = z
  .object({
    attemptId: idRef<'Attempt'>(),
    pupilId: idRef<'Pupil'>(),
    itemId: idRef<'Item'>(),
    assessmentId: idRef<'Assessment'>(),
    response: responseSchema,
    isCorrect: z.boolean().optional(),
    points: scoreSchema.optional(),
    maxPoints: maxScoreSchema,
    /** Time on the item, for item analysis; capped at 3 hours to drop a laptop left open. */
    timeSpentMs: z
      .number()
      .int(V.notInteger)
      .min(0, V.negative)
      .max(3 * 3_600_000, V.outOfRange),
    answeredAt: instantSchema,
  })
  .refine((a) => a.points === undefined || a.points <= a.maxPoints, { path: ['points'], message: V.scoreAboveMax });
export type Answer = z.infer<typeof answerSchema>;
