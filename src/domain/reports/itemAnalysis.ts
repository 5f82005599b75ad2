/**
 * Item analysis of an assessment, so weak items can be fixed: for each item, how many
 * pupils answered it, its difficulty (the mean share of its points earned: 0.9 is easy,
 * 0.2 hard), its discrimination (the upper-lower index: the difficulty among the top 27 % of
 * attempts by total score minus that among the bottom 27 %; near 0 or below, the item does
 * not tell stronger pupils from weaker ones), and for choice items how often each option was
 * chosen (a distractor nobody picks does no work; one the strong pick may be a second
 * right answer).
 */
import type { ItemResponse } from '../entities/answer';

export interface AnalysedAttempt {
  readonly total: number;
  readonly itemScores: ReadonlyArray<{ readonly itemId: string; readonly points: number; readonly maxPoints: number }>;
  readonly responses: ReadonlyArray<{ readonly itemId: string; readonly response: ItemResponse }>;
}

export interface ItemFigures {
  readonly itemId: string;
  readonly answered: number;
  /** 0-1; null with no attempt scoring the item. */
  readonly difficulty: number | null;
  /** -1 to 1; null with fewer than 4 attempts (too few to split). */
  readonly discrimination: number | null;
  /** Times each option id was chosen, for choice items. */
  readonly choices: Readonly<Record<string, number>>;
}

const GROUP_SHARE = 0.27;

const round2 = (n: number) => Math.round(n * 100) / 100;

function difficultyOf(attempts: readonly AnalysedAttempt[], itemId: string): number | null {
  const scores = attempts.flatMap((a) => a.itemScores.filter((s) => s.itemId === itemId && s.maxPoints > 0));
  if (scores.length === 0) return null;
  return scores.reduce((sum, s) => sum + s.points / s.maxPoints, 0) / scores.length;
}

export function analyseItems(attempts: readonly AnalysedAttempt[], itemIds: readonly string[]): ItemFigures[] {
  const ranked = [...attempts].sort((a, b) => b.total - a.total);
  const groupSize = Math.max(1, Math.round(ranked.length * GROUP_SHARE));
  const canSplit = ranked.length >= 4;
  const upper = ranked.slice(0, groupSize);
  const lower = ranked.slice(-groupSize);
  return itemIds.map((itemId) => {
    const choices: Record<string, number> = {};
    for (const a of attempts)
      for (const r of a.responses)
        if (r.itemId === itemId && r.response.kind === 'choice') for (const id of r.response.optionIds) choices[id] = (choices[id] ?? 0) + 1;
    const difficulty = difficultyOf(attempts, itemId);
    const up = difficultyOf(upper, itemId);
    const low = difficultyOf(lower, itemId);
    return {
      itemId,
      answered: attempts.filter((a) => a.itemScores.some((s) => s.itemId === itemId)).length,
      difficulty: difficulty === null ? null : round2(difficulty),
      discrimination: canSplit && up !== null && low !== null ? round2(up - low) : null,
      choices,
    };
  });
}
