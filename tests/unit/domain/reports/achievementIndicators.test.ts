/**
 * The school's achievement figures against values worked out by hand: үлгерім (no mark
 * below 3) and білім сапасы (only 4s and 5s) over assessed pupils; a missing term mark is
 * "not assessed", never failing; a pupil who moved class set mid-quarter counts where their
 * term mark is; the year from the year marks (mean of the four terms, .5 up).
 */
import { describe, expect, it } from 'vitest';
import { achievementFigures, achievementTrend, type Quarter, type TermMarkEntry } from '@/domain/reports/achievementIndicators';

const term = (pupilId: string, classSetId: string, subjectId: string, quarter: Quarter, mark?: number, extra: Partial<TermMarkEntry> = {}) =>
  ({ pupilId, classSetId, subjectId, quarter, ...(mark === undefined ? {} : { mark }), ...extra }) satisfies TermMarkEntry;

/** The same mark in all four quarters. */
const allYear = (pupilId: string, classSetId: string, subjectId: string, marks: readonly (number | undefined)[]) =>
  marks.map((mark, i) => term(pupilId, classSetId, subjectId, (i + 1) as Quarter, mark));

describe('achievement figures of a class set, a subject and a quarter', () => {
  it('counts үлгерім and білім сапасы over the pupils with a term mark; one without is not assessed, not failing', () => {
    const q2 = achievementFigures({
      terms: [
        term('a', '5', 'math', 2, 5),
        term('b', '5', 'math', 2, 4),
        term('c', '5', 'math', 2, 3),
        term('d', '5', 'math', 2, 2),
        term('e', '5', 'math', 2),
      ],
    }).get(2)!;
    // Assessed 4 of 5: no mark below 3 for a, b, c → 3 / 4 = 75 %; only 4s and 5s for a, b → 2 / 4 = 50 %.
    expect(q2.cells.get('5')!.get('math')).toEqual({
      pupils: 5,
      assessed: 4,
      notAssessed: 1,
      performing: 3,
      good: 2,
      performancePercent: 75,
      qualityPercent: 50,
    });
  });

  it('gives no share at all while nobody has a term mark, rather than 0 % or 100 %', () => {
    const q1 = achievementFigures({ terms: [term('a', '5', 'math', 1), term('b', '5', 'math', 1)] }).get(1)!;
    expect(q1.cells.get('5')!.get('math')).toMatchObject({ pupils: 2, assessed: 0, notAssessed: 2, performancePercent: null, qualityPercent: null });
    expect(q1.school).toMatchObject({ assessed: 0, performancePercent: null, qualityPercent: null });
  });

  it('judges a class set over all subjects by each pupil’s lowest term mark', () => {
    const q1 = achievementFigures({
      terms: [
        ...[term('a', '7', 'math', 1, 5), term('a', '7', 'kaz', 1, 4)],
        ...[term('b', '7', 'math', 1, 5), term('b', '7', 'kaz', 1, 3)],
        ...[term('c', '7', 'math', 1, 2), term('c', '7', 'kaz', 1, 5)],
        // d has no mathematics mark yet: judged on Kazakh alone, never failing for the missing mark.
        ...[term('d', '7', 'math', 1), term('d', '7', 'kaz', 1, 4)],
        ...[term('e', '7', 'math', 1), term('e', '7', 'kaz', 1)],
      ],
    }).get(1)!;
    // Assessed a, b, c, d; succeeding a, b, d (3 / 4 = 75 %); of quality a, d (2 / 4 = 50 %); e not assessed.
    expect(q1.classSets.get('7')).toMatchObject({
      pupils: 5,
      assessed: 4,
      notAssessed: 1,
      performing: 3,
      good: 2,
      performancePercent: 75,
      qualityPercent: 50,
    });
    // Mathematics alone: a, b, c assessed; a, b succeed (2 / 3); a, b of quality (2 / 3).
    expect(q1.cells.get('7')!.get('math')).toMatchObject({ assessed: 3, notAssessed: 2, performing: 2, good: 2 });
    expect(q1.cells.get('7')!.get('math')!.performancePercent).toBeCloseTo(66.667, 3);
  });

  it('adds the class sets up to the school, each pupil once, per subject and over all subjects', () => {
    const q3 = achievementFigures({
      terms: [
        term('a', '5', 'math', 3, 5),
        term('a', '5', 'kaz', 3, 5),
        term('b', '5', 'math', 3, 3),
        term('b', '5', 'kaz', 3, 4),
        term('c', '9', 'math', 3, 4),
        term('c', '9', 'kaz', 3, 2),
        term('d', '9', 'math', 3, 4),
      ],
    }).get(3)!;
    // Mathematics over the school: 5, 3, 4, 4 → all succeed (100 %), three of quality (75 %).
    expect(q3.subjects.get('math')).toMatchObject({ pupils: 4, assessed: 4, performancePercent: 100, qualityPercent: 75 });
    // Kazakh: 5, 4, 2 → 2 / 3 succeed and are of quality.
    expect(q3.subjects.get('kaz')).toMatchObject({ pupils: 3, performing: 2, good: 2 });
    // The school: a (5, 5) both; b (3, 4) succeeds; c (4, 2) neither; d (4) both → 3 / 4 and 2 / 4.
    expect(q3.school).toMatchObject({ pupils: 4, assessed: 4, performing: 3, good: 2, performancePercent: 75, qualityPercent: 50 });
    expect(q3.classSets.get('9')).toMatchObject({ pupils: 2, performing: 1, good: 1, performancePercent: 50, qualityPercent: 50 });
  });

  it('counts a pupil who moved class set mid-quarter only where their term mark is, and a leaver not at all', () => {
    const q2 = achievementFigures({
      terms: [
        // Dana left 3-4 on 20 November for 5-6, where her term mark is given.
        term('dana', '3-4', 'math', 2, undefined, { leftBeforeEnd: true }),
        term('dana', '5-6', 'math', 2, 4),
        term('asel', '3-4', 'math', 2, 2),
        // Marat left the school before the quarter's end.
        term('marat', '5-6', 'math', 2, undefined, { leftBeforeEnd: true }),
      ],
    }).get(2)!;
    expect(q2.cells.get('3-4')!.get('math')).toMatchObject({ pupils: 1, assessed: 1, performing: 0 });
    expect(q2.cells.get('5-6')!.get('math')).toMatchObject({ pupils: 1, assessed: 1, notAssessed: 0, performancePercent: 100, qualityPercent: 100 });
    expect(q2.school).toMatchObject({ pupils: 2, assessed: 2, performancePercent: 50, qualityPercent: 50 });
  });
});

describe('achievement figures of the year', () => {
  it('uses each pupil’s year mark: the mean of the four terms, .5 up; a missing term leaves the pupil not assessed', () => {
    const year = achievementFigures({
      terms: [
        ...allYear('a', '5', 'math', [5, 4, 4, 4]), // 4.25 → 4
        ...allYear('b', '5', 'math', [3, 3, 4, 4]), // 3.5 → 4
        ...allYear('c', '5', 'math', [2, 3, 3, 3]), // 2.75 → 3
        ...allYear('d', '5', 'math', [2, 2, 3, 2]), // 2.25 → 2
        ...allYear('e', '5', 'math', [5, 5, undefined, 5]), // no third term yet
      ],
    }).get('year')!;
    // Year marks 4, 4, 3, 2 and one not assessed: 3 / 4 succeed, 2 / 4 of quality.
    expect(year.cells.get('5')!.get('math')).toEqual({
      pupils: 5,
      assessed: 4,
      notAssessed: 1,
      performing: 3,
      good: 2,
      performancePercent: 75,
      qualityPercent: 50,
    });
  });

  it('counts a pupil who moved class set in the year where they end it, with their terms from both', () => {
    const figures = achievementFigures({
      terms: [
        term('dana', '3-4', 'math', 1, 5),
        term('dana', '3-4', 'math', 2, 5),
        term('dana', '3-4', 'math', 3, undefined, { leftBeforeEnd: true }),
        term('dana', '5-6', 'math', 3, 4),
        term('dana', '5-6', 'math', 4, 4),
        // Marat's two terms before he left the school are no year mark, and he is not in the year's figures.
        term('marat', '3-4', 'math', 1, 3),
        term('marat', '3-4', 'math', 2, 3),
      ],
      leftSchool: new Set(['marat']),
    });
    const year = figures.get('year')!;
    // Dana: (5 + 5 + 4 + 4) / 4 = 4.5 → 5, in 5-6.
    expect(year.cells.get('5-6')!.get('math')).toMatchObject({ pupils: 1, assessed: 1, good: 1 });
    expect(year.cells.has('3-4')).toBe(false);
    expect(year.school).toMatchObject({ pupils: 1, performancePercent: 100, qualityPercent: 100 });
    // Marat still counts in the quarters he was there.
    expect(figures.get(1)!.cells.get('3-4')!.get('math')).toMatchObject({ pupils: 2, performing: 2, good: 1, qualityPercent: 50 });
  });
});

describe('the trend across the year', () => {
  it('lists the school’s and a class set’s figures for quarters 1-4 and the year, none where there is nothing', () => {
    const figures = achievementFigures({
      terms: [term('a', '5', 'math', 1, 5), term('b', '5', 'math', 1, 3), term('a', '5', 'math', 2, 4), term('c', '9', 'math', 2, 2)],
    });
    const percents = (rows: ReturnType<typeof achievementTrend>) =>
      rows.map((r) => [r.period, r.indicators?.performancePercent ?? 'none', r.indicators?.qualityPercent ?? 'none']);
    expect(percents(achievementTrend(figures))).toEqual([
      [1, 100, 50],
      [2, 50, 50],
      [3, 'none', 'none'],
      [4, 'none', 'none'],
      ['year', 'none', 'none'],
    ]);
    expect(percents(achievementTrend(figures, '5'))).toEqual([
      [1, 100, 50],
      [2, 100, 100],
      [3, 'none', 'none'],
      [4, 'none', 'none'],
      ['year', 'none', 'none'],
    ]);
  });
});
