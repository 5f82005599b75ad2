import { describe, expect, it } from 'vitest';
import { ATTENDANCE_STATUSES, AttendanceStatus, journalCode, paperFormCode, statusFromJournalCode } from '@/domain/attendance';

describe('journal codes', () => {
  it('Russian letters: absent н, excused п, ill б, late о, present blank', () => {
    expect(ATTENDANCE_STATUSES.map((s) => journalCode(s, 'ru'))).toEqual(['', 'н', 'п', 'б', 'о']);
  });

  it('Kazakh letters: absent Ж, excused Д, ill А, late К, present blank', () => {
    expect(ATTENDANCE_STATUSES.map((s) => journalCode(s, 'kk'))).toEqual(['', 'Ж', 'Д', 'А', 'К']);
  });

  it('reads a letter of either journal in either case back to its status', () => {
    for (const s of ATTENDANCE_STATUSES) {
      expect(statusFromJournalCode(journalCode(s, 'ru'))).toBe(s);
      expect(statusFromJournalCode(journalCode(s, 'kk'))).toBe(s);
    }
    expect(statusFromJournalCode('Н')).toBe(AttendanceStatus.absent);
    expect(statusFromJournalCode(' ж ')).toBe(AttendanceStatus.absent);
    expect(statusFromJournalCode('x')).toBeUndefined();
  });
});

describe('paper form', () => {
  it('prints every missed lesson as н: б and п become н', () => {
    expect(paperFormCode(AttendanceStatus.ill, 'ru')).toBe('н');
    expect(paperFormCode(AttendanceStatus.excused, 'ru')).toBe('н');
    expect(paperFormCode(AttendanceStatus.absent, 'ru')).toBe('н');
    expect(paperFormCode(AttendanceStatus.ill, 'kk')).toBe('Ж');
  });

  it('leaves lateness (о) and presence out', () => {
    expect(paperFormCode(AttendanceStatus.late, 'ru')).toBe('');
    expect(paperFormCode(AttendanceStatus.late, 'kk')).toBe('');
    expect(paperFormCode(AttendanceStatus.present, 'ru')).toBe('');
  });
});
