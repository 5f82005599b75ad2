/**
 * The district's view's figures from an overview, under the methodologist's filters
 * (school, grade, subject, shift, language, period), cross-filtered as the region's
 * dashboards are: every chart applies every filter but its own dimension, so choosing
 * grade 8 narrows the schools, subjects and trend to grade 8 while the grade chart still
 * shows every grade, grade 8 marked chosen.
 *
 * Achievement figures add the schools' counts: үлгерім is the share of assessed pupils with
 * no term mark below 3, білім сапасы the share with only 4s and 5s, over the pupils the
 * filters keep (each counted once per school, grade and subject, as the schools' reports
 * count them). With no subject chosen the figures are the schools' lines over all subjects;
 * attendance is the share of pupil-lessons attended.
 */
import { ALL_SUBJECTS, CELL, YEAR_PERIOD, type DistrictOverviewAnswer, type OverviewCell, type OverviewSchool } from './overviewSchema';

export type Period = 1 | 2 | 3 | 4 | typeof YEAR_PERIOD;
export const QUARTER_PERIODS: readonly Period[] = [1, 2, 3, 4];

export interface DistrictFilters {
  readonly schoolId?: string | undefined;
  readonly grade?: number | undefined;
  /** A subject's code. */
  readonly subject?: string | undefined;
  readonly shift?: number | undefined;
  readonly language?: string | undefined;
  readonly period: Period;
}

export type Dimension = 'school' | 'grade' | 'subject' | 'shift' | 'language' | 'period';

export interface Figures {
  readonly pupils: number;
  readonly assessed: number;
  readonly performing: number;
  readonly good: number;
  /** Үлгерім, percent of assessed pupils; null when none was assessed. */
  readonly performancePercent: number | null;
  /** Білім сапасы, percent of assessed pupils; null when none was assessed. */
  readonly qualityPercent: number | null;
  readonly lessons: number;
  readonly attended: number;
  /** Percent of pupil-lessons attended; null when no lesson was held. */
  readonly attendancePercent: number | null;
}

export const NO_FIGURES: Figures = totals([]);

/** The cells every filter but `except` keeps. */
export function filteredCells(overview: DistrictOverviewAnswer, filters: DistrictFilters, except?: Dimension): OverviewCell[] {
  const school = filters.schoolId === undefined ? undefined : overview.schools.findIndex((s) => s.id === filters.schoolId);
  const subject = filters.subject ?? ALL_SUBJECTS;
  return overview.cells.filter(
    (c) =>
      (except === 'school' || school === undefined || c[CELL.school] === school) &&
      (except === 'grade' || filters.grade === undefined || c[CELL.grade] === filters.grade) &&
      // The subject chart lists subjects, so it leaves out the lines over all subjects instead.
      (except === 'subject' ? c[CELL.subject] !== ALL_SUBJECTS : c[CELL.subject] === subject) &&
      (except === 'shift' || filters.shift === undefined || c[CELL.shift] === filters.shift) &&
      (except === 'language' || filters.language === undefined || c[CELL.language] === filters.language) &&
      (except === 'period' || c[CELL.period] === filters.period),
  );
}

export function totals(cells: readonly OverviewCell[]): Figures {
  let pupils = 0;
  let assessed = 0;
  let performing = 0;
  let good = 0;
  let lessons = 0;
  let attended = 0;
  for (const c of cells) {
    pupils += c[CELL.pupils];
    assessed += c[CELL.assessed];
    performing += c[CELL.performing];
    good += c[CELL.good];
    lessons += c[CELL.lessons];
    attended += c[CELL.attended];
  }
  const share = (n: number, of: number) => (of === 0 ? null : (n * 100) / of);
  return {
    pupils,
    assessed,
    performing,
    good,
    performancePercent: share(performing, assessed),
    qualityPercent: share(good, assessed),
    lessons,
    attended,
    attendancePercent: share(attended, lessons),
  };
}

/** The filtered figures split by one dimension (its own filter not applied), in key order. */
function splitBy<K extends string | number>(cells: readonly OverviewCell[], key: (c: OverviewCell) => K): { key: K; figures: Figures }[] {
  const groups = new Map<K, OverviewCell[]>();
  for (const c of cells) {
    const k = key(c);
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  return [...groups]
    .sort(([a], [b]) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))))
    .map(([k, list]) => ({ key: k, figures: totals(list) }));
}

export interface SchoolLine {
  readonly schoolId: string;
  readonly name: string;
  readonly lastSyncAt: string | null;
  readonly current: boolean;
  readonly link: OverviewSchool['link'];
  readonly figures: Figures;
}

/** One line per school of the district (those with no figure under the filters too), by name. */
export function schoolLines(overview: DistrictOverviewAnswer, filters: DistrictFilters): SchoolLine[] {
  const bySchool = new Map(splitBy(filteredCells(overview, filters, 'school'), (c) => c[CELL.school]).map((g) => [g.key, g.figures]));
  return overview.schools
    .map((s, i) => ({
      schoolId: s.id,
      name: s.name,
      lastSyncAt: s.lastSyncAt,
      current: s.current,
      link: s.link,
      figures: bySchool.get(i) ?? NO_FIGURES,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'kk'));
}

export const gradeLines = (overview: DistrictOverviewAnswer, filters: DistrictFilters) =>
  splitBy(filteredCells(overview, filters, 'grade'), (c) => c[CELL.grade]);

export const subjectLines = (overview: DistrictOverviewAnswer, filters: DistrictFilters) =>
  splitBy(filteredCells(overview, filters, 'subject'), (c) => c[CELL.subject]);

export interface TrendPoint {
  readonly quarter: Period;
  readonly figures: Figures;
  /** Change from the quarter before, in percentage points; null for the first quarter or a missing figure. */
  readonly performanceChange: number | null;
  readonly qualityChange: number | null;
  readonly attendanceChange: number | null;
}

/** Quarters 1-4 under every filter but the period, with each quarter's change from the one before. */
export function quarterTrend(overview: DistrictOverviewAnswer, filters: DistrictFilters): TrendPoint[] {
  const cells = filteredCells(overview, filters, 'period');
  const points = QUARTER_PERIODS.map((quarter) => ({ quarter, figures: totals(cells.filter((c) => c[CELL.period] === quarter)) }));
  const change = (now: number | null, before: number | null | undefined) =>
    now === null || before === null || before === undefined ? null : now - before;
  return points.map((p, i) => {
    const before = points[i - 1]?.figures;
    return {
      ...p,
      performanceChange: change(p.figures.performancePercent, before?.performancePercent),
      qualityChange: change(p.figures.qualityPercent, before?.qualityPercent),
      attendanceChange: change(p.figures.attendancePercent, before?.attendancePercent),
    };
  });
}

/** What the filters may choose from: every value some cell has. */
export function filterChoices(overview: DistrictOverviewAnswer) {
  const values = <T>(column: number, skip?: T) =>
    [...new Set(overview.cells.map((c) => c[column] as T))].filter((v) => v !== skip).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    schools: overview.schools.map((s) => ({ id: s.id, name: s.name })).sort((a, b) => a.name.localeCompare(b.name, 'kk')),
    grades: values<number>(CELL.grade),
    subjects: values<string>(CELL.subject, ALL_SUBJECTS),
    shifts: values<number>(CELL.shift),
    languages: values<string>(CELL.language),
  };
}

/** The latest quarter with an assessed pupil, else the first: what the view opens on. */
export function latestQuarter(overview: DistrictOverviewAnswer): Period {
  const withMarks = overview.cells.filter((c) => c[CELL.period] !== YEAR_PERIOD && c[CELL.assessed] > 0).map((c) => c[CELL.period] as Period);
  return withMarks.length === 0 ? 1 : (Math.max(...withMarks) as Period);
}

export interface LinkShare {
  /** Schools with a measurement and a contracted speed. */
  readonly measured: number;
  /** Of those, the ones whose latest download is under half the contracted speed. */
  readonly underHalf: number;
}

/** How many schools (of those the school filter keeps) get under half their contracted speed. */
export function linkShare(overview: DistrictOverviewAnswer, filters: Pick<DistrictFilters, 'schoolId'>): LinkShare {
  let measured = 0;
  let underHalf = 0;
  for (const s of overview.schools) {
    if (filters.schoolId !== undefined && s.id !== filters.schoolId) continue;
    if (!s.link || s.link.contractedMbps === null) continue;
    measured += 1;
    if (s.link.downMbps < s.link.contractedMbps / 2) underHalf += 1;
  }
  return { measured, underHalf };
}

export interface GrowthLine {
  /** The subject's code. */
  readonly subject: string;
  readonly pupilsWithGrowth: number;
  readonly pupilsWithout: number;
  /** Mean growth from the starting checkpoint, percentage points; null while nobody has one. */
  readonly meanGrowth: number | null;
}

/**
 * The Digital teacher programme's growth per subject under the school, grade and subject
 * filters (shift, language and period do not apply: the programme's groups mix class sets
 * and run all year). Without a grade, the schools' lines over all grades are added.
 */
export function growthLines(overview: DistrictOverviewAnswer, filters: DistrictFilters): GrowthLine[] {
  const grade = filters.grade ?? 0;
  const bySubject = new Map<string, { with: number; without: number; sum: number }>();
  for (const school of overview.schools) {
    if (filters.schoolId !== undefined && school.id !== filters.schoolId) continue;
    for (const [g, subject, withGrowth, without, sum] of school.growth) {
      if (g !== grade || (filters.subject !== undefined && subject !== filters.subject)) continue;
      const line = bySubject.get(subject) ?? { with: 0, without: 0, sum: 0 };
      line.with += withGrowth;
      line.without += without;
      line.sum += sum;
      bySubject.set(subject, line);
    }
  }
  return [...bySubject]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([subject, l]) => ({ subject, pupilsWithGrowth: l.with, pupilsWithout: l.without, meanGrowth: l.with === 0 ? null : l.sum / l.with }));
}
