/**
 * The journal page as spreadsheet sheets to enter into Kundelik in one sitting: a sheet per
 * grade (Kundelik keeps a combined class set's grades as classes of their own), each with a
 * title block (school, class, subject, quarter, teacher when known), one header row (№,
 * pupil, the days, each БЖБ and the ТЖБ with their maximum, term percent, term mark, year
 * mark) and one row per pupil. Labels come from the caller in the journal's language;
 * values stay numbers where they are numbers, and a missing mark is an empty cell.
 */
import type { IsoDate } from '../dates';
import { fullName } from '../person';
import { dayCellValue, type JournalPage, type PageDayColumn, type PageSummative } from './journalPage';

export type SheetValue = string | number | null;

export interface SheetTitle {
  readonly school: string;
  readonly classSet: string;
  readonly subject: string;
  readonly quarter: string;
  readonly teacher?: string | undefined;
}

export interface SheetLabels {
  readonly school: string;
  readonly classSet: string;
  readonly subject: string;
  readonly quarter: string;
  readonly teacher: string;
  readonly pupil: string;
  readonly termPercent: string;
  readonly termMark: string;
  readonly yearMark: string;
  readonly day: (column: PageDayColumn) => string;
  readonly summative: (column: PageSummative) => string;
  /** A grade as the class of a combined class set: "5-сынып", "5 класс". */
  readonly grade: (grade: number) => string;
}

export interface JournalSheet {
  readonly name: string;
  readonly grade: number;
  readonly rows: readonly (readonly SheetValue[])[];
  /** Index of the header row (the rows above it are the title block). */
  readonly headerRow: number;
}

/** `dd.MM`, as the journal heads its days. */
export function shortJournalDate(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}`;
}

export function journalSheets(page: JournalPage, title: SheetTitle, labels: SheetLabels): JournalSheet[] {
  const grades = [...new Set(page.rows.map((r) => r.grade))];
  const combined = grades.length > 1;
  return grades.map((grade): JournalSheet => {
    const classLine = combined ? `${title.classSet} (${labels.grade(grade)})` : title.classSet;
    const titleBlock: SheetValue[][] = [
      [labels.school, title.school],
      [labels.classSet, classLine],
      [labels.subject, title.subject],
      [labels.quarter, title.quarter],
      ...(title.teacher ? [[labels.teacher, title.teacher]] : []),
      [],
    ];
    const header: SheetValue[] = [
      '№',
      labels.pupil,
      ...page.days.map(labels.day),
      ...page.summatives.map(labels.summative),
      labels.termPercent,
      labels.termMark,
      labels.yearMark,
    ];
    const pupils = page.rows
      .filter((r) => r.grade === grade)
      .map((r): SheetValue[] => [
        r.number,
        fullName(r.person),
        ...r.cells.map(dayCellValue),
        ...r.summatives.map((p) => p ?? null),
        r.termPercent ?? null,
        r.termMark ?? null,
        r.yearMark ?? null,
      ]);
    return { name: combined ? labels.grade(grade) : title.classSet, grade, rows: [...titleBlock, header, ...pupils], headerRow: titleBlock.length };
  });
}

/** The sheets as CSV rows, one after another with an empty row between; decimals with a comma, as Excel reads them in kk and ru. */
export function journalCsvRows(sheets: readonly JournalSheet[]): string[][] {
  const text = (v: SheetValue) => (v === null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : v);
  return sheets.flatMap((sheet, i) => [...(i > 0 ? [[]] : []), ...sheet.rows.map((row) => row.map(text))]);
}
