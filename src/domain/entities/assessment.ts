/**
 * An assessment (бағалау / оценивание): a formative task set, a summative for a section
 * (бөлім бойынша жиынтық бағалау, БЖБ / СОР) or for a term (тоқсан бойынша жиынтық
 * бағалау, ТЖБ / СОЧ), with criteria and descriptors (what a pupil does to earn each
 * point) and its items: a fixed list, or a random draw of N items per topic from the bank.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import {
  TextLimit,
  flagSchema,
  gradesSchema,
  idRef,
  idRefs,
  languageSchema,
  maxScoreSchema,
  oneOf,
  quarterSchema,
  scoreSchema,
  text,
} from './fields';

export const ASSESSMENT_SCHEMA_VERSION = 1;

export const AssessmentKind = {
  /** Қалыптастырушы бағалау / ФО: scored in points, no mark of its own. */
  formative: 'formative',
  /** БЖБ / СОР: summative at the end of a section. */
  sectionSummative: 'sectionSummative',
  /** ТЖБ / СОЧ: summative at the end of a quarter. */
  termSummative: 'termSummative',
} as const;
export type AssessmentKind = (typeof AssessmentKind)[keyof typeof AssessmentKind];

/** The four skills language subjects are assessed in, each with its own tasks and criteria. */
export const LanguageSkill = {
  reading: 'reading',
  listening: 'listening',
  writing: 'writing',
  speaking: 'speaking',
} as const;
export type LanguageSkill = (typeof LanguageSkill)[keyof typeof LanguageSkill];

const criterionSchema = z.object({
  text: text(TextLimit.line),
  /** For language subjects: the skill the criterion assesses. */
  skill: oneOf(LanguageSkill).optional(),
  objectiveIds: idRefs<'LearningObjective'>(20).optional(),
  descriptors: z.array(z.object({ text: text(TextLimit.line), points: scoreSchema })).max(30, V.tooMany),
});

export const ItemSelectionKind = { fixed: 'fixed', draw: 'draw' } as const;
export type ItemSelectionKind = (typeof ItemSelectionKind)[keyof typeof ItemSelectionKind];

/** Which items a pupil gets: the same fixed list, or `perTopic` items drawn from each topic. */
export const itemSelectionSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal(ItemSelectionKind.fixed), itemIds: idRefs<'Item'>(200) }),
    z.object({
      kind: z.literal(ItemSelectionKind.draw),
      perTopic: z.number().int(V.notInteger).min(1, V.outOfRange).max(50, V.outOfRange),
      topicIds: idRefs<'Topic'>(50).refine((ids) => ids.length > 0, V.emptyList),
    }),
  ],
  { error: V.invalidChoice },
);
export type ItemSelection = z.infer<typeof itemSelectionSchema>;

/** A written task: the pupil answers in words (or on paper), the teacher marks it by the criteria's descriptors. */
const writtenTaskSchema = z.object({ id: z.string().trim().min(1, V.required).max(16, V.tooLong), prompt: text(TextLimit.paragraph) });
export type WrittenTask = z.infer<typeof writtenTaskSchema>;

export const assessmentSchema = z
  .object({
    kind: oneOf(AssessmentKind),
    title: text(TextLimit.title),
    subjectId: idRef<'Subject'>(),
    grades: gradesSchema,
    /** Required for summatives; a formative set may serve any quarter. */
    quarter: quarterSchema.optional(),
    /** The section a section summative closes. */
    sectionId: idRef<'Section'>().optional(),
    academicYearId: idRef<'AcademicYear'>().optional(),
    authorId: idRef<'Staff'>(),
    language: languageSchema,
    criteria: z.array(criterionSchema).max(30, V.tooMany),
    selection: itemSelectionSchema,
    maxScore: maxScoreSchema,
    durationMinutes: z.number().int(V.notInteger).min(1, V.outOfRange).max(240, V.outOfRange).optional(),
    /** A formative self-check: its items carry their keys to pupils, who get feedback at once, offline. */
    selfCheck: flagSchema.optional(),
    writtenTasks: z
      .array(writtenTaskSchema)
      .max(10, V.tooMany)
      .refine((ts) => new Set(ts.map((t) => t.id)).size === ts.length, V.duplicate)
      .optional(),
  })
  .superRefine((a, ctx) => {
    if (a.kind !== AssessmentKind.formative && a.quarter === undefined)
      ctx.addIssue({ code: 'custom', path: ['quarter'], message: V.dependentRequired });
    if (a.kind === AssessmentKind.sectionSummative && a.sectionId === undefined)
      ctx.addIssue({ code: 'custom', path: ['sectionId'], message: V.dependentRequired });
    if (a.selfCheck === true && a.kind !== AssessmentKind.formative) ctx.addIssue({ code: 'custom', path: ['selfCheck'], message: V.invalidChoice });
  });
export type Assessment = z.infer<typeof assessmentSchema>;

/** The most the rubric gives: every descriptor of every criterion. */
export function rubricMaxPoints(criteria: ReadonlyArray<{ readonly descriptors: ReadonlyArray<{ readonly points: number }> }>): number {
  return criteria.reduce((sum, c) => sum + c.descriptors.reduce((s, d) => s + d.points, 0), 0);
}
