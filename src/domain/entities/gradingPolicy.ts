/**
 * A grading policy: how percentages become 5-point marks and how a term mark weighs its
 * parts. Data with an effective date, not code, because the national rules change by order
 * (Order No. 125 as amended) and a school may be told to apply a new version mid-year.
 * The built-in national policy is `NATIONAL_POLICY_2020` in `grading/nationalPolicy.ts`.
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { TextLimit, gradeSchema, idRefs, isoDateSchema, oneOf, percentSchema, text } from './fields';

export const GRADING_POLICY_SCHEMA_VERSION = 1;

/** A band: from `minPercent` (inclusive) up to the next band's minimum, the mark is `mark`. */
const bandSchema = z.object({
  minPercent: percentSchema,
  mark: z.number().int(V.notInteger).min(1, V.outOfRange).max(5, V.outOfRange),
});

/** The scale for grades `fromGrade`-`toGrade`: bands in increasing order from 0 %. */
const scaleSchema = z
  .object({ fromGrade: gradeSchema, toGrade: gradeSchema, bands: z.array(bandSchema).min(2, V.outOfRange).max(10, V.tooMany) })
  .superRefine((s, ctx) => {
    if (s.toGrade < s.fromGrade) ctx.addIssue({ code: 'custom', path: ['toGrade'], message: V.gradeRange });
    if (s.bands[0]?.minPercent !== 0) ctx.addIssue({ code: 'custom', path: ['bands', 0], message: V.bandOrder });
    for (let i = 1; i < s.bands.length; i++) {
      const a = s.bands[i - 1]!;
      const b = s.bands[i]!;
      if (b.minPercent <= a.minPercent || b.mark <= a.mark) ctx.addIssue({ code: 'custom', path: ['bands', i], message: V.bandOrder });
    }
  });
export type GradingScale = z.infer<typeof scaleSchema>;

/** Achievement levels of the NIS monitoring, lowest first. */
export const AchievementLevel = { initial: 'initial', basic: 'basic', good: 'good', high: 'high' } as const;
export type AchievementLevel = (typeof AchievementLevel)[keyof typeof AchievementLevel];
const LEVEL_ORDER: readonly AchievementLevel[] = Object.values(AchievementLevel);

/** From `minPercent` (inclusive) up to the next entry's minimum, the level is `level`. */
const levelBandsSchema = z
  .array(z.object({ minPercent: percentSchema, level: oneOf(AchievementLevel) }))
  .min(2, V.outOfRange)
  .max(LEVEL_ORDER.length, V.tooMany)
  .superRefine((bands, ctx) => {
    if (bands[0]?.minPercent !== 0) ctx.addIssue({ code: 'custom', path: [0], message: V.bandOrder });
    for (let i = 1; i < bands.length; i++) {
      const a = bands[i - 1]!;
      const b = bands[i]!;
      if (b.minPercent <= a.minPercent || LEVEL_ORDER.indexOf(b.level) <= LEVEL_ORDER.indexOf(a.level))
        ctx.addIssue({ code: 'custom', path: [i], message: V.bandOrder });
    }
  });

/** Weights in percent of the term mark's three parts; they add up to 100. */
const weightsSchema = z
  .object({ formative: percentSchema, sectionSummative: percentSchema, termSummative: percentSchema })
  .refine((w) => Math.abs(w.formative + w.sectionSummative + w.termSummative - 100) < 1e-9, V.weightsSum);
export type TermWeights = z.infer<typeof weightsSchema>;

export const gradingPolicySchema = z
  .object({
    name: text(TextLimit.title),
    /** First day the policy applies; it applies until a later policy's `effectiveFrom`. */
    effectiveFrom: isoDateSchema,
    /** Subjects the policy is for; absent means every subject without a policy of its own. */
    subjectIds: idRefs<'Subject'>(100).optional(),
    scales: z.array(scaleSchema).min(1, V.emptyList).max(11, V.tooMany),
    weights: weightsSchema,
    /** Weights for a subject that has no term summative; `termSummative` must be 0. */
    weightsWithoutTermSummative: weightsSchema.refine((w) => w.termSummative === 0, {
      path: ['termSummative'],
      message: V.notAllowed,
    }),
    /**
     * Percent bounds of the achievement levels, when the district or monitoring body has
     * given them; the national policy sets none, so reports show levels only where known.
     */
    achievementLevels: levelBandsSchema.optional(),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<number>();
    p.scales.forEach((s, i) => {
      for (let g = s.fromGrade; g <= s.toGrade; g++) {
        if (seen.has(g)) ctx.addIssue({ code: 'custom', path: ['scales', i, 'fromGrade'], message: V.duplicate });
        seen.add(g);
      }
    });
  });
export type GradingPolicy = z.infer<typeof gradingPolicySchema>;
