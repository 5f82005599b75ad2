/**
 * The score of a submitted attempt. Its id is derived from the attempt's
 * (`attemptResultIdOf`), so the server and a teacher's laptop write one row.
 *
 * Two writers, two sets of fields that never overlap, so they merge without conflict:
 * - the server scores the auto-scored items from the keys it holds (`itemScores`,
 *   `autoPoints`, `late`), as soon as the attempt arrives;
 * - the teacher marks the written work by the criteria's descriptors (`descriptorsReached`,
 *   `rubricPoints`) and decides on a late attempt (`lateDecision`), offline on their laptop.
 * The total is the sum; written feedback to the pupil is a `feedback` row about the attempt.
 */
import { z } from 'zod';
import { derivedId } from '../ids';
import { ValidationCode as V } from '../validation';
import { flagSchema, idRef, instantSchema, maxScoreSchema, oneOf, scoreSchema } from './fields';

export const ATTEMPT_RESULT_SCHEMA_VERSION = 1;

export const LateDecision = { accepted: 'accepted', refused: 'refused' } as const;
export type LateDecision = (typeof LateDecision)[keyof typeof LateDecision];

const itemScoreSchema = z.object({ itemId: idRef<'Item'>(), points: scoreSchema, maxPoints: maxScoreSchema, isCorrect: z.boolean() });
export type ItemScore = z.infer<typeof itemScoreSchema>;

const indexSchema = z.number().int(V.notInteger).min(0, V.outOfRange).max(29, V.outOfRange);

export const attemptResultSchema = z
  .object({
    attemptId: idRef<'Attempt'>(),
    pupilId: idRef<'Pupil'>(),
    assessmentId: idRef<'Assessment'>(),
    assignmentId: idRef<'Assignment'>().optional(),
    itemScores: z.array(itemScoreSchema).max(200, V.tooMany).optional(),
    autoPoints: scoreSchema.optional(),
    autoMaxPoints: scoreSchema.optional(),
    scoredAt: instantSchema.optional(),
    late: flagSchema.optional(),
    /** [criterion index, descriptor index] pairs the teacher ticked. */
    descriptorsReached: z
      .array(z.tuple([indexSchema, indexSchema]))
      .max(300, V.tooMany)
      .optional(),
    rubricPoints: scoreSchema.optional(),
    markedById: idRef<'Staff'>().optional(),
    markedAt: instantSchema.optional(),
    lateDecision: oneOf(LateDecision).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.autoPoints !== undefined && r.autoMaxPoints !== undefined && r.autoPoints > r.autoMaxPoints)
      ctx.addIssue({ code: 'custom', path: ['autoPoints'], message: V.scoreAboveMax });
  });
export type AttemptResult = z.infer<typeof attemptResultSchema>;

export function attemptResultIdOf(attemptId: string): string {
  return derivedId('attemptResult', attemptId);
}

/** The fields only the server's scoring writes; a person's write of any is refused. */
export const SCORED_RESULT_FIELDS = ['itemScores', 'autoPoints', 'autoMaxPoints', 'scoredAt', 'late'] as const;
