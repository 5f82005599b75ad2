/**
 * The term (quarter) mark. Each part is the percent of its total points: formative work,
 * the section summatives (БЖБ / СОР), the term summative (ТЖБ / СОЧ). The parts are weighed
 * by the policy (25 / 25 / 50 nationally) and the weighted percent goes through the scale.
 * A subject without a term summative uses the policy's `weightsWithoutTermSummative`.
 *
 * A part that the weights need (weight > 0) but that has no work gives `incomplete` with the
 * missing parts named, never a mark computed as if the part were 0 % or absent. Work given
 * for a part weighed 0 gives `unexpectedComponent`: the caller chose the wrong weights.
 */
import type { GradingPolicy, TermWeights } from '../entities/gradingPolicy';
import { percentOfTotal, type ScoredWork } from './percentOf';
import { percentToMark, type FivePointMark } from './percentToMark';
import { GradingError, ok, type GradingResult } from './gradingResult';

export const TermComponent = {
  formative: 'formative',
  sectionSummative: 'sectionSummative',
  termSummative: 'termSummative',
} as const;
export type TermComponent = (typeof TermComponent)[keyof typeof TermComponent];
const COMPONENTS: readonly TermComponent[] = Object.values(TermComponent);

export interface TermMarkInput {
  readonly policy: Pick<GradingPolicy, 'scales' | 'weights' | 'weightsWithoutTermSummative'>;
  /** The pupil's grade, which picks the scale. */
  readonly grade: number;
  /** Whether the subject has a term summative this quarter; false picks the policy's other weights. */
  readonly hasTermSummative: boolean;
  readonly formative: readonly ScoredWork[];
  readonly sectionSummatives: readonly ScoredWork[];
  readonly termSummative: readonly ScoredWork[];
}

export interface TermMark {
  readonly mark: FivePointMark;
  /** The weighted percent, unrounded. */
  readonly percent: number;
  /** Each part's percent; `null` for a part weighed 0. */
  readonly parts: Readonly<Record<TermComponent, number | null>>;
  readonly weights: TermWeights;
}

export type TermMarkResult = GradingResult<TermMark, { readonly components?: readonly TermComponent[] }>;

export function termMark(input: TermMarkInput): TermMarkResult {
  const weights = input.hasTermSummative ? input.policy.weights : input.policy.weightsWithoutTermSummative;
  const works: Record<TermComponent, readonly ScoredWork[]> = {
    formative: input.formative,
    sectionSummative: input.sectionSummatives,
    termSummative: input.termSummative,
  };

  const unexpected = COMPONENTS.filter((c) => weights[c] === 0 && works[c].length > 0);
  if (unexpected.length > 0) return { ok: false, reason: GradingError.unexpectedComponent, components: unexpected };
  const missing = COMPONENTS.filter((c) => weights[c] > 0 && works[c].length === 0);
  if (missing.length > 0) return { ok: false, reason: GradingError.incomplete, components: missing };

  const parts: Record<TermComponent, number | null> = { formative: null, sectionSummative: null, termSummative: null };
  let weighted = 0;
  for (const c of COMPONENTS) {
    if (weights[c] === 0) continue;
    const p = percentOfTotal(works[c]);
    if (!p.ok) return { ok: false, reason: p.reason, components: [c] };
    parts[c] = p.value;
    weighted += weights[c] * p.value;
  }
  const percent = weighted / 100;
  const mark = percentToMark(percent, input.grade, input.policy);
  if (!mark.ok) return mark;
  return ok({ mark: mark.value, percent, parts, weights });
}
