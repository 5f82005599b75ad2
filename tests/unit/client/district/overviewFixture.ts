/** A small district overview: two schools, grades 8 and 9, physics and algebra, quarters 1-2. */
import type { DistrictOverviewAnswer, OverviewCell, OverviewWire } from '@/client/district/overviewSchema';

/** [school, grade, language, shift, subject, period, pupils, assessed, performing, good, lessons, attended] */
const cells: OverviewCell[] = [
  // School A (index 0), grade 8, kk, first shift.
  [0, 8, 'kk', 1, 'physics', 1, 10, 10, 8, 4, 100, 90],
  [0, 8, 'kk', 1, 'physics', 2, 10, 10, 9, 6, 100, 95],
  [0, 8, 'kk', 1, 'algebra', 1, 10, 8, 6, 2, 100, 90],
  [0, 8, 'kk', 1, '', 1, 10, 10, 6, 2, 200, 180],
  [0, 8, 'kk', 1, '', 2, 10, 10, 9, 5, 100, 95],
  // School A, grade 9, ru, second shift.
  [0, 9, 'ru', 2, 'physics', 1, 5, 5, 5, 5, 50, 50],
  [0, 9, 'ru', 2, '', 1, 5, 5, 5, 5, 50, 50],
  // School B (index 1), grade 8, kk, first shift.
  [1, 8, 'kk', 1, 'physics', 1, 20, 20, 10, 5, 200, 150],
  [1, 8, 'kk', 1, '', 1, 20, 20, 10, 5, 200, 150],
  [1, 8, 'kk', 1, 'physics', 5, 20, 20, 12, 6, 400, 320],
];

export const OVERVIEW: DistrictOverviewAnswer = {
  district: 'Мұғалжар ауданы',
  yearStart: 2026,
  years: [2026],
  generatedAt: '2026-12-04T10:00:00.000Z',
  schools: [
    {
      id: 'school-a',
      name: 'Ақсай',
      lastSyncAt: '2026-12-04T09:00:00.000Z',
      summarizedAt: '2026-12-04T09:01:00.000Z',
      current: true,
      link: { measuredAt: 1_764_838_800_000, downMbps: 3.2, upMbps: 1, rttMs: 650, contractedMbps: 8, connection: 'satellite' },
      growth: [
        [0, 'physics', 3, 1, 30],
        [9, 'physics', 3, 0, 30],
      ],
    },
    {
      id: 'school-b',
      name: 'Бестамақ',
      lastSyncAt: null,
      summarizedAt: '2026-12-03T09:01:00.000Z',
      current: false,
      link: null,
      growth: [
        [0, 'physics', 2, 1, 5],
        [0, 'algebra', 4, 0, 10],
      ],
    },
  ],
  subjects: [
    { code: 'physics', names: { kk: 'Физика', ru: 'Физика', en: 'Physics' } },
    { code: 'algebra', names: { kk: 'Алгебра', ru: 'Алгебра', en: 'Algebra' } },
  ],
  columns: ['grade', 'language', 'shift', 'subject', 'period', 'pupils', 'assessed', 'performing', 'good', 'lessons', 'attended'],
  cells,
};

/** The same overview as the server sends it: each school with its own cells. */
export const OVERVIEW_WIRE: OverviewWire = {
  ...OVERVIEW,
  columns: [...OVERVIEW.columns],
  schools: OVERVIEW.schools.map((school, i) => ({
    ...school,
    cells: OVERVIEW.cells.filter((c) => c[0] === i).map(([, ...rest]) => rest),
  })),
};
