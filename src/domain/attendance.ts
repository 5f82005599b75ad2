/**
 * Attendance statuses and the journal codes teachers know them by.
 *
 * Per lesson the journal marks an absence with a letter: Russian н (absent, no excuse),
 * п (absent with an excuse), б (ill), о (late); the Kazakh journal uses Ж (жоқ), Д (дәлелді
 * себеп), А (ауырды), К (кешікті). Present is left blank. The paper form is coarser: it
 * writes every absence as н (Ж) and leaves lateness out.
 */
import type { Language } from './language';

export const AttendanceStatus = {
  present: 'present',
  /** Absent without an excuse. */
  absent: 'absent',
  /** Absent with an excuse (a note, a family reason, a school errand). */
  excused: 'excused',
  ill: 'ill',
  /** Came late; the pupil was at the lesson. */
  late: 'late',
} as const;
export type AttendanceStatus = (typeof AttendanceStatus)[keyof typeof AttendanceStatus];
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = Object.values(AttendanceStatus);

/** Statuses that mean the pupil missed the lesson. */
export const MISSED_STATUSES = [AttendanceStatus.absent, AttendanceStatus.excused, AttendanceStatus.ill] as const;
export type MissedStatus = (typeof MISSED_STATUSES)[number];

export function isMissed(status: AttendanceStatus): status is MissedStatus {
  return (MISSED_STATUSES as readonly AttendanceStatus[]).includes(status);
}

/** The language of a journal's letters; an English UI shows the Russian ones. */
export type JournalLanguage = Extract<Language, 'kk' | 'ru'>;

/** Journal letters per status; '' for present, which the journal leaves blank. */
export const JOURNAL_CODES: Readonly<Record<JournalLanguage, Readonly<Record<AttendanceStatus, string>>>> = {
  ru: { present: '', absent: 'н', excused: 'п', ill: 'б', late: 'о' },
  kk: { present: '', absent: 'Ж', excused: 'Д', ill: 'А', late: 'К' },
};

export function journalCode(status: AttendanceStatus, language: JournalLanguage): string {
  return JOURNAL_CODES[language][status];
}

/**
 * The status a journal letter stands for, in either language and either case
 * ('н', 'Н', 'Ж', 'ж' ...); blank is present. Unknown letters give `undefined`.
 */
export function statusFromJournalCode(code: string): AttendanceStatus | undefined {
  const c = code.trim().toLocaleLowerCase('ru');
  if (c === '') return AttendanceStatus.present;
  for (const lang of ['ru', 'kk'] as const) {
    for (const status of ATTENDANCE_STATUSES) {
      const letter = JOURNAL_CODES[lang][status];
      if (letter !== '' && letter.toLocaleLowerCase('ru') === c) return status;
    }
  }
  return undefined;
}

/**
 * The letter the paper journal form shows: any missed lesson prints as н (Ж), whatever
 * its reason (б and п become н); lateness and presence print blank.
 */
export function paperFormCode(status: AttendanceStatus, language: JournalLanguage): string {
  return isMissed(status) ? JOURNAL_CODES[language].absent : '';
}
