/**
 * A lesson observation (сабақты бақылау / посещение урока): the head or a mentor watched a
 * colleague's lesson and records how the plan's criteria were met, notes and
 * recommendations; the observed teacher reads it and answers. Staff only. The observer
 * writes the observation, the observed teacher only the answer (`src/sync/fieldWriters.ts`).
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { TextLimit, idRef, isoDateSchema, oneOf, text } from './fields';

export const LESSON_OBSERVATION_SCHEMA_VERSION = 1;

/** How far a criterion was met in the lesson. */
export const CriterionMet = { yes: 'yes', partly: 'partly', no: 'no' } as const;
export type CriterionMet = (typeof CriterionMet)[keyof typeof CriterionMet];

export const ObservationStatus = {
  /** Being written: the observed teacher does not see it yet. */
  draft: 'draft',
  /** Shared with the observed teacher, who may answer. */
  shared: 'shared',
} as const;
export type ObservationStatus = (typeof ObservationStatus)[keyof typeof ObservationStatus];

const criterionSchema = z.object({
  text: text(TextLimit.line),
  met: oneOf(CriterionMet),
  comment: text(TextLimit.line).optional(),
});

export const lessonObservationSchema = z
  .object({
    /** The observed teacher. */
    teacherId: idRef<'Staff'>(),
    /** The head or mentor who observed. */
    observerId: idRef<'Staff'>(),
    date: isoDateSchema,
    sessionId: idRef<'LessonSession'>().optional(),
    lessonPlanId: idRef<'LessonPlan'>().optional(),
    classSetId: idRef<'ClassSet'>().optional(),
    subjectId: idRef<'Subject'>().optional(),
    criteria: z.array(criterionSchema).max(40, V.tooMany),
    notes: text(TextLimit.paragraph).optional(),
    recommendations: text(TextLimit.paragraph).optional(),
    status: oneOf(ObservationStatus),
    /** The observed teacher's answer. */
    teacherAnswer: text(TextLimit.paragraph).optional(),
  })
  .refine((o) => o.teacherId !== o.observerId, { path: ['observerId'], message: V.notAllowed });
export type LessonObservation = z.infer<typeof lessonObservationSchema>;
