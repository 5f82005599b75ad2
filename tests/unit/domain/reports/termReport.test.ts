/**
 * A register of 25 pupils with a term of marks (60 school days × 6 lessons × 25 pupils =
 * 9,000 marks) is summarized exactly. How fast is measured by the register benchmark
 * (`npm run bench`), never asserted here.
 */
import { describe, expect, it } from 'vitest';
import type { AttendanceStatus } from '@/domain/attendance';
import { addDays, weekdayOf } from '@/domain/dates';
import { indexAttendance, type AttendanceData, type ReportMark, type ReportSession } from '@/domain/reports/attendanceIndex';
import { classSetAttendanceReport } from '@/domain/reports/classSetAttendanceReport';
import { paperJournal } from '@/domain/reports/paperJournal';

function term(): AttendanceData {
  const days: string[] = [];
  for (let d = '2025-09-01'; days.length < 60; d = addDays(d, 1)) if (weekdayOf(d) <= 5) days.push(d);
  const sessions: ReportSession[] = days.flatMap((date) =>
    [1, 2, 3, 4, 5, 6].map((period) => ({
      id: `${date}:${period}`,
      classSetId: 'cs',
      date,
      period,
      subjectId: `s${period}`,
      status: 'held' as const,
    })),
  );
  const pupils = Array.from({ length: 25 }, (_, i) => ({ id: `p${i}`, surname: `Surname${i}`, name: 'Name' }));
  const statuses: AttendanceStatus[] = ['absent', 'ill', 'late', 'excused'];
  const marks: ReportMark[] = pupils.flatMap((p, i) =>
    sessions.map((s, j) => ({ sessionId: s.id, pupilId: p.id, status: (i * 7 + j) % 40 < 4 ? statuses[(i * 7 + j) % 40]! : 'present' })),
  );
  return {
    pupils,
    enrolments: pupils.map((p) => ({ pupilId: p.id, classSetId: 'cs', grade: 5, from: '2025-09-01' })),
    sessions,
    marks,
  };
}

describe('report performance', () => {
  it('summarizes a register of 25 pupils with 9,000 marks exactly', () => {
    const data = term();
    expect(data.marks).toHaveLength(9_000);
    const range = { from: '2025-09-01', to: '2025-12-31' };
    const run = () => {
      const index = indexAttendance(data);
      const report = classSetAttendanceReport(index, 'cs', range, { absencePercent: 20, consecutiveAbsences: 3 });
      paperJournal(index, 'cs', range, { language: 'kk' });
      return report;
    };
    const report = run();
    expect(report.rows).toHaveLength(25);
    expect(report.totals.pupilLessons).toBe(9_000);
    expect(report.totals.missed.total + report.totals.latenesses).toBe(900);
  });
});
