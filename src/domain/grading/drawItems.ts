/**
 * Which items a pupil gets from an assessment's selection: the fixed list as it stands, or
 * `perTopic` items drawn at random from the bank for each topic, topics in the listed order.
 * The bank is sorted by id before drawing, so the draw depends only on the bank's content
 * and on `random`, not on the order a database returned the items in.
 */
import type { ItemSelection } from '../entities/assessment';

export interface BankItem {
  readonly id: string;
  readonly topicId: string;
}

export type DrawResult =
  | { readonly ok: true; readonly itemIds: readonly string[] }
  /** The bank has fewer than `perTopic` items for these topics: the test cannot be drawn fairly. */
  | { readonly ok: false; readonly reason: 'notEnoughItems'; readonly topicIds: readonly string[] };

/** `random` returns numbers in [0, 1): `Math.random`, or `seededRandom(attemptId).next`. */
export function drawItems(selection: ItemSelection, bank: readonly BankItem[], random: () => number): DrawResult {
  if (selection.kind === 'fixed') return { ok: true, itemIds: [...selection.itemIds] };
  const short: string[] = [];
  const drawn: string[] = [];
  for (const topicId of selection.topicIds) {
    const pool = bank
      .filter((i) => i.topicId === topicId)
      .map((i) => i.id)
      .sort();
    if (pool.length < selection.perTopic) {
      short.push(topicId);
      continue;
    }
    // Partial Fisher-Yates: the first `perTopic` places get a uniform sample.
    for (let i = 0; i < selection.perTopic; i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    drawn.push(...pool.slice(0, selection.perTopic));
  }
  return short.length > 0 ? { ok: false, reason: 'notEnoughItems', topicIds: short } : { ok: true, itemIds: drawn };
}
