import { describe, expect, it } from 'vitest';
import { classMastery, MASTERED_PERCENT } from '@/domain/reports/classMastery';

describe('classMastery', () => {
  it('sums each pupil’s points per topic across attempts, mastered at 65 %, the least mastered topics first', () => {
    const m = classMastery([
      { pupilId: 'a', topicId: 'fractions', points: 1, maxPoints: 2 },
      { pupilId: 'a', topicId: 'fractions', points: 2, maxPoints: 2 }, // 3 / 4 = 75 %
      { pupilId: 'b', topicId: 'fractions', points: 1.3, maxPoints: 2 }, // 65 %: mastered, at the edge
      { pupilId: 'a', topicId: 'decimals', points: 0, maxPoints: 1 },
      { pupilId: 'b', topicId: 'decimals', points: 1.29, maxPoints: 2 }, // 64.5 %: not yet
      { pupilId: 'c', topicId: 'decimals', points: 1, maxPoints: 1 },
      { pupilId: 'c', topicId: 'ignored', points: 1, maxPoints: 0 },
    ]);
    expect(MASTERED_PERCENT).toBe(65);
    expect(m.percent.get('a')).toEqual(
      new Map([
        ['fractions', 75],
        ['decimals', 0],
      ]),
    );
    expect(m.percent.get('b')).toEqual(
      new Map([
        ['fractions', 65],
        ['decimals', 64.5],
      ]),
    );
    expect(m.percent.get('c')).toEqual(new Map([['decimals', 100]]));
    expect(m.topics).toEqual([
      { topicId: 'decimals', pupilsWithWork: 3, notMastered: 2 },
      { topicId: 'fractions', pupilsWithWork: 2, notMastered: 0 },
    ]);
  });
});
