import { describe, expect, it } from 'vitest';
import { indexAttendance } from '@/domain/reports/attendanceIndex';
import { pupilAttendanceReport } from '@/domain/reports/pupilAttendanceReport';
import { attendanceFixture, RANGE, THRESHOLDS } from './attendanceFixture';

const index = indexAttendance(attendanceFixture());

describe('pupil attendance report', () => {
  it('follows a moved pupil across class sets, with counts per class set', () => {
    const r = pupilAttendanceReport(index, 'omarov', RANGE, THRESHOLDS)!;
    expect(r.summary.heldLessons).toBe(25);
    expect(r.summary.missed.absent).toBe(2);
    expect(r.summary.presentPercent).toBe(92);
    expect(r.byClassSet.map((c) => [c.classSetId, c.spans, c.summary.heldLessons, c.summary.missed.total])).toEqual([
      ['cs56', [{ from: '2025-09-01', to: '2025-09-05' }], 15, 1],
      ['cs78', [{ from: '2025-09-08', to: '2025-09-12' }], 10, 1],
    ]);
  });

  it('lists the lessons in date and period order with their status', () => {
    const r = pupilAttendanceReport(index, 'omarov', { from: '2025-09-05', to: '2025-09-09' }, THRESHOLDS)!;
    expect(r.lessons.map((l) => [l.date, l.period, l.classSetId, l.status])).toEqual([
      ['2025-09-05', 1, 'cs56', 'present'],
      ['2025-09-05', 2, 'cs56', 'present'],
      ['2025-09-05', 3, 'cs56', 'present'],
      ['2025-09-08', 1, 'cs78', 'present'],
      ['2025-09-08', 2, 'cs78', 'present'],
      ['2025-09-09', 1, 'cs78', 'absent'],
      ['2025-09-09', 2, 'cs78', 'present'],
    ]);
  });

  it("includes the pupil's group lessons (Digital teacher) beside the class set's", () => {
    const r = pupilAttendanceReport(index, 'ahmetov', RANGE, THRESHOLDS)!;
    expect(r.summary.heldLessons).toBe(31);
    expect(r.summary.missed).toEqual({ absent: 3, excused: 0, ill: 1, total: 4 });
    expect(r.lessons.find((l) => l.groupId === 'dt')).toMatchObject({ date: '2025-09-10', status: 'absent' });
    expect(r.byClassSet[0]?.summary.heldLessons).toBe(30);
  });

  it('covers a withdrawn pupil up to the withdrawal only', () => {
    expect(pupilAttendanceReport(index, 'seitova', RANGE, THRESHOLDS)!.summary.heldLessons).toBe(21);
    const after = pupilAttendanceReport(index, 'seitova', { from: '2025-09-10', to: '2025-09-12' }, THRESHOLDS)!;
    expect(after.summary.heldLessons).toBe(0);
    expect(after.byClassSet).toEqual([]);
  });

  it('flags consecutive absences and gives nothing for an unknown or deleted pupil', () => {
    expect(pupilAttendanceReport(index, 'kasymova', RANGE, THRESHOLDS)!.flags).toEqual({ overAbsenceThreshold: true, consecutiveAbsences: true });
    expect(pupilAttendanceReport(index, 'nobody', RANGE, THRESHOLDS)).toBeUndefined();
    expect(pupilAttendanceReport(index, 'gone', RANGE, THRESHOLDS)).toBeUndefined();
  });
});
