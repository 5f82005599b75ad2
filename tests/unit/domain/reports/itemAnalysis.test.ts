import { describe, expect, it } from 'vitest';
import { analyseItems, type AnalysedAttempt } from '@/domain/reports/itemAnalysis';

/** An attempt answering item q1 (right when `q1`) and item q2 with option `q2`, q2's key being "a". */
const attempt = (total: number, q1: boolean, q2: string): AnalysedAttempt => ({
  total,
  itemScores: [
    { itemId: 'q1', points: q1 ? 1 : 0, maxPoints: 1 },
    { itemId: 'q2', points: q2 === 'a' ? 2 : 0, maxPoints: 2 },
  ],
  responses: [{ itemId: 'q2', response: { kind: 'choice', optionIds: [q2] } }],
});

describe('analyseItems', () => {
  it('difficulty is the mean share of points; discrimination the top 27 % minus the bottom 27 %; choices counted per option', () => {
    // Ten attempts: q1 answered right by the five strongest only, q2 by everyone but two.
    const attempts = [
      attempt(10, true, 'a'),
      attempt(9, true, 'a'),
      attempt(8, true, 'a'),
      attempt(7, true, 'a'),
      attempt(6, true, 'a'),
      attempt(5, false, 'a'),
      attempt(4, false, 'a'),
      attempt(3, false, 'a'),
      attempt(2, false, 'b'),
      attempt(1, false, 'c'),
    ];
    const [q1, q2] = analyseItems(attempts, ['q1', 'q2']);
    // Groups of round(10 × 0.27) = 3: q1 is 3/3 on top, 0/3 at the bottom.
    expect(q1).toMatchObject({ answered: 10, difficulty: 0.5, discrimination: 1 });
    // q2: 8 of 10 right; top 3/3, bottom 1/3 → 1 − 0.33 = 0.67.
    expect(q2).toMatchObject({ difficulty: 0.8, discrimination: 0.67, choices: { a: 8, b: 1, c: 1 } });
  });

  it('too few attempts to split give no discrimination; an item nobody got gives no difficulty', () => {
    const [q1, q3] = analyseItems([attempt(3, true, 'a'), attempt(1, false, 'b')], ['q1', 'q3']);
    expect(q1).toMatchObject({ difficulty: 0.5, discrimination: null });
    expect(q3).toMatchObject({ answered: 0, difficulty: null, discrimination: null, choices: {} });
  });
});
