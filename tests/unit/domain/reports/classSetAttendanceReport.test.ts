import { describe, expect, it } from 'vitest';
import { indexAttendance } from '@/domain/reports/attendanceIndex';
import { classSetAttendanceReport, schoolAttendanceReport } from '@/domain/reports/classSetAttendanceReport';
import { attendanceFixture, RANGE, THRESHOLDS } from './attendanceFixture';

const index = indexAttendance(attendanceFixture());
const report = classSetAttendanceReport(index, 'cs56', RANGE, THRESHOLDS);
const row = (pupilId: string, r = report) => r.rows.find((x) => x.pupilId === pupilId)!;

describe('class set attendance report', () => {
  it('counts only held lessons of the class set in the period', () => {
    expect(report.heldLessons).toBe(30);
  });

  it('2 absent + 1 ill of 30 lessons is 90 % present, ignoring marks on cancelled, planned and deleted lessons and deleted marks', () => {
    expect(row('ahmetov').summary).toEqual({
      heldLessons: 30,
      missed: { absent: 2, excused: 0, ill: 1, total: 3 },
      wholeDaysMissed: [],
      latenesses: 0,
      presentPercent: 90,
      absenceRuns: { longest: 2, current: 0 },
    });
    expect(row('ahmetov').absencePercent).toBe(10);
  });

  it('counts a whole day missed, an excused lesson and a lateness (late counts as present)', () => {
    const s = row('bekova').summary;
    expect(s.missed).toEqual({ absent: 0, excused: 1, ill: 3, total: 4 });
    expect(s.wholeDaysMissed).toEqual(['2025-09-03']);
    expect(s.latenesses).toBe(1);
    expect(s.presentPercent).toBeCloseTo((26 * 100) / 30, 10);
  });

  it('counts a pupil moved mid-period only for their days in each class set', () => {
    expect(row('omarov').spans).toEqual([{ from: '2025-09-01', to: '2025-09-05' }]);
    expect(row('omarov').grade).toBe(6);
    expect(row('omarov').summary.heldLessons).toBe(15);
    expect(row('omarov').summary.missed.total).toBe(1);
    const other = classSetAttendanceReport(index, 'cs78', RANGE, THRESHOLDS);
    expect(other.rows.map((r) => r.pupilId)).toEqual(['omarov']);
    expect(row('omarov', other).spans).toEqual([{ from: '2025-09-08', to: '2025-09-12' }]);
    expect(row('omarov', other).grade).toBe(7);
    expect(row('omarov', other).summary.heldLessons).toBe(10);
    expect(row('omarov', other).summary.presentPercent).toBe(90);
  });

  it('keeps a withdrawn pupil in reports of days before the withdrawal, counting lessons up to it', () => {
    expect(row('seitova').summary.heldLessons).toBe(21);
    expect(row('seitova').spans).toEqual([{ from: '2025-09-01', to: '2025-09-09' }]);
    const after = classSetAttendanceReport(index, 'cs56', { from: '2025-09-10', to: '2025-09-12' }, THRESHOLDS);
    expect(after.rows.map((r) => r.pupilId)).not.toContain('seitova');
    expect(after.rows.map((r) => r.pupilId)).not.toContain('omarov');
  });

  it('highlights pupils over the absence threshold (strictly more) and with N consecutive absences', () => {
    expect(row('ahmetov').flags).toEqual({ overAbsenceThreshold: false, consecutiveAbsences: false }); // exactly 10 %
    expect(row('bekova').flags).toEqual({ overAbsenceThreshold: true, consecutiveAbsences: false });
    expect(row('kasymova').summary.absenceRuns).toEqual({ longest: 5, current: 0 });
    expect(row('kasymova').flags).toEqual({ overAbsenceThreshold: true, consecutiveAbsences: true });
    const lenient = classSetAttendanceReport(index, 'cs56', RANGE, { absencePercent: 50, consecutiveAbsences: 6 });
    expect(lenient.totals.flaggedPupils).toBe(0);
    const off = classSetAttendanceReport(index, 'cs56', RANGE, { absencePercent: 100, consecutiveAbsences: 0 });
    expect(off.rows.some((r) => r.flags.consecutiveAbsences)).toBe(false);
  });

  it('orders rows by grade, then by name, and leaves deleted pupils out', () => {
    expect(report.rows.map((r) => [r.grade, r.person.surname])).toEqual([
      [5, 'Ахметов'],
      [5, 'Қасымова'],
      [5, 'Сейітова'],
      [6, 'Бекова'],
      [6, 'Омаров'],
    ]);
  });

  it('totals the class set over pupil-lessons', () => {
    expect(report.totals).toEqual({
      pupils: 5,
      pupilLessons: 30 + 30 + 15 + 21 + 30,
      missed: { absent: 8, excused: 1, ill: 4, total: 13 },
      wholeDaysMissed: 2,
      latenesses: 1,
      presentPercent: ((126 - 13) * 100) / 126,
      flaggedPupils: 2,
    });
  });

  it('a one-day report of a day with no lessons lists the pupils with no percent', () => {
    const sunday = classSetAttendanceReport(index, 'cs56', { from: '2025-09-07', to: '2025-09-07' }, THRESHOLDS);
    expect(sunday.rows.map((r) => r.pupilId)).toEqual(['ahmetov', 'kasymova', 'seitova', 'bekova']); // Омаров left 5-6 on 09-05
    expect(sunday.rows.every((r) => r.summary.presentPercent === null && r.absencePercent === null)).toBe(true);
    expect(sunday.totals.presentPercent).toBeNull();
  });

  it("the school report gives each class set's totals and the school's", () => {
    const school = schoolAttendanceReport(index, ['cs56', 'cs78'], RANGE, THRESHOLDS);
    expect(school.classSets.map((c) => [c.classSetId, c.totals.pupils, c.totals.pupilLessons])).toEqual([
      ['cs56', 5, 126],
      ['cs78', 1, 10],
    ]);
    expect(school.totals.pupils).toBe(6);
    expect(school.totals.pupilLessons).toBe(136);
    expect(school.totals.missed.total).toBe(14);
    expect(school.totals.presentPercent).toBeCloseTo((122 * 100) / 136, 10);
  });
});
