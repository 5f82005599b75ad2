/**
 * A test item of the school's item bank. Five kinds: single choice, multiple choice, a
 * number (with a tolerance), a short text (with the accepted answers) and matching. The
 * key travels with the item because offline self-check tests must score on the pupil's
 * laptop; summative scores are recomputed from the stored answers, not trusted as sent.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { LanguageSkill } from './assessment';
import { TextLimit, flagSchema, gradeSchema, idRef, languageSchema, maxScoreSchema, oneOf, text } from './fields';

export const ITEM_SCHEMA_VERSION = 1;

export const ItemKind = {
  single: 'single',
  multiple: 'multiple',
  number: 'number',
  shortText: 'shortText',
  matching: 'matching',
} as const;
export type ItemKind = (typeof ItemKind)[keyof typeof ItemKind];

/** An option id is local to its item ("a", "b", "1"). */
const optionIdSchema = z.string().trim().min(1, V.required).max(16, V.tooLong);
const optionSchema = z.object({ id: optionIdSchema, text: text(TextLimit.line) });
const optionsSchema = z
  .array(optionSchema)
  .min(2, V.outOfRange)
  .max(12, V.tooMany)
  .refine((os) => new Set(os.map((o) => o.id)).size === os.length, V.duplicate);

export const itemKeySchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal(ItemKind.single), optionId: optionIdSchema }),
    z.object({ kind: z.literal(ItemKind.multiple), optionIds: z.array(optionIdSchema).min(1, V.emptyList) }),
    z.object({
      kind: z.literal(ItemKind.number),
      value: z.number(),
      /** Largest accepted distance from `value`; 0 for an exact answer. */
      tolerance: z.number().min(0, V.negative),
    }),
    z.object({
      kind: z.literal(ItemKind.shortText),
      accepted: z.array(text(TextLimit.title)).min(1, V.emptyList).max(30, V.tooMany),
      /** Compare letter case too; by default "Абай" and "абай" are the same answer. */
      caseSensitive: flagSchema.optional(),
    }),
    z.object({
      kind: z.literal(ItemKind.matching),
      /** Correct [left option id, right option id] pairs, one per left option. */
      pairs: z.array(z.tuple([optionIdSchema, optionIdSchema])).min(1, V.emptyList),
    }),
  ],
  { error: V.keyMismatch },
);
export type ItemKey = z.infer<typeof itemKeySchema>;

export const itemSchema = z
  .object({
    kind: oneOf(ItemKind),
    prompt: text(TextLimit.paragraph),
    /** Choices for single and multiple choice; the left column for matching. */
    options: optionsSchema.optional(),
    /** The right column for matching. */
    matchOptions: optionsSchema.optional(),
    key: itemKeySchema,
    points: maxScoreSchema,
    /** Shown to the pupil after answering: offline tasks must give feedback, not only a score. */
    explanation: text(TextLimit.paragraph).optional(),
    subjectId: idRef<'Subject'>(),
    grade: gradeSchema,
    topicId: idRef<'Topic'>(),
    objectiveId: idRef<'LearningObjective'>().optional(),
    language: languageSchema,
    /** For language subjects: the skill the item tests (reading, listening ...). */
    skill: oneOf(LanguageSkill).optional(),
    resourceId: idRef<'Resource'>().optional(),
  })
  .superRefine((item, ctx) => {
    const mismatch = (path: (string | number)[] = ['key']) => ctx.addIssue({ code: 'custom', path, message: V.keyMismatch });
    const key = item.key;
    if (key.kind !== item.kind) return mismatch();
    const optionIds = new Set((item.options ?? []).map((o) => o.id));
    const needsOptions = key.kind === ItemKind.single || key.kind === ItemKind.multiple || key.kind === ItemKind.matching;
    if (needsOptions && item.options === undefined) mismatch(['options']);
    switch (key.kind) {
      case ItemKind.single:
        if (!optionIds.has(key.optionId)) mismatch();
        break;
      case ItemKind.multiple:
        if (new Set(key.optionIds).size !== key.optionIds.length || key.optionIds.some((id) => !optionIds.has(id))) mismatch();
        break;
      case ItemKind.matching: {
        const rightIds = new Set((item.matchOptions ?? []).map((o) => o.id));
        if (item.matchOptions === undefined) mismatch(['matchOptions']);
        const lefts = key.pairs.map(([l]) => l);
        if (new Set(lefts).size !== lefts.length || key.pairs.some(([l, r]) => !optionIds.has(l) || !rightIds.has(r))) mismatch();
        break;
      }
      case ItemKind.number:
      case ItemKind.shortText:
        if (item.options !== undefined) mismatch(['options']);
        break;
    }
  });
export type Item = z.infer<typeof itemSchema>;
