import { describe, expect, it } from 'vitest';
import type { ItemSelection } from '@/domain/entities/assessment';
import { scoreAttempt, type ScorableItem } from '@/domain/grading/scoreAttempt';

const num = (id: string, topicId: string, value: number, extra: Partial<ScorableItem> = {}): ScorableItem => ({
  id,
  topicId: topicId as ScorableItem['topicId'],
  points: 1,
  key: { kind: 'number', value, tolerance: 0 },
  ...extra,
});
const bank = new Map(
  [
    num('a1', 'A', 1),
    num('a2', 'A', 2),
    num('a3', 'A', 3),
    num('b1', 'B', 10, { points: 3 }),
    num('b2', 'B', 20, { points: 3 }),
    num('x', 'X', 0),
  ].map((i) => [i.id, i]),
);
const answer = (itemId: string, value: number) => ({ itemId, response: { kind: 'number' as const, value } });
const draw = { selection: { kind: 'draw', perTopic: 2, topicIds: ['A', 'B'] } as unknown as ItemSelection };

describe('scoreAttempt', () => {
  it('scores a drawn attempt item by item; the maximum is the draw’s even when items are left out', () => {
    const r = scoreAttempt({ itemIds: ['a1', 'a2', 'b1'], responses: [answer('a1', 1), answer('a2', 5), answer('b1', 10)] }, draw, bank);
    expect(r.itemScores.map((s) => [s.itemId, s.points])).toEqual([
      ['a1', 1],
      ['a2', 0],
      ['b1', 3],
    ]);
    // Two from A (1 point each) and two from B (3 each), one of B never given: 2 + 3 + 3.
    expect(r).toMatchObject({ autoPoints: 4, autoMaxPoints: 8 });
  });

  it('never counts more than the draw allows from a topic, nor an item from another topic', () => {
    const r = scoreAttempt(
      { itemIds: ['a1', 'a2', 'a3', 'x'], responses: [answer('a1', 1), answer('a2', 2), answer('a3', 3), answer('x', 0)] },
      draw,
      bank,
    );
    expect(r.itemScores.map((s) => s.itemId)).toEqual(['a1', 'a2']);
    expect(r.autoPoints).toBe(2);
  });

  it('a fixed list accepts any version of a listed item, scored as the version given', () => {
    const v2 = num('a1v2', 'A', 100, { versionOf: 'a1' as ScorableItem['versionOf'] });
    const items = new Map([...bank, ['a1v2', v2]]);
    const fixed = { selection: { kind: 'fixed', itemIds: ['a1v2', 'b1'] } as unknown as ItemSelection };
    expect(scoreAttempt({ itemIds: ['a1', 'b1'], responses: [answer('a1', 1)] }, fixed, items)).toMatchObject({ autoPoints: 1, autoMaxPoints: 4 });
    expect(scoreAttempt({ itemIds: ['a1v2'], responses: [answer('a1v2', 100)] }, fixed, items)).toMatchObject({ autoPoints: 1, autoMaxPoints: 4 });
  });
});
