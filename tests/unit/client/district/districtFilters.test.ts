/**
 * The district view's figures under filters, against sums worked out by hand from the
 * fixture's cells: shares over the pupils the filters keep, cross-filtering (each chart
 * keeps every filter but its own), the trend's quarter-on-quarter change, and the choices.
 */
import { describe, expect, it } from 'vitest';
import {
  filterChoices,
  gradeLines,
  latestQuarter,
  linkShare,
  growthLines,
  quarterTrend,
  schoolLines,
  subjectLines,
  totals,
  filteredCells,
} from '@/client/district/districtFilters';
import { OVERVIEW } from './overviewFixture';

describe('the district figures', () => {
  it('adds the schools over all subjects when no subject is chosen', () => {
    const f = totals(filteredCells(OVERVIEW, { period: 1 }));
    // 10 + 5 + 20 assessed; 6 + 5 + 10 performing; 2 + 5 + 5 good; 180 + 50 + 150 of 200 + 50 + 200 lessons.
    expect(f).toMatchObject({ assessed: 35, performing: 21, good: 12, lessons: 450, attended: 380 });
    expect(f.performancePercent).toBeCloseTo(60);
    expect(f.qualityPercent).toBeCloseTo((12 * 100) / 35);
    expect(f.attendancePercent).toBeCloseTo((380 * 100) / 450);
  });

  it('gives no share, not 0 %, where nobody was assessed', () => {
    const f = totals(filteredCells(OVERVIEW, { period: 3 }));
    expect(f).toMatchObject({ assessed: 0, performancePercent: null, qualityPercent: null, attendancePercent: null });
  });

  it('choosing grade 8 filters every other chart, and the grade chart still shows every grade', () => {
    const filters = { period: 1, grade: 8 } as const;
    expect(schoolLines(OVERVIEW, filters).map((l) => [l.name, l.figures.assessed])).toEqual([
      ['Ақсай', 10],
      ['Бестамақ', 20],
    ]);
    expect(subjectLines(OVERVIEW, filters).map((l) => [l.key, l.figures.assessed, l.figures.performing])).toEqual([
      ['algebra', 8, 6],
      ['physics', 30, 18],
    ]);
    expect(quarterTrend(OVERVIEW, filters).map((p) => p.figures.assessed)).toEqual([30, 10, 0, 0]);
    expect(gradeLines(OVERVIEW, filters).map((l) => [l.key, l.figures.assessed])).toEqual([
      [8, 30],
      [9, 5],
    ]);
  });

  it('filters by school, subject, shift and language together', () => {
    const filters = { period: 1, schoolId: 'school-a', subject: 'physics', shift: 2, language: 'ru' } as const;
    expect(totals(filteredCells(OVERVIEW, filters))).toMatchObject({ assessed: 5, performing: 5, good: 5 });
    // The school table keeps its own lines: school B has nothing in the second shift.
    expect(schoolLines(OVERVIEW, filters).map((l) => [l.schoolId, l.figures.assessed])).toEqual([
      ['school-a', 5],
      ['school-b', 0],
    ]);
  });

  it("gives each quarter's change from the one before in percentage points", () => {
    const trend = quarterTrend(OVERVIEW, { period: 1, schoolId: 'school-a', grade: 8, subject: 'physics' });
    expect(trend[0]).toMatchObject({ performanceChange: null, qualityChange: null });
    expect(trend[1]!.performanceChange).toBeCloseTo(90 - 80);
    expect(trend[1]!.qualityChange).toBeCloseTo(60 - 40);
    expect(trend[1]!.attendanceChange).toBeCloseTo(95 - 90);
    expect(trend[2]).toMatchObject({ performanceChange: null, qualityChange: null, attendanceChange: null });
  });

  it('offers the values the cells have and opens on the latest quarter with marks', () => {
    expect(filterChoices(OVERVIEW)).toEqual({
      schools: [
        { id: 'school-a', name: 'Ақсай' },
        { id: 'school-b', name: 'Бестамақ' },
      ],
      grades: [8, 9],
      subjects: ['algebra', 'physics'],
      shifts: [1, 2],
      languages: ['kk', 'ru'],
    });
    expect(latestQuarter(OVERVIEW)).toBe(2);
  });

  it('counts the schools whose latest download is under half their contract, of those measured against one', () => {
    // School A: 3.2 of 8 Mbit/s; school B never measured.
    expect(linkShare(OVERVIEW, {})).toEqual({ measured: 1, underHalf: 1 });
    expect(linkShare(OVERVIEW, { schoolId: 'school-b' })).toEqual({ measured: 0, underHalf: 0 });
    const atHalf = { ...OVERVIEW, schools: OVERVIEW.schools.map((s) => (s.link ? { ...s, link: { ...s.link, downMbps: 4 } } : s)) };
    expect(linkShare(atHalf, {})).toEqual({ measured: 1, underHalf: 0 });
  });

  it("adds the schools' programme growth per subject and divides once, by grade when one is chosen", () => {
    expect(growthLines(OVERVIEW, { period: 1 })).toEqual([
      { subject: 'algebra', pupilsWithGrowth: 4, pupilsWithout: 0, meanGrowth: 2.5 },
      // (30 + 5) percentage points over 3 + 2 pupils, not the mean of the two schools' means.
      { subject: 'physics', pupilsWithGrowth: 5, pupilsWithout: 2, meanGrowth: 7 },
    ]);
    expect(growthLines(OVERVIEW, { period: 1, grade: 9 })).toEqual([{ subject: 'physics', pupilsWithGrowth: 3, pupilsWithout: 0, meanGrowth: 10 }]);
    expect(growthLines(OVERVIEW, { period: 1, schoolId: 'school-b', subject: 'algebra' })).toEqual([
      { subject: 'algebra', pupilsWithGrowth: 4, pupilsWithout: 0, meanGrowth: 2.5 },
    ]);
  });
});
