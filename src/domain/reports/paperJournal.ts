/**
 * The paper journal's attendance grid for the print stylesheet: pupils down, the held
 * lessons of the period across, one letter per cell in the journal's language (Kazakh
 * Ж/Д/А/К, Russian н/п/б/о). The paper form is coarser than the register: б and п print as
 * н and lateness is left out (`paperFormCode`); the detailed form keeps every letter.
 * A cell is `null` on a lesson the pupil was not in the class set for (before they came,
 * after they moved or were withdrawn), which the print leaves shaded.
 */
import { AttendanceStatus, isMissed, journalCode, paperFormCode, type JournalLanguage } from '../attendance';
import { isDateWithin, type IsoDate } from '../dates';
import type { InstructionLanguage } from '../language';
import type { PersonName } from '../person';
import type { AttendanceIndex } from './attendanceIndex';
import { classSetMembers } from './classSetAttendanceReport';
import type { DateRange } from './reportPeriod';

export const JournalForm = {
  /** As the official paper journal: every missed lesson is н (Ж), lateness is not written. */
  paper: 'paper',
  /** Every code as marked: н п б о (Ж Д А К). */
  detailed: 'detailed',
} as const;
export type JournalForm = (typeof JournalForm)[keyof typeof JournalForm];

export interface JournalLesson {
  readonly sessionId: string;
  readonly date: IsoDate;
  readonly period: number;
  readonly subjectId: string;
}

export interface JournalRow {
  readonly pupilId: string;
  readonly person: PersonName;
  readonly grade: number;
  /** One per lesson column: the letter, '' when present, `null` when not in the class set. */
  readonly cells: readonly (string | null)[];
  /** Lessons missed in the period (any reason), as the journal's totals column counts them. */
  readonly missedLessons: number;
  /** The stretches of the period the pupil was in the class set (a day outside them is not theirs). */
  readonly spans: readonly DateRange[];
}

export interface PaperJournal {
  readonly classSetId: string;
  readonly range: DateRange;
  readonly language: JournalLanguage;
  readonly form: JournalForm;
  readonly lessons: readonly JournalLesson[];
  readonly rows: readonly JournalRow[];
}

export interface PaperJournalOptions {
  readonly language: JournalLanguage;
  readonly form?: JournalForm | undefined;
  /** Only this subject's lessons: the journal keeps a page per subject. */
  readonly subjectId?: string | undefined;
}

/** A class's journal is kept in its language of instruction. */
export function journalLanguageOf(language: InstructionLanguage): JournalLanguage {
  return language;
}

export function paperJournal(index: AttendanceIndex, classSetId: string, range: DateRange, options: PaperJournalOptions): PaperJournal {
  const form = options.form ?? JournalForm.paper;
  const lessons: JournalLesson[] = (index.heldByClassSet.get(classSetId) ?? [])
    .filter((s) => s.date >= range.from && s.date <= range.to)
    .filter((s) => options.subjectId === undefined || s.subjectId === options.subjectId)
    .map((s) => ({ sessionId: s.id, date: s.date, period: s.period, subjectId: s.subjectId }));
  const letter = (status: AttendanceStatus) =>
    form === JournalForm.paper ? paperFormCode(status, options.language) : journalCode(status, options.language);

  const rows = classSetMembers(index, classSetId, range).map(({ pupilId, grade, spans }): JournalRow => {
    const pupil = index.pupils.get(pupilId);
    const marks = index.marksByPupil.get(pupilId);
    let missedLessons = 0;
    const cells = lessons.map((l) => {
      if (!spans.some((s) => isDateWithin(l.date, s.from, s.to))) return null;
      const status = marks?.get(l.sessionId) ?? AttendanceStatus.present;
      if (isMissed(status)) missedLessons += 1;
      return letter(status);
    });
    return {
      pupilId,
      person: { surname: pupil?.surname ?? '', name: pupil?.name ?? '', patronymic: pupil?.patronymic },
      grade,
      cells,
      missedLessons,
      spans,
    };
  });
  return { classSetId, range, language: options.language, form, lessons, rows };
}
