import { describe, expect, it } from 'vitest';
import type { AttendanceStatus } from '@/domain/attendance';
import {
  attendanceSummary,
  consecutiveAbsences,
  lessonAttendance,
  lessonsMissedByCode,
  latenessCount,
  presentPercent,
  wholeDaysMissed,
  type ExpectedLesson,
  type PupilMark,
} from '@/domain/attendanceSummary';
import type { LessonStatus } from '@/domain/entities/lessonSession';

function lesson(id: string, date: string, period: number, status: LessonStatus = 'held'): ExpectedLesson {
  return { id, date, period, status };
}
const mark = (sessionId: string, status: AttendanceStatus): PupilMark => ({ sessionId, status });

// Monday: three lessons; Tuesday: two lessons and a cancelled one; Wednesday: two lessons.
const LESSONS = [
  lesson('mon1', '2025-09-08', 1),
  lesson('mon2', '2025-09-08', 2),
  lesson('mon3', '2025-09-08', 3),
  lesson('tue1', '2025-09-09', 1),
  lesson('tue2', '2025-09-09', 2),
  lesson('tue3', '2025-09-09', 3, 'cancelled'),
  lesson('wed2', '2025-09-10', 2),
  lesson('wed1', '2025-09-10', 1),
];

describe('attendance summary', () => {
  it('orders held lessons by date and period, skips cancelled ones and marks on them', () => {
    const rows = lessonAttendance(LESSONS, [mark('tue3', 'absent')]);
    expect(rows.map((r) => r.sessionId)).toEqual(['mon1', 'mon2', 'mon3', 'tue1', 'tue2', 'wed1', 'wed2']);
    expect(lessonsMissedByCode(rows).total).toBe(0);
  });

  it('counts an unmarked held lesson as present', () => {
    expect(presentPercent(lessonAttendance(LESSONS, []))).toBe(100);
  });

  it('counts lessons missed by code, leaving lateness out', () => {
    const rows = lessonAttendance(LESSONS, [
      mark('mon1', 'absent'),
      mark('mon2', 'ill'),
      mark('mon3', 'ill'),
      mark('tue1', 'excused'),
      mark('wed1', 'late'),
    ]);
    expect(lessonsMissedByCode(rows)).toEqual({ absent: 1, excused: 1, ill: 2, total: 4 });
    expect(latenessCount(rows)).toBe(1);
  });

  it('a whole day missed is a day every held lesson of which was missed, for any reason', () => {
    const rows = lessonAttendance(LESSONS, [
      mark('mon1', 'ill'),
      mark('mon2', 'ill'),
      mark('mon3', 'excused'),
      mark('tue1', 'absent'),
      mark('tue2', 'absent'),
      mark('wed1', 'absent'),
      mark('wed2', 'late'),
    ]);
    expect(wholeDaysMissed(rows)).toEqual(['2025-09-08', '2025-09-09']);
  });

  it('percent present counts late as present and is null when nothing was held', () => {
    const rows = lessonAttendance(LESSONS, [mark('mon1', 'absent'), mark('mon2', 'late')]);
    expect(presentPercent(rows)).toBeCloseTo((6 * 100) / 7, 10);
    expect(presentPercent([])).toBeNull();
  });

  it('finds the longest and the current run of consecutive missed lessons across days', () => {
    const rows = lessonAttendance(LESSONS, [mark('mon2', 'absent'), mark('mon3', 'ill'), mark('tue1', 'ill'), mark('wed2', 'absent')]);
    expect(consecutiveAbsences(rows)).toEqual({ longest: 3, current: 1 });
    expect(consecutiveAbsences([])).toEqual({ longest: 0, current: 0 });
  });

  it('gathers every count in one summary', () => {
    const s = attendanceSummary(LESSONS, [mark('wed1', 'ill'), mark('wed2', 'ill')]);
    expect(s).toMatchObject({
      heldLessons: 7,
      missed: { absent: 0, excused: 0, ill: 2, total: 2 },
      wholeDaysMissed: ['2025-09-10'],
      latenesses: 0,
      absenceRuns: { longest: 2, current: 2 },
    });
  });
});
