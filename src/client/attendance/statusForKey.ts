/**
 * Which status a key press sets in the register, so 25 pupils can be marked by keyboard
 * alone: the journal letters of either language (н п б о, Ж Д А К, any case), the same
 * keys by position when the keyboard is switched to another layout (where н and Ж are
 * printed on a Kazakh or Russian keyboard), and the digits 1-5 (present, absent, excused,
 * ill, late), read by position too because the Kazakh layout puts letters on the digit row.
 */
import { AttendanceStatus, statusFromJournalCode } from '@/domain/attendance';

/** Key positions (`KeyboardEvent.code`) of the journal letters on the Russian and Kazakh layouts. */
const LETTER_POSITIONS: Readonly<Record<string, AttendanceStatus>> = {
  KeyY: AttendanceStatus.absent, // н
  KeyG: AttendanceStatus.excused, // п
  Comma: AttendanceStatus.ill, // б
  KeyJ: AttendanceStatus.late, // о
  Semicolon: AttendanceStatus.absent, // Ж
  KeyL: AttendanceStatus.excused, // Д
  KeyF: AttendanceStatus.ill, // А
  KeyR: AttendanceStatus.late, // К
};

/** The digit keys' order, shown beside each status button. */
export const STATUS_DIGITS: Readonly<Record<AttendanceStatus, string>> = {
  present: '1',
  absent: '2',
  excused: '3',
  ill: '4',
  late: '5',
};

const DIGIT_STATUS = new Map(Object.entries(STATUS_DIGITS).map(([status, digit]) => [digit, status as AttendanceStatus]));

export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}

export function statusForKey(press: KeyPress): AttendanceStatus | undefined {
  if (press.ctrlKey === true || press.altKey === true || press.metaKey === true) return undefined;
  const digit = /^(?:Digit|Numpad)([1-5])$/.exec(press.code)?.[1];
  if (digit !== undefined) return DIGIT_STATUS.get(digit);
  if ([...press.key].length === 1 && press.key.trim() !== '') {
    const byLetter = statusFromJournalCode(press.key);
    if (byLetter !== undefined && byLetter !== AttendanceStatus.present) return byLetter;
    if (/^[1-5]$/.test(press.key)) return DIGIT_STATUS.get(press.key);
  }
  return LETTER_POSITIONS[press.code];
}
