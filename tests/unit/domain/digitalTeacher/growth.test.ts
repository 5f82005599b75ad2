import { describe, expect, it } from 'vitest';
import { groupGrowth, pupilGrowth, subjectGrowth, type CheckpointScore } from '@/domain/digitalTeacher/growth';
import { suggestLaggingTopics } from '@/domain/digitalTeacher/laggingTopics';
import { weekPace } from '@/domain/digitalTeacher/weeklyLessons';
import { classMastery } from '@/domain/reports/classMastery';

const cp = (subjectId: string, kind: CheckpointScore['kind'], date: string, score: number, maxScore: number): CheckpointScore => ({
  subjectId,
  kind,
  date,
  score,
  maxScore,
});

describe('growth from the starting point', () => {
  it('is the end percent minus the start percent, in percentage points', () => {
    // start 12/40 = 30 %, interim 18/40 = 45 %, end 26/40 = 65 %: growth 35 points.
    const pupil = {
      pupilId: 'a',
      checkpoints: [cp('phys', 'start', '2026-09-20', 12, 40), cp('phys', 'interim', '2026-12-01', 18, 40), cp('phys', 'end', '2027-05-10', 26, 40)],
    };
    expect(pupilGrowth(pupil, 'phys')).toEqual({
      pupilId: 'a',
      subjectId: 'phys',
      startPercent: 30,
      latestPercent: 65,
      latestKind: 'end',
      growth: 35,
    });
  });

  it('before the end, uses the latest interim; an end before a later interim still wins', () => {
    const interimOnly = {
      pupilId: 'a',
      checkpoints: [cp('phys', 'start', '2026-09-20', 5, 20), cp('phys', 'interim', '2026-11-01', 8, 20), cp('phys', 'interim', '2026-12-01', 7, 20)],
    };
    // 25 % → 35 %: 10 points.
    expect(pupilGrowth(interimOnly, 'phys').growth).toBe(10);
    const endFirst = { pupilId: 'a', checkpoints: [...interimOnly.checkpoints, cp('phys', 'end', '2026-11-15', 10, 20)] };
    expect(pupilGrowth(endFirst, 'phys')).toMatchObject({ latestKind: 'end', growth: 25 });
  });

  it('has no growth without a start or without a later checkpoint, and keeps subjects apart', () => {
    expect(pupilGrowth({ pupilId: 'a', checkpoints: [cp('phys', 'start', '2026-09-20', 5, 20)] }, 'phys').growth).toBeUndefined();
    expect(pupilGrowth({ pupilId: 'a', checkpoints: [cp('phys', 'end', '2027-05-10', 5, 20)] }, 'phys').growth).toBeUndefined();
    expect(
      pupilGrowth({ pupilId: 'a', checkpoints: [cp('phys', 'start', '2026-09-20', 5, 20), cp('alg', 'end', '2027-05-10', 20, 20)] }, 'phys').growth,
    ).toBeUndefined();
  });

  it('a negative growth is kept, and percents of different maxima compare', () => {
    // 7/9 = 77.78 %, 13/20 = 65 %: −12.78 → −12.8.
    const pupil = { pupilId: 'a', checkpoints: [cp('phys', 'start', '2026-09-20', 7, 9), cp('phys', 'end', '2027-05-10', 13, 20)] };
    expect(pupilGrowth(pupil, 'phys')).toMatchObject({ startPercent: 77.8, latestPercent: 65, growth: -12.8 });
  });

  it('a group’s growth is the mean of its pupils’, rounded once; pupils without one are counted apart', () => {
    const pupils = [
      // 1/3 = 33.33 % → 2/3 = 66.67 %: +33.33
      { pupilId: 'a', checkpoints: [cp('phys', 'start', '2026-09-20', 1, 3), cp('phys', 'end', '2027-05-10', 2, 3)] },
      // 50 % → 60 %: +10
      { pupilId: 'b', checkpoints: [cp('phys', 'start', '2026-09-20', 10, 20), cp('phys', 'end', '2027-05-10', 12, 20)] },
      // 40 % → 40 %: 0
      { pupilId: 'c', checkpoints: [cp('phys', 'start', '2026-09-20', 4, 10), cp('phys', 'end', '2027-05-10', 4, 10)] },
      { pupilId: 'd', checkpoints: [cp('phys', 'start', '2026-09-20', 4, 10)] },
    ];
    // (33.333 + 10 + 0) / 3 = 14.444 → 14.4 (rounding each first would give (33.3+10+0)/3 = 14.43 → 14.4 as well, so also check the count).
    expect(groupGrowth(pupils, 'phys')).toEqual({ meanGrowth: 14.4, pupilsWithGrowth: 3, pupilsWithout: 1 });
    expect(groupGrowth([], 'phys')).toEqual({ meanGrowth: undefined, pupilsWithGrowth: 0, pupilsWithout: 0 });
  });

  it('a subject’s growth is over the pupils who chose it', () => {
    const pupils = [
      { pupilId: 'a', subjectIds: ['phys', 'alg'], checkpoints: [cp('phys', 'start', '2026-09-20', 2, 10), cp('phys', 'end', '2027-05-10', 5, 10)] },
      { pupilId: 'b', subjectIds: ['phys', 'bio'], checkpoints: [cp('phys', 'start', '2026-09-20', 3, 10), cp('phys', 'end', '2027-05-10', 4, 10)] },
      { pupilId: 'c', subjectIds: ['alg', 'bio'], checkpoints: [cp('phys', 'start', '2026-09-20', 0, 10), cp('phys', 'end', '2027-05-10', 10, 10)] },
    ];
    // (30 + 10) / 2 = 20; pupil c did not choose physics.
    expect(subjectGrowth(pupils, 'phys')).toEqual({ meanGrowth: 20, pupilsWithGrowth: 2, pupilsWithout: 0 });
  });
});

describe('lagging topics suggested from class mastery', () => {
  const mastery = classMastery([
    { pupilId: 'a', topicId: 'forces', points: 2, maxPoints: 10 },
    { pupilId: 'a', topicId: 'motion', points: 5, maxPoints: 10 },
    { pupilId: 'a', topicId: 'energy', points: 9, maxPoints: 10 },
    { pupilId: 'b', topicId: 'forces', points: 3, maxPoints: 10 },
    { pupilId: 'b', topicId: 'optics', points: 1, maxPoints: 10 },
  ]);

  it('suggests the pupil’s own unmastered topics weakest first, then the class’s weak topics they have no work on', () => {
    expect(suggestLaggingTopics(mastery, 'a', new Set()).map((s) => [s.topicId, s.pupilPercent])).toEqual([
      ['forces', 20],
      ['motion', 50],
      ['optics', undefined],
    ]);
  });

  it('leaves out topics already recorded and open', () => {
    expect(suggestLaggingTopics(mastery, 'a', new Set(['forces'])).map((s) => s.topicId)).toEqual(['motion', 'optics']);
  });
});

describe('the week’s pace of a group’s lessons', () => {
  it('counts the lessons of the Monday-to-Sunday week of the day, against two', () => {
    // 2026-11-23 is a Monday, 2026-11-29 a Sunday.
    const held = ['2026-11-22', '2026-11-23', '2026-11-26', '2026-11-29', '2026-11-30'];
    expect(weekPace(held, '2026-11-25')).toEqual({ weekStart: '2026-11-23', held: 3, required: 2 });
    expect(weekPace(held, '2026-11-29')).toEqual({ weekStart: '2026-11-23', held: 3, required: 2 });
    expect(weekPace(held, '2026-11-30')).toEqual({ weekStart: '2026-11-30', held: 1, required: 2 });
    expect(weekPace([], '2026-11-23').held).toBe(0);
  });
});
