/**
 * A pupil's record in the "Digital teacher" programme (Цифрлық ұстаз): eligibility
 * (low-income family), the psychologist's notes, the subjects chosen, the lagging topics the
 * digital teacher records, and score checkpoints from the starting point on, so growth can
 * be analysed at the end.
 *
 * SENSITIVE: staff-only. Low-income status and psychologist notes never reach a pupil's
 * device, a log or a URL.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { DIGITAL_TEACHER_GROUP } from './group';
import { TextLimit, flagSchema, idRef, idRefs, isoDateSchema, maxScoreSchema, oneOf, scoreSchema, text } from './fields';

export const WELFARE_RECORD_SCHEMA_VERSION = 1;

export const CheckpointKind = { start: 'start', interim: 'interim', end: 'end' } as const;
export type CheckpointKind = (typeof CheckpointKind)[keyof typeof CheckpointKind];

const laggingTopicSchema = z.object({
  subjectId: idRef<'Subject'>(),
  topicId: idRef<'Topic'>().optional(),
  note: text(TextLimit.line).optional(),
  recordedOn: isoDateSchema,
  /** Set when the teacher judges the gap closed. */
  closedOn: isoDateSchema.optional(),
});

const checkpointSchema = z
  .object({
    subjectId: idRef<'Subject'>(),
    kind: oneOf(CheckpointKind),
    date: isoDateSchema,
    score: scoreSchema,
    maxScore: maxScoreSchema,
  })
  .refine((c) => c.score <= c.maxScore, { path: ['score'], message: V.scoreAboveMax });

export const welfareRecordSchema = z.object({
  pupilId: idRef<'Pupil'>(),
  lowIncome: flagSchema,
  /**
   * The day the parent's application to the programme was recorded (seed 003: entry is on
   * the parent's application). Optional and added without a version step: rows stored before
   * it validate as they are, and mean "no application recorded yet".
   */
  applicationOn: isoDateSchema.optional(),
  psychologistNotes: text(TextLimit.paragraph).optional(),
  /** The programme subjects the pupil chose (two of six). */
  subjectIds: idRefs<'Subject'>(DIGITAL_TEACHER_GROUP.subjectsPerPupil),
  groupIds: idRefs<'Group'>(DIGITAL_TEACHER_GROUP.subjectsPerPupil).optional(),
  laggingTopics: z.array(laggingTopicSchema).max(200, V.tooMany),
  checkpoints: z.array(checkpointSchema).max(100, V.tooMany),
});
export type WelfareRecord = z.infer<typeof welfareRecordSchema>;
