/**
 * One page of the class journal as Kundelik and the paper journal keep it: one class set,
 * one subject, one quarter. Pupils down in journal order (by grade, then surname and name;
 * a combined class set is kept in Kundelik as one class per grade, so each grade is
 * numbered from 1); the subject's held lessons of the quarter across, each cell with the
 * attendance letter of the paper journal and the points of the formative work (ҚБ / ФО) of
 * that day; then a column for each БЖБ (СОР) and the ТЖБ (СОЧ) in points, the term percent
 * and mark, and the year mark.
 *
 * Which day a piece of formative work is written on: the day its assignment to the class
 * set opened (as the gradebook places it in a quarter), whether the points come from a
 * scored attempt or were typed. A typed mark's own date is the day it was typed, often
 * days later, so it is not used. The work goes into that day's first lesson of the subject
 * that has no work yet; a day without such a lesson (work set on a day the subject was not
 * taught, or more tasks than lessons) gets a column of its own, dated, without a letter.
 * Summatives have columns of their own, as Kundelik keeps БЖБ and ТЖБ apart from the
 * lessons' marks.
 *
 * A missing result stays empty, never 0; so do a term mark with a part missing and a year
 * mark before all four terms have theirs. A cell on a day the pupil was not in the class
 * set (before they came, after they left) is not theirs: `inClass` is false there, as
 * paperJournal's `null`; points they earned on such a day still show.
 */
import { isDateWithin, type IsoDate } from '../dates';
import type { TermComponent } from '../grading/termMark';
import { compareByName, type PersonName } from '../person';
import type { JournalLanguage } from '../attendance';
import type { JournalForm, JournalLesson, PaperJournal } from './paperJournal';
import type { DateRange } from './reportPeriod';

/** A piece of work of the quarter as the page shows it. */
export interface PageWork {
  /** The assessment's id: a pupil's points are looked up by it. */
  readonly id: string;
  readonly component: TermComponent;
  readonly title: string;
  readonly maxScore: number;
  /** The day the work is written on: the day its assignment to the class set opened. */
  readonly date: IsoDate;
}

/** What the gradebook holds for one pupil of the page. */
export interface PupilResults {
  readonly pupilId: string;
  readonly person: PersonName;
  readonly grade: number;
  /** Points per work id; a work with no result yet is absent. */
  readonly scores: ReadonlyMap<string, number>;
  /** Absent while a part of the term mark is missing (or the term mark is given elsewhere). */
  readonly term?: { readonly percent: number; readonly mark: number } | undefined;
  /** Absent until all four terms have their mark. */
  readonly yearMark?: number | undefined;
}

export interface JournalPageInput {
  /** The subject's attendance page of the quarter (`paperJournal` with `subjectId`). */
  readonly attendance: PaperJournal;
  readonly works: readonly PageWork[];
  readonly results: readonly PupilResults[];
}

/** A column of days: a held lesson, or a day with formative work and no lesson to put it in. */
export interface PageDayColumn {
  readonly date: IsoDate;
  readonly lesson?: JournalLesson | undefined;
  /** The formative work written on this column. */
  readonly work?: PageWork | undefined;
}

/** A БЖБ or the ТЖБ; `number` counts the quarter's works of its kind from 1 (БЖБ 1, БЖБ 2). */
export interface PageSummative {
  readonly work: PageWork;
  readonly number: number;
}

export interface PageCell {
  /** Whether the pupil was in the class set on the column's day. */
  readonly inClass: boolean;
  /** The attendance letter ('' when present, on a column without a lesson, or not in the class set). */
  readonly letter: string;
  /** The points of the column's work; absent where there is none. */
  readonly points?: number | undefined;
}

export interface PageRow {
  readonly pupilId: string;
  readonly person: PersonName;
  readonly grade: number;
  /** The pupil's number in the journal of their grade, from 1. */
  readonly number: number;
  readonly cells: readonly PageCell[];
  /** Points per summative column; `undefined` where there is no result. */
  readonly summatives: readonly (number | undefined)[];
  /** The term percent to one decimal, as the journal writes it. */
  readonly termPercent?: number | undefined;
  readonly termMark?: number | undefined;
  readonly yearMark?: number | undefined;
  readonly missedLessons: number;
}

export interface JournalPage {
  readonly range: DateRange;
  readonly language: JournalLanguage;
  readonly form: JournalForm;
  readonly days: readonly PageDayColumn[];
  readonly summatives: readonly PageSummative[];
  readonly rows: readonly PageRow[];
}

const byDateThenTitle = (a: PageWork, b: PageWork) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.title.localeCompare(b.title, 'kk') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Lays each formative work on its day's first free lesson, or on a column of its own. */
function dayColumns(lessons: readonly JournalLesson[], formative: readonly PageWork[]): PageDayColumn[] {
  const columns: Array<{ date: IsoDate; lesson?: JournalLesson; work?: PageWork }> = lessons.map((lesson) => ({ date: lesson.date, lesson }));
  const extra: PageDayColumn[] = [];
  for (const work of [...formative].sort(byDateThenTitle)) {
    const free = columns.find((c) => c.date === work.date && c.work === undefined);
    if (free) free.work = work;
    else extra.push({ date: work.date, work });
  }
  // A work's own column comes after that day's lessons.
  const all: PageDayColumn[] = [...columns];
  for (const column of extra) {
    const after = all.findIndex((c) => c.date > column.date);
    all.splice(after < 0 ? all.length : after, 0, column);
  }
  return all;
}

function summativeColumns(works: readonly PageWork[]): PageSummative[] {
  const of = (component: TermComponent) =>
    works
      .filter((w) => w.component === component)
      .sort(byDateThenTitle)
      .map((work, i) => ({ work, number: i + 1 }));
  return [...of('sectionSummative'), ...of('termSummative')];
}

const ONE_DECIMAL = (value: number) => Math.round(value * 10) / 10;

export function journalPage(input: JournalPageInput): JournalPage {
  const { attendance } = input;
  const days = dayColumns(
    attendance.lessons,
    input.works.filter((w) => w.component === 'formative'),
  );
  const summatives = summativeColumns(input.works);
  const resultsOf = new Map(input.results.map((r) => [r.pupilId, r]));
  const lessonIndex = new Map(attendance.lessons.map((l, i) => [l.sessionId, i]));

  const onPage = attendance.rows.map((row) => ({
    pupilId: row.pupilId,
    person: row.person,
    grade: row.grade,
    missedLessons: row.missedLessons,
    letterOn: (column: PageDayColumn): string | null =>
      column.lesson !== undefined
        ? (row.cells[lessonIndex.get(column.lesson.sessionId) ?? -1] ?? null)
        : row.spans.some((s) => isDateWithin(column.date, s.from, s.to))
          ? ''
          : null,
  }));
  // A pupil on the gradebook but not in the attendance index has no enrolment rows; the
  // gradebook counts such a pupil as in the class set all along, and so does the page.
  const listed = new Set(onPage.map((p) => p.pupilId));
  const unlisted = input.results
    .filter((r) => !listed.has(r.pupilId))
    .map((r) => ({ pupilId: r.pupilId, person: r.person, grade: r.grade, missedLessons: 0, letterOn: (): string | null => '' }));
  const pupils = [...onPage, ...unlisted].sort(
    (a, b) => a.grade - b.grade || compareByName(a.person, b.person) || (a.pupilId < b.pupilId ? -1 : a.pupilId > b.pupilId ? 1 : 0),
  );

  const numbers = new Map<number, number>();
  const rows = pupils.map((pupil): PageRow => {
    const results = resultsOf.get(pupil.pupilId);
    const number = (numbers.get(pupil.grade) ?? 0) + 1;
    numbers.set(pupil.grade, number);
    const cells = days.map((column): PageCell => {
      const letter = pupil.letterOn(column);
      const points = column.work ? results?.scores.get(column.work.id) : undefined;
      return { inClass: letter !== null, letter: letter ?? '', ...(points !== undefined ? { points } : {}) };
    });
    return {
      pupilId: pupil.pupilId,
      person: pupil.person,
      grade: pupil.grade,
      number,
      cells,
      summatives: summatives.map((s) => results?.scores.get(s.work.id)),
      ...(results?.term ? { termPercent: ONE_DECIMAL(results.term.percent), termMark: results.term.mark } : {}),
      ...(results?.yearMark !== undefined ? { yearMark: results.yearMark } : {}),
      missedLessons: pupil.missedLessons,
    };
  });
  return { range: attendance.range, language: attendance.language, form: attendance.form, days, summatives, rows };
}

/** A day cell as one spreadsheet value: the letter, the points (a number), both ("Ж 3"), or empty. */
export function dayCellValue(cell: PageCell): string | number | null {
  if (cell.points === undefined) return cell.letter === '' ? null : cell.letter;
  return cell.letter === '' ? cell.points : `${cell.letter} ${cell.points}`;
}
