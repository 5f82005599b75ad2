/**
 * The class's figures from the parent reports as tables for Excel, in the report's
 * language: a row per pupil and subject (each part's percent, the term percent and mark or
 * the parts missing, and the pupil's attendance), and a row per pupil, subject and topic
 * (points of the maximum). Percents as the printed page shows them (`shownPercent`), so the
 * file and the paper never disagree.
 */
import { fullName } from '@/domain/person';
import { pickLocalized, type InstructionLanguage, type LocalizedText } from '@/domain/language';
import { shownPercent } from '@/domain/grading/shownPercent';
import { TERM_COMPONENTS, type PupilAchievementReport } from '@/domain/reports/pupilAchievementReport';
import type { TermComponent } from '@/domain/grading/termMark';
import { encodeCsv } from '../csv/encodeCsv';
import { encodeXlsx, type XlsxSheet, type XlsxValue } from '../xlsx/encodeXlsx';
import type { ReportT } from './useReportTranslation';

export const PART_KEYS = {
  formative: 'parentReports:formativeShortLabel',
  sectionSummative: 'parentReports:sectionSummativeShortLabel',
  termSummative: 'parentReports:termSummativeShortLabel',
} as const satisfies Record<TermComponent, string>;

export interface ReportTables {
  readonly marks: readonly (readonly XlsxValue[])[];
  readonly topics: readonly (readonly XlsxValue[])[];
}

const name = (text: LocalizedText, language: InstructionLanguage) => pickLocalized(text, [language]);
const percentOrNull = (p: number | null | undefined) => (p === null || p === undefined ? null : shownPercent(p));

export function parentReportTables(reports: readonly PupilAchievementReport[], t: ReportT, language: InstructionLanguage): ReportTables {
  const part = (c: TermComponent) => t(PART_KEYS[c]);
  const marks: XlsxValue[][] = [
    [
      t('parentReports:pupilColumnLabel'),
      t('parentReports:gradeColumnLabel'),
      t('parentReports:subjectColumnLabel'),
      ...TERM_COMPONENTS.map((c) => t('parentReports:partPercentColumnLabel', { part: part(c) })),
      t('parentReports:termPercentColumnLabel'),
      t('parentReports:termMarkColumnLabel'),
      t('parentReports:missingColumnLabel'),
      t('parentReports:lessonsLabel'),
      t('parentReports:missedLabel'),
      t('parentReports:wholeDaysLabel'),
      t('parentReports:latenessesLabel'),
      t('parentReports:presentLabel'),
    ],
  ];
  const topics: XlsxValue[][] = [
    [
      t('parentReports:pupilColumnLabel'),
      t('parentReports:subjectColumnLabel'),
      t('parentReports:sectionOnlyColumnLabel'),
      t('parentReports:topicColumnLabel'),
      t('parentReports:pointsColumnLabel'),
      t('parentReports:maxPointsColumnLabel'),
      t('parentReports:percentColumnLabel'),
    ],
  ];
  for (const report of reports) {
    const pupil = fullName(report.pupil);
    const a = report.attendance;
    const attendance: XlsxValue[] = a
      ? [a.heldLessons, a.missed.total, a.wholeDaysMissed, a.latenesses, a.presentPercent === null ? null : Math.round(a.presentPercent * 10) / 10]
      : [null, null, null, null, null];
    if (report.subjects.length === 0) marks.push([pupil, report.pupil.grade, null, null, null, null, null, null, null, ...attendance]);
    for (const s of report.subjects) {
      const term = s.term;
      marks.push([
        pupil,
        report.pupil.grade,
        name(s.names, language),
        ...TERM_COMPONENTS.map((c) => percentOrNull(s.parts[c]?.percent)),
        term.kind === 'mark' ? shownPercent(term.percent) : null,
        term.kind === 'mark' ? term.mark : null,
        term.kind === 'missing' ? term.components.map(part).join(', ') : null,
        ...attendance,
      ]);
      for (const section of s.sections)
        for (const topic of section.topics)
          topics.push([
            pupil,
            name(s.names, language),
            name(section.titles, language),
            name(topic.titles, language),
            topic.points,
            topic.maxPoints,
            shownPercent(topic.percent),
          ]);
    }
  }
  return { marks, topics };
}

/** A number with the decimal mark of the report's language (both write 72,5). */
const csvCell = (value: XlsxValue): string => (value === null ? '' : typeof value === 'number' ? String(value).replace('.', ',') : value);

export function parentReportCsv(tables: ReportTables): Uint8Array {
  return encodeCsv(tables.marks.map((row) => row.map(csvCell)));
}

export function parentReportXlsx(tables: ReportTables, t: ReportT): Promise<Uint8Array> {
  const sheets: XlsxSheet[] = [
    { name: t('parentReports:marksSheetTitle'), rows: tables.marks, frozenRows: 1, boldRows: [0], columnWidths: [32, 8, 24] },
    { name: t('parentReports:topicsSheetTitle'), rows: tables.topics, frozenRows: 1, boldRows: [0], columnWidths: [32, 24, 28, 36] },
  ];
  return encodeXlsx(sheets);
}
