/**
 * A mark in the journal. Formative and summative results are kept in points (`score` of
 * `maxScore`), as the journal records them; a term or year mark is on the 5-point scale,
 * stored as `score` of `maxScore` 5. Term and year marks come from `grading/`.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { TextLimit, idRef, isoDateSchema, maxScoreSchema, oneOf, quarterSchema, scoreSchema, text } from './fields';

export const MARK_SCHEMA_VERSION = 1;

export const MarkKind = {
  formative: 'formative',
  sectionSummative: 'sectionSummative',
  termSummative: 'termSummative',
  /** The quarter's 5-point mark. */
  term: 'term',
  /** The year's 5-point mark. */
  year: 'year',
} as const;
export type MarkKind = (typeof MarkKind)[keyof typeof MarkKind];

/** The top of the national scale; term and year marks are out of this. */
export const FIVE_POINT_MAX = 5;

export const markSchema = z
  .object({
    pupilId: idRef<'Pupil'>(),
    subjectId: idRef<'Subject'>(),
    classSetId: idRef<'ClassSet'>(),
    academicYearId: idRef<'AcademicYear'>(),
    kind: oneOf(MarkKind),
    score: scoreSchema,
    maxScore: maxScoreSchema,
    date: isoDateSchema,
    /** Required for every kind but `year`. */
    quarter: quarterSchema.optional(),
    assessmentId: idRef<'Assessment'>().optional(),
    attemptId: idRef<'Attempt'>().optional(),
    sectionId: idRef<'Section'>().optional(),
    lessonSessionId: idRef<'LessonSession'>().optional(),
    authorId: idRef<'Staff'>(),
    comment: text(TextLimit.line).optional(),
  })
  .superRefine((m, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (m.score > m.maxScore) issue('score', V.scoreAboveMax);
    if (m.kind !== MarkKind.year && m.quarter === undefined) issue('quarter', V.dependentRequired);
    if (m.kind === MarkKind.term || m.kind === MarkKind.year) {
      if (m.maxScore !== FIVE_POINT_MAX) issue('maxScore', V.outOfRange);
      if (!Number.isInteger(m.score) || m.score < 1) issue('score', V.outOfRange);
    }
  });
export type Mark = z.infer<typeof markSchema>;
