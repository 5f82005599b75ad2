/**
 * A class set's journal page for a subject and quarter, as the Journal screen shows it and
 * the Kundelik export writes it: the gradebook's works and results (scored attempts, typed
 * marks, term marks, year marks) laid over the subject's attendance page of the quarter.
 * The figures are the gradebook's own (`readGradebook`, `readYearMarks`), never recomputed
 * here; the layout is `journalPage` in src/domain/reports.
 */
import { isoDate, isDateWithin } from '@/domain/dates';
import type { JournalLanguage } from '@/domain/attendance';
import { indexAttendance } from '@/domain/reports/attendanceIndex';
import { journalPage, type JournalPage, type PageWork, type PupilResults } from '@/domain/reports/journalPage';
import { journalLanguageOf, paperJournal, type JournalForm } from '@/domain/reports/paperJournal';
import type { DateRange } from '@/domain/reports/reportPeriod';
import type { PersonName } from '@/domain/person';
import type { SandyqDb } from '../db/db';
import { isLive, liveRows } from '../db/queries/liveRows';
import { readClassSetAttendance } from '../db/queries/readAttendanceData';
import type { RowOf } from '../db/recordRow';
import { readGradebook, type Gradebook } from '../gradebook/readGradebook';
import { readYearMarks } from '../gradebook/readYearMarks';

export interface JournalPageQuery {
  readonly classSetId: string;
  readonly subjectId: string;
  readonly quarter: number;
  readonly form?: JournalForm | undefined;
}

export interface JournalPageData {
  readonly page: JournalPage;
  readonly classSetName: string;
  /** The class's journal language (its language of instruction): the export's headers are in it. */
  readonly language: JournalLanguage;
  readonly range: DateRange;
  /** Who taught most of the quarter's lessons of the subject, else who the timetable names; absent when neither is known. */
  readonly teacher?: PersonName | undefined;
}

/** The day each work is written on: the day its assignment to the class set opened (the first, if given twice). */
function worksOf(book: Gradebook, assignments: readonly RowOf<'assignments'>[], range: DateRange): PageWork[] {
  return book.columns.map((column) => {
    const opened = assignments
      .filter((a) => a.assessmentId === column.assessment.id)
      .map((a) => isoDate(a.opensAt))
      // A formative task is in the quarter by the day it opened; a summative names its quarter and may open before it.
      .filter((date) => column.component !== 'formative' || isDateWithin(date, range.from, range.to))
      .sort();
    return {
      id: column.assessment.id,
      component: column.component,
      title: column.assessment.title,
      maxScore: column.maxScore,
      date: opened[0] ?? range.from,
    };
  });
}

function resultsOf(book: Gradebook, yearMarks: Awaited<ReturnType<typeof readYearMarks>>): PupilResults[] {
  return book.rows.map((row) => {
    // A pupil who left before the quarter's end gets their term (and year) mark where they went.
    const here = row.leftOn === undefined;
    const year = yearMarks.get(row.pupil.id);
    return {
      pupilId: row.pupil.id,
      person: row.pupil,
      grade: row.pupil.grade,
      scores: new Map([...row.cells].map(([id, cell]) => [id, cell.score])),
      ...(here && row.term.ok ? { term: { percent: row.term.value.percent, mark: row.term.value.mark } } : {}),
      ...(here && year?.ok ? { yearMark: year.value.mark } : {}),
    };
  });
}

async function teacherOf(
  db: SandyqDb,
  query: JournalPageQuery,
  sessions: readonly RowOf<'lessonSessions'>[],
  range: DateRange,
): Promise<PersonName | undefined> {
  const taught = new Map<string, number>();
  for (const s of sessions)
    if (isLive(s) && s.status === 'held' && s.subjectId === query.subjectId && s.classSetId === query.classSetId)
      taught.set(s.teacherId, (taught.get(s.teacherId) ?? 0) + 1);
  let teacherId = [...taught].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (teacherId === undefined) {
    const slots = await liveRows(db, 'timetableSlots').where('classSetId', query.classSetId);
    teacherId = slots.find(
      (s) => s.subjectId === query.subjectId && s.validFrom <= range.to && (s.validTo === undefined || s.validTo >= range.from),
    )?.teacherId;
  }
  const staff = teacherId === undefined ? undefined : await liveRows(db, 'staff').get(teacherId);
  return staff && { surname: staff.surname, name: staff.name, patronymic: staff.patronymic };
}

export async function readJournalPage(db: SandyqDb, query: JournalPageQuery): Promise<JournalPageData | null> {
  const classSet = await liveRows(db, 'classSets').get(query.classSetId);
  if (!classSet) return null;
  const year = await liveRows(db, 'academicYears').get(classSet.academicYearId);
  const quarter = year?.quarters[query.quarter - 1];
  if (!quarter) return null;
  const range: DateRange = { from: quarter.startsOn, to: quarter.endsOn };
  const reading = readGradebook(db, query);
  const [book, yearMarks, attendanceRows, assignments] = await Promise.all([
    reading,
    // The year column reuses the quarter just read rather than reading it again.
    reading.then((known) => readYearMarks(db, query.classSetId, query.subjectId, { quarter: query.quarter, book: known })),
    readClassSetAttendance(db, [query.classSetId], range),
    liveRows(db, 'assignments').where('classSetId', query.classSetId),
  ]);
  if (!book) return null;
  const language = journalLanguageOf(classSet.language);
  const attendance = paperJournal(indexAttendance(attendanceRows), query.classSetId, range, {
    language,
    form: query.form,
    subjectId: query.subjectId,
  });
  const page = journalPage({ attendance, works: worksOf(book, assignments, range), results: resultsOf(book, yearMarks) });
  const teacher = await teacherOf(db, query, attendanceRows.sessions, range);
  return { page, classSetName: classSet.name, language, range, ...(teacher ? { teacher } : {}) };
}
