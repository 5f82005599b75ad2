/**
 * The report as rows for the downloads: one row per class set × subject (and the class set's
 * all subjects, and the school's) with every count and both shares, so a spreadsheet can
 * check the shares or sum them again; and the trend, every class set and the school across
 * quarters 1-4 and the year. Numbers stay numbers (XLSX); shares are rounded to a tenth, as
 * on screen; a share with nobody assessed is left empty, never 0.
 */
import type { XlsxValue } from '@/client/xlsx/encodeXlsx';
import type { Indicators } from '@/domain/grading/indicators';
import { ACHIEVEMENT_PERIODS, type AchievementFigures, type AchievementPeriod } from '@/domain/reports/achievementIndicators';

export interface RowText {
  readonly classSet: string;
  readonly subject: string;
  readonly pupils: string;
  readonly assessed: string;
  readonly notAssessed: string;
  readonly performing: string;
  readonly good: string;
  readonly performance: string;
  readonly quality: string;
  readonly allSubjects: string;
  readonly school: string;
  readonly period: (period: AchievementPeriod) => string;
}

export interface Named {
  readonly id: string;
  readonly name: string;
}

const tenth = (percent: number | null): XlsxValue => (percent === null ? null : Math.round(percent * 10) / 10);

const figures = (i: Indicators | undefined): XlsxValue[] =>
  i ? [i.pupils, i.assessed, i.notAssessed, i.performing, i.good, tenth(i.performancePercent), tenth(i.qualityPercent)] : [];

/** The period's table: the header, then each class set (all subjects, then each subject), then the school. */
export function periodRows(
  figuresOf: AchievementFigures,
  period: AchievementPeriod,
  classSets: readonly Named[],
  subjects: readonly Named[],
  text: RowText,
): XlsxValue[][] {
  const ofPeriod = figuresOf.get(period);
  const header = [
    text.classSet,
    text.subject,
    text.pupils,
    text.assessed,
    text.notAssessed,
    text.performing,
    text.good,
    text.performance,
    text.quality,
  ];
  if (!ofPeriod) return [header];
  const rows: XlsxValue[][] = [header];
  for (const c of classSets) {
    const cells = ofPeriod.cells.get(c.id);
    if (!cells) continue;
    rows.push([c.name, text.allSubjects, ...figures(ofPeriod.classSets.get(c.id))]);
    for (const s of subjects) if (cells.has(s.id)) rows.push([c.name, s.name, ...figures(cells.get(s.id))]);
  }
  rows.push([text.school, text.allSubjects, ...figures(ofPeriod.school)]);
  for (const s of subjects) if (ofPeriod.subjects.has(s.id)) rows.push([text.school, s.name, ...figures(ofPeriod.subjects.get(s.id))]);
  return rows;
}

/** The school and every class set over all subjects, for quarters 1-4 and the year. */
export function trendRows(figuresOf: AchievementFigures, classSets: readonly Named[], text: RowText): XlsxValue[][] {
  const rows: XlsxValue[][] = [
    [text.classSet, ...ACHIEVEMENT_PERIODS.flatMap((p) => [`${text.period(p)}: ${text.performance}`, `${text.period(p)}: ${text.quality}`])],
  ];
  const line = (name: string, of: (period: AchievementPeriod) => Indicators | undefined) =>
    rows.push([name, ...ACHIEVEMENT_PERIODS.flatMap((p) => [tenth(of(p)?.performancePercent ?? null), tenth(of(p)?.qualityPercent ?? null)])]);
  for (const c of classSets) line(c.name, (p) => figuresOf.get(p)?.classSets.get(c.id));
  line(text.school, (p) => figuresOf.get(p)?.school);
  return rows;
}
