/**
 * Scoring a submitted attempt's auto-scored items, the same on the server (every attempt,
 * from the keys it holds) and on a pupil's laptop (a self-check, whose keys it holds).
 *
 * An attempt names the item versions the pupil got; each is scored against that version,
 * whatever was edited since. An attempt is a pupil's own write, so it is not trusted: an
 * item that is not part of the assessment (neither a listed item nor a version of one, nor
 * drawn from one of its topics) scores nothing, and the maximum is the assessment's, so
 * leaving items out never raises a percentage.
 */
import type { ItemResponse } from '../entities/answer';
import type { Assessment } from '../entities/assessment';
import type { ItemScore } from '../entities/attemptResult';
import type { Item } from '../entities/item';
import { scoreAnswer } from './scoreAnswer';

export type ScorableItem = Pick<Item, 'key' | 'points' | 'topicId' | 'versionOf'> & { readonly id: string };

export interface AttemptToScore {
  readonly itemIds: readonly string[];
  readonly responses?: ReadonlyArray<{ readonly itemId: string; readonly response: ItemResponse }> | undefined;
}

export interface AttemptScore {
  readonly itemScores: ItemScore[];
  readonly autoPoints: number;
  readonly autoMaxPoints: number;
}

const rootOf = (item: Pick<ScorableItem, 'id' | 'versionOf'>) => item.versionOf ?? item.id;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** `items` holds every item the attempt names and every item the assessment lists (any version). */
export function scoreAttempt(
  attempt: AttemptToScore,
  assessment: Pick<Assessment, 'selection'>,
  items: ReadonlyMap<string, ScorableItem>,
): AttemptScore {
  const selection = assessment.selection;
  const listedRoots =
    selection.kind === 'fixed' ? new Set(selection.itemIds.map((id) => items.get(id)).flatMap((i) => (i ? [rootOf(i)] : []))) : new Set<string>();
  const topics = selection.kind === 'draw' ? new Set<string>(selection.topicIds) : new Set<string>();
  const belongs = (item: ScorableItem) => (selection.kind === 'fixed' ? listedRoots.has(rootOf(item)) : topics.has(item.topicId));

  // The last response to an item counts; an item named twice is scored once.
  const responses = new Map((attempt.responses ?? []).map((r) => [r.itemId, r.response]));
  const seen = new Set<string>();
  const itemScores: ItemScore[] = [];
  const perTopic = new Map<string, number>();
  for (const itemId of attempt.itemIds) {
    const item = items.get(itemId);
    if (!item || seen.has(rootOf(item)) || !belongs(item)) continue;
    if (selection.kind === 'draw' && (perTopic.get(item.topicId) ?? 0) >= selection.perTopic) continue;
    seen.add(rootOf(item));
    perTopic.set(item.topicId, (perTopic.get(item.topicId) ?? 0) + 1);
    const response = responses.get(itemId);
    const score = response ? scoreAnswer(item, response) : { isCorrect: false, points: 0, maxPoints: item.points };
    itemScores.push({ itemId: itemId as ItemScore['itemId'], points: score.points, maxPoints: score.maxPoints, isCorrect: score.isCorrect });
  }
  const autoPoints = round2(itemScores.reduce((sum, s) => sum + s.points, 0));
  return { itemScores, autoPoints, autoMaxPoints: round2(expectedMax(selection, items, itemScores, perTopic)) };
}

/** The most the items could give: items the pupil did not get still count towards it. */
function expectedMax(
  selection: Assessment['selection'],
  items: ReadonlyMap<string, ScorableItem>,
  scored: readonly ItemScore[],
  perTopic: ReadonlyMap<string, number>,
): number {
  const got = scored.reduce((sum, s) => sum + s.maxPoints, 0);
  if (selection.kind === 'fixed') {
    const gotRoots = new Set(scored.map((s) => rootOf(items.get(s.itemId)!)));
    return selection.itemIds.reduce((sum, id) => {
      const listed = items.get(id);
      return listed && !gotRoots.has(rootOf(listed)) ? sum + listed.points : sum;
    }, got);
  }
  let missing = 0;
  for (const topicId of selection.topicIds) missing += Math.max(0, selection.perTopic - (perTopic.get(topicId) ?? 0));
  const largest = Math.max(1, ...scored.map((s) => s.maxPoints));
  return got + missing * largest;
}
