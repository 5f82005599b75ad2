/**
 * A small school for report tests: class sets 5-6 (3 lessons a day) and 7-8 (2 a day) over
 * two school weeks, 2025-09-01 to 2025-09-12 (10 days: 30 lessons in 5-6, 20 in 7-8).
 *
 * - Ахметов (grade 5): absent 09-01 p1 and 09-04 p3, ill 09-01 p2: 2 absent + 1 ill of 30.
 * - Бекова (grade 6): ill all of 09-03, excused 09-05 p1, late 09-08 p2.
 * - Омаров (grade 6 → 7): in 5-6 until 09-05, in 7-8 from 09-08; absent 09-02 p1 and 09-09 p1.
 * - Сейітова (grade 5): withdrawn on 09-09 (her enrolment has no end date: withdrawal ends it).
 * - Қасымова (grade 5): absent all of 09-11 and 09-12 p1-p2: five missed lessons in a row.
 * - Ахметов also has a Digital teacher group lesson on 09-10, which he missed.
 * Noise the reports must ignore: a cancelled and a planned lesson with marks on them, a
 * deleted mark, a deleted lesson.
 */
import type { AttendanceStatus } from '@/domain/attendance';
import type { AttendanceData, ReportMark, ReportSession } from '@/domain/reports/attendanceIndex';

export const DAYS = [
  '2025-09-01',
  '2025-09-02',
  '2025-09-03',
  '2025-09-04',
  '2025-09-05',
  '2025-09-08',
  '2025-09-09',
  '2025-09-10',
  '2025-09-11',
  '2025-09-12',
];
export const RANGE = { from: '2025-09-01', to: '2025-09-12' };
export const sessionId = (classSet: string, date: string, period: number) => `${classSet}:${date}:${period}`;

const lessons = (classSetId: string, periods: number): ReportSession[] =>
  DAYS.flatMap((date) =>
    Array.from({ length: periods }, (_, i) => ({
      id: sessionId(classSetId, date, i + 1),
      classSetId,
      date,
      period: i + 1,
      subjectId: i === 0 ? 'math' : 'kazakh',
      status: 'held' as const,
    })),
  );

const mark = (pupilId: string, classSet: string, date: string, period: number, status: AttendanceStatus): ReportMark => ({
  sessionId: sessionId(classSet, date, period),
  pupilId,
  status,
});

export function attendanceFixture(): AttendanceData {
  return {
    pupils: [
      { id: 'ahmetov', surname: 'Ахметов', name: 'Ерлан', status: 'active' },
      { id: 'bekova', surname: 'Бекова', name: 'Дана', status: 'active' },
      { id: 'omarov', surname: 'Омаров', name: 'Тимур', status: 'active' },
      { id: 'seitova', surname: 'Сейітова', name: 'Аружан', status: 'withdrawn', withdrawnOn: '2025-09-09' },
      { id: 'kasymova', surname: 'Қасымова', name: 'Әйгерім', patronymic: 'Болатқызы', status: 'active' },
      { id: 'gone', surname: 'Deleted', name: 'Row', deleted: true },
    ],
    enrolments: [
      { pupilId: 'ahmetov', classSetId: 'cs56', grade: 5, from: '2025-09-01' },
      { pupilId: 'bekova', classSetId: 'cs56', grade: 6, from: '2025-09-01' },
      { pupilId: 'omarov', classSetId: 'cs56', grade: 6, from: '2025-09-01', to: '2025-09-05' },
      { pupilId: 'omarov', classSetId: 'cs78', grade: 7, from: '2025-09-08' },
      { pupilId: 'seitova', classSetId: 'cs56', grade: 5, from: '2025-09-01' },
      { pupilId: 'kasymova', classSetId: 'cs56', grade: 5, from: '2025-09-01' },
      { pupilId: 'gone', classSetId: 'cs56', grade: 5, from: '2025-09-01' },
    ],
    sessions: [
      ...lessons('cs56', 3),
      ...lessons('cs78', 2),
      { id: 'cancelled', classSetId: 'cs56', date: '2025-09-02', period: 4, subjectId: 'art', status: 'cancelled' },
      { id: 'planned', classSetId: 'cs56', date: '2025-09-12', period: 4, subjectId: 'art', status: 'planned' },
      { id: 'deleted', classSetId: 'cs56', date: '2025-09-12', period: 5, subjectId: 'art', status: 'held', deleted: true },
      { id: 'group-lesson', groupId: 'dt', date: '2025-09-10', period: 8, subjectId: 'algebra', status: 'held' },
    ],
    marks: [
      mark('ahmetov', 'cs56', '2025-09-01', 1, 'absent'),
      mark('ahmetov', 'cs56', '2025-09-01', 2, 'ill'),
      mark('ahmetov', 'cs56', '2025-09-04', 3, 'absent'),
      { sessionId: 'cancelled', pupilId: 'ahmetov', status: 'absent' },
      { sessionId: 'planned', pupilId: 'ahmetov', status: 'absent' },
      { sessionId: 'deleted', pupilId: 'ahmetov', status: 'absent' },
      { ...mark('ahmetov', 'cs56', '2025-09-05', 1, 'absent'), deleted: true },
      { sessionId: 'group-lesson', pupilId: 'ahmetov', status: 'absent' },
      mark('bekova', 'cs56', '2025-09-03', 1, 'ill'),
      mark('bekova', 'cs56', '2025-09-03', 2, 'ill'),
      mark('bekova', 'cs56', '2025-09-03', 3, 'ill'),
      mark('bekova', 'cs56', '2025-09-05', 1, 'excused'),
      mark('bekova', 'cs56', '2025-09-08', 2, 'late'),
      mark('omarov', 'cs56', '2025-09-02', 1, 'absent'),
      mark('omarov', 'cs78', '2025-09-09', 1, 'absent'),
      mark('seitova', 'cs56', '2025-09-09', 1, 'present'),
      mark('kasymova', 'cs56', '2025-09-11', 1, 'absent'),
      mark('kasymova', 'cs56', '2025-09-11', 2, 'absent'),
      mark('kasymova', 'cs56', '2025-09-11', 3, 'absent'),
      mark('kasymova', 'cs56', '2025-09-12', 1, 'absent'),
      mark('kasymova', 'cs56', '2025-09-12', 2, 'absent'),
    ],
    groups: [{ id: 'dt', pupilIds: ['ahmetov'] }],
  };
}

export const THRESHOLDS = { absencePercent: 10, consecutiveAbsences: 5 };
