/**
 * A КТЖ spreadsheet's rows (as text, from XLSX or CSV) read into plan entries, with a
 * verdict per row for the preview, as the pupil import does: a topic, a heading (a quarter
 * "II тоқсан" / "2 четверть", or a section "1-бөлім. Натурал сандар" spanning the row), an
 * empty row, or a row with problems, each with its row number as in the file. The section
 * of a topic is its own cell, else the last one above (a merged cell), else the last
 * section heading; its quarter is its own cell, else the last quarter heading, else its date
 * in the academic year. Several objective codes may share a cell ("5.1.2.1, 5.1.2.2" or
 * one per line). Nothing is stored here.
 */
import { quarterOf } from '@/domain/academicCalendar';
import { isIsoDate, type IsoDate } from '@/domain/dates';
import type { AcademicYear } from '@/domain/entities/academicYear';
import type { CalendarPlanEntry } from '@/domain/entities/calendarPlan';
import { TextLimit } from '@/domain/entities/fields';
import { findPlanColumns, foldHeader, type PlanColumns } from './findPlanColumns';
import { PlanImportProblem } from './planImportProblem';

export type PlanRowVerdict =
  | { readonly row: number; readonly kind: 'topic'; readonly entry: CalendarPlanEntry }
  | { readonly row: number; readonly kind: 'heading'; readonly text: string }
  | { readonly row: number; readonly kind: 'problem'; readonly problems: readonly PlanImportProblem[]; readonly topic: string };

export interface PlanImportPreview {
  /** A problem with the whole file; then nothing else is read. */
  readonly fileProblem?: PlanImportProblem | undefined;
  readonly rows: readonly PlanRowVerdict[];
  readonly entries: readonly CalendarPlanEntry[];
  /** Hours per quarter of the entries (index 0 = quarter 1). */
  readonly hoursByQuarter: readonly [number, number, number, number];
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
// `\b` knows only Latin letters: the end of a word is "no letter follows" (\p{L}).
const QUARTER_HEADING =
  /^(?:(i{1,3}|iv|[1-4])\s*[-–.]?\s*(?:тоқсан|четверть|quarter|term)|(?:тоқсан|четверть|quarter|term)\s*(i{1,3}|iv|[1-4]))(?!\p{L})/u;
const SECTION_HEADING = /бөлім|раздел|section/;
const OBJECTIVE_CODE = /^\d{1,2}(?:\.[\p{L}\p{N}]+){2,}$/u;

function quarterIn(text: string): number | undefined {
  // Roman numerals are often typed with the Kazakh letter І (and Russian-layout Х, В-less V stays Latin).
  const folded = foldHeader(text).replace(/і/g, 'i');
  const m = QUARTER_HEADING.exec(folded);
  if (m) {
    const token = m[1] ?? m[2] ?? '';
    return ROMAN[token] ?? Number(token);
  }
  if (/^[1-4]$/.test(folded)) return Number(folded);
  return ROMAN[folded];
}

function hoursIn(text: string): number | undefined | 'bad' {
  const t = text.trim().replace(',', '.');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) && n > 0 && n <= 50 ? n : 'bad';
}

/** A date cell: ISO (from XLSX dates), 02.09.2026, or 02.09 in the academic year. */
function dateIn(text: string, year: Pick<AcademicYear, 'startsOn' | 'endsOn'> | undefined): IsoDate | undefined | 'bad' {
  const t = text.trim();
  if (t === '') return undefined;
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?$/.exec(t);
  if (!m) return /\d/.test(t) ? 'bad' : undefined;
  const [day, month] = [m[1]!.padStart(2, '0'), m[2]!.padStart(2, '0')];
  let y = m[3] ? (m[3].length === 2 ? `20${m[3]}` : m[3]) : undefined;
  if (!y && year) y = Number(month) >= 8 ? year.startsOn.slice(0, 4) : year.endsOn.slice(0, 4);
  const iso = `${y}-${month}-${day}`;
  return y && isIsoDate(iso) ? iso : 'bad';
}

function codesIn(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter((t) => OBJECTIVE_CODE.test(t.replace(/\.$/, '')))).values()].map((t) => t.replace(/\.$/, ''));
}

export function readPlanRows(
  rows: readonly (readonly string[])[],
  year?: Pick<AcademicYear, 'startsOn' | 'endsOn' | 'quarters'> | undefined,
): PlanImportPreview {
  const empty = { rows: [], entries: [], hoursByQuarter: [0, 0, 0, 0] as [number, number, number, number] };
  const found = findPlanColumns(rows);
  if (!found) return { ...empty, fileProblem: PlanImportProblem.noHeader };
  const { headerRow, columns } = found;
  const cell = (r: readonly string[], c: number | undefined) => (c === undefined ? '' : (r[c] ?? '').trim());
  const verdicts: PlanRowVerdict[] = [];
  const entries: CalendarPlanEntry[] = [];
  let quarter: number | undefined;
  let section: string | undefined;
  let lastQuarter = 0;

  rows.slice(headerRow + 1).forEach((r, i) => {
    const row = headerRow + i + 2;
    const filled = r.map((c) => c.trim()).filter(Boolean);
    if (filled.length === 0) return;
    const topic = cell(r, columns.topic);
    const text = filled[0]!;
    // A heading spans the row (a merged cell): one value, not in the topic column unless it reads as one.
    const only = filled.length === 1 ? r.findIndex((c) => c.trim() !== '') : -1;
    const isHeading = only !== -1 && (only !== columns.topic || quarterIn(text) !== undefined || SECTION_HEADING.test(foldHeader(text)));
    if (isHeading) {
      const q = quarterIn(text);
      if (q !== undefined) quarter = q;
      else if (SECTION_HEADING.test(foldHeader(text)) || topic === '') section = text;
      verdicts.push({ row, kind: 'heading', text });
      return;
    }
    const problems: PlanImportProblem[] = [];
    const ownSection = cell(r, columns.section);
    if (ownSection) section = ownSection;
    const ownQuarter = cell(r, columns.quarter);
    if (ownQuarter) quarter = quarterIn(ownQuarter) ?? quarter;
    const hours = hoursIn(cell(r, columns.hours));
    const date = dateIn(cell(r, columns.date), year);
    let entryQuarter = ownQuarter ? quarterIn(ownQuarter) : quarter;
    if (entryQuarter === undefined && typeof date === 'string' && year) entryQuarter = quarterOf(date, year);
    if (topic === '') problems.push(PlanImportProblem.missingTopic);
    if (topic.length > TextLimit.title) problems.push(PlanImportProblem.topicTooLong);
    if (hours === 'bad') problems.push(PlanImportProblem.badHours);
    if (date === 'bad') problems.push(PlanImportProblem.badDate);
    if (entryQuarter === undefined) problems.push(PlanImportProblem.unknownQuarter);
    else if (entryQuarter < lastQuarter) problems.push(PlanImportProblem.quarterOrder);
    if (problems.length > 0 || entryQuarter === undefined) {
      verdicts.push({ row, kind: 'problem', problems, topic });
      return;
    }
    lastQuarter = entryQuarter;
    const codes = codesIn(cell(r, columns.objectives));
    const entry: CalendarPlanEntry = {
      quarter: entryQuarter,
      title: topic,
      hours: typeof hours === 'number' ? hours : 1,
      ...(section ? { section: section.slice(0, TextLimit.title) } : {}),
      ...(codes.length > 0 ? { objectiveCodes: codes.slice(0, 20) } : {}),
      ...(typeof date === 'string' ? { plannedOn: date } : {}),
    };
    entries.push(entry);
    verdicts.push({ row, kind: 'topic', entry });
  });
  const hoursByQuarter: [number, number, number, number] = [0, 0, 0, 0];
  for (const e of entries) hoursByQuarter[e.quarter - 1] = (hoursByQuarter[e.quarter - 1] ?? 0) + e.hours;
  return { rows: verdicts, entries, hoursByQuarter, ...(entries.length === 0 ? { fileProblem: PlanImportProblem.noTopics } : {}) };
}

export type { PlanColumns };
