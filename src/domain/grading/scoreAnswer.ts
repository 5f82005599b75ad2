/**
 * Scoring one answer against its item's key, the same on a pupil's laptop offline and on
 * the server. Rules:
 * - single choice, multiple choice, number and short text are all or nothing; a multiple
 *   choice answer must pick exactly the keyed options;
 * - a number is right within the key's tolerance (plus a hair for binary rounding);
 * - a short text is compared after trimming, collapsing spaces, ignoring letter case (unless
 *   the key is case-sensitive) and treating ё as е;
 * - matching earns a share of the points per correct pair and is correct when all are;
 * - a response of the wrong shape for the item scores 0.
 */
import type { ItemResponse } from '../entities/answer';
import type { Item } from '../entities/item';

export interface AnswerScore {
  readonly isCorrect: boolean;
  readonly points: number;
  readonly maxPoints: number;
}

function normalizeText(text: string, caseSensitive: boolean): string {
  const t = text.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  return caseSensitive ? t : t.toLocaleLowerCase();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  return sa.size === a.length && a.length === b.length && b.every((x) => sa.has(x));
}

export function scoreAnswer(item: Pick<Item, 'key' | 'points'>, response: ItemResponse): AnswerScore {
  const maxPoints = item.points;
  const allOrNothing = (right: boolean): AnswerScore => ({ isCorrect: right, points: right ? maxPoints : 0, maxPoints });
  const key = item.key;
  switch (key.kind) {
    case 'single':
      return allOrNothing(response.kind === 'choice' && sameSet(response.optionIds, [key.optionId]));
    case 'multiple':
      return allOrNothing(response.kind === 'choice' && sameSet(response.optionIds, key.optionIds));
    case 'number':
      return allOrNothing(
        response.kind === 'number' &&
          Number.isFinite(response.value) &&
          Math.abs(response.value - key.value) <= key.tolerance + 1e-9 * Math.max(1, Math.abs(key.value)),
      );
    case 'shortText': {
      if (response.kind !== 'text') return allOrNothing(false);
      const given = normalizeText(response.text, key.caseSensitive === true);
      return allOrNothing(key.accepted.some((a) => normalizeText(a, key.caseSensitive === true) === given));
    }
    case 'matching': {
      if (response.kind !== 'pairs') return allOrNothing(false);
      const wanted = new Map(key.pairs.map(([l, r]) => [l, r]));
      const answeredLefts = new Set<string>();
      let correct = 0;
      for (const [l, r] of response.pairs) {
        if (answeredLefts.has(l)) continue; // a left option counts once, by its first pairing
        answeredLefts.add(l);
        if (wanted.get(l) === r) correct += 1;
      }
      const points = Math.round(((maxPoints * correct) / key.pairs.length) * 100) / 100;
      return { isCorrect: correct === key.pairs.length, points, maxPoints };
    }
  }
}
