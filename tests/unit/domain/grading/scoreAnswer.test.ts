import { describe, expect, it } from 'vitest';
import type { Item } from '@/domain/entities/item';
import { scoreAnswer } from '@/domain/grading/scoreAnswer';

const item = (key: Item['key'], points = 2): Pick<Item, 'key' | 'points'> => ({ key, points });

describe('scoreAnswer', () => {
  it('single choice: right only for the keyed option alone', () => {
    const i = item({ kind: 'single', optionId: 'b' });
    expect(scoreAnswer(i, { kind: 'choice', optionIds: ['b'] })).toEqual({ isCorrect: true, points: 2, maxPoints: 2 });
    expect(scoreAnswer(i, { kind: 'choice', optionIds: ['a', 'b'] }).points).toBe(0);
  });

  it('multiple choice: all or nothing, exactly the keyed set', () => {
    const i = item({ kind: 'multiple', optionIds: ['a', 'c'] });
    expect(scoreAnswer(i, { kind: 'choice', optionIds: ['c', 'a'] }).isCorrect).toBe(true);
    expect(scoreAnswer(i, { kind: 'choice', optionIds: ['a'] }).points).toBe(0);
    expect(scoreAnswer(i, { kind: 'choice', optionIds: ['a', 'c', 'd'] }).points).toBe(0);
    expect(scoreAnswer(i, { kind: 'choice', optionIds: ['a', 'a'] }).points).toBe(0);
  });

  it('number: right within the tolerance, including its edge', () => {
    const i = item({ kind: 'number', value: 3.14, tolerance: 0.01 });
    expect(scoreAnswer(i, { kind: 'number', value: 3.15 }).isCorrect).toBe(true);
    expect(scoreAnswer(i, { kind: 'number', value: 3.13 }).isCorrect).toBe(true);
    expect(scoreAnswer(i, { kind: 'number', value: 3.16 }).isCorrect).toBe(false);
    expect(scoreAnswer(item({ kind: 'number', value: 0.3, tolerance: 0 }), { kind: 'number', value: 0.1 + 0.2 }).isCorrect).toBe(true);
  });

  it('short text: ignores case, spacing and ё/е unless case-sensitive', () => {
    const i = item({ kind: 'shortText', accepted: ['Абай Құнанбайұлы', 'Абай'] });
    expect(scoreAnswer(i, { kind: 'text', text: '  абай   құнанбайұлы ' }).isCorrect).toBe(true);
    expect(scoreAnswer(item({ kind: 'shortText', accepted: ['ёж'] }), { kind: 'text', text: 'ЕЖ' }).isCorrect).toBe(true);
    expect(scoreAnswer(item({ kind: 'shortText', accepted: ['NaCl'], caseSensitive: true }), { kind: 'text', text: 'nacl' }).isCorrect).toBe(false);
  });

  it('matching: a share of the points per correct pair, correct only when all are', () => {
    const i = item(
      {
        kind: 'matching',
        pairs: [
          ['l1', 'r1'],
          ['l2', 'r2'],
          ['l3', 'r3'],
        ],
      },
      3,
    );
    expect(
      scoreAnswer(i, {
        kind: 'pairs',
        pairs: [
          ['l1', 'r1'],
          ['l2', 'r2'],
          ['l3', 'r3'],
        ],
      }),
    ).toEqual({
      isCorrect: true,
      points: 3,
      maxPoints: 3,
    });
    expect(
      scoreAnswer(i, {
        kind: 'pairs',
        pairs: [
          ['l1', 'r1'],
          ['l2', 'r3'],
          ['l3', 'r2'],
        ],
      }),
    ).toEqual({
      isCorrect: false,
      points: 1,
      maxPoints: 3,
    });
    // Pairing one left option twice does not earn it twice.
    expect(
      scoreAnswer(i, {
        kind: 'pairs',
        pairs: [
          ['l1', 'r2'],
          ['l1', 'r1'],
        ],
      }).points,
    ).toBe(0);
  });

  it('a response of the wrong shape scores 0', () => {
    expect(scoreAnswer(item({ kind: 'number', value: 5, tolerance: 0 }), { kind: 'text', text: '5' }).points).toBe(0);
    expect(scoreAnswer(item({ kind: 'single', optionId: 'a' }), { kind: 'number', value: 1 }).points).toBe(0);
  });
});
