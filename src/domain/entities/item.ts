/**
 * A test item of the school's item bank. Five kinds: single choice, multiple choice, a
 * number (with a tolerance), a short text (with the accepted answers) and matching.
 *
 * The key reaches a pupil's laptop only for a self-check item (`selfCheck`), so practice is
 * scored offline; any other item is sent to pupils without its key and explanation
 * (`fieldsSeenBy`), and their answers are scored on the server. A self-check item is never
 * used in a summative: its key has been on pupils' laptops.
 *
 * Items are versioned, never edited in place once saved: a change is a new row
 * (`versionOf` the first version's id, `version` + 1) and the old row is marked
 * `supersededById`, so a pupil who received the old version is scored against it.
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
    /** The key and explanation go to pupils' laptops: feedback offline, never in a summative. */
    selfCheck: flagSchema.optional(),
    /** The first version's id; absent on a first version. */
    versionOf: idRef<'Item'>().optional(),
    version: z.number().int(V.notInteger).min(1, V.outOfRange).max(10_000, V.outOfRange).optional(),
    /** The version that replaced this one: no longer drawn or chosen, still used to score. */
    supersededById: idRef<'Item'>().optional(),
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

/** What a pupil's laptop holds of an item that is not self-check: no key, no explanation. */
export type PupilItem = Omit<Item, 'key' | 'explanation'> & Partial<Pick<Item, 'key' | 'explanation'>>;

/** The fields a pupil is never sent for an item that is not self-check. */
export const ITEM_SECRET_FIELDS = ['key', 'explanation'] as const;

/** The fields that are a version's content: a change to any is a new version, never an edit. */
export const ITEM_CONTENT_FIELDS = [
  'kind',
  'prompt',
  'options',
  'matchOptions',
  'key',
  'points',
  'explanation',
  'subjectId',
  'grade',
  'topicId',
  'objectiveId',
  'language',
  'skill',
  'resourceId',
  'selfCheck',
  'versionOf',
  'version',
] as const;
