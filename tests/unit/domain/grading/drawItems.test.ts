import { describe, expect, it } from 'vitest';
import { drawItems, type BankItem } from '@/domain/grading/drawItems';
import { seededRandom } from '@/domain/seededRandom';
import type { ItemSelection } from '@/domain/entities/assessment';

const BANK: BankItem[] = [
  ...['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => ({ id, topicId: 'A' })),
  ...['b1', 'b2', 'b3'].map((id) => ({ id, topicId: 'B' })),
  { id: 'c1', topicId: 'C' },
];
const draw = (perTopic: number, topicIds: string[]) => ({ kind: 'draw', perTopic, topicIds }) as unknown as ItemSelection;

describe('drawItems', () => {
  it('draws N distinct items from each topic, topics in the listed order', () => {
    const r = drawItems(draw(2, ['B', 'A']), BANK, seededRandom('attempt-1').next);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.itemIds).toHaveLength(4);
    expect(new Set(r.itemIds).size).toBe(4);
    expect(r.itemIds.slice(0, 2).every((id) => id.startsWith('b'))).toBe(true);
    expect(r.itemIds.slice(2).every((id) => id.startsWith('a'))).toBe(true);
  });

  it('the same seed draws the same items whatever order the bank comes in', () => {
    const once = drawItems(draw(3, ['A']), BANK, seededRandom('attempt-7').next);
    const again = drawItems(draw(3, ['A']), [...BANK].reverse(), seededRandom('attempt-7').next);
    expect(again).toEqual(once);
  });

  it('different seeds spread the draw over the whole pool', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const r = drawItems(draw(1, ['A']), BANK, seededRandom(`attempt-${i}`).next);
      if (r.ok) seen.add(r.itemIds[0]!);
    }
    expect(seen.size).toBe(5);
  });

  it('refuses a draw a topic cannot fill, naming the topics', () => {
    expect(drawItems(draw(2, ['A', 'C', 'D']), BANK, seededRandom('x').next)).toEqual({
      ok: false,
      reason: 'notEnoughItems',
      topicIds: ['C', 'D'],
    });
  });

  it('a fixed selection gives its items as listed', () => {
    const fixed = { kind: 'fixed', itemIds: ['c1', 'a1'] } as unknown as ItemSelection;
    expect(drawItems(fixed, BANK, () => 0)).toEqual({ ok: true, itemIds: ['c1', 'a1'] });
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom('s');
    const b = seededRandom('s');
    for (let i = 0; i < 1000; i++) {
      const x = a.next();
      expect(x).toBe(b.next());
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
