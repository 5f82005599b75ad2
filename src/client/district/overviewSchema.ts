/**
 * The district overview as the view reads it: the answer (`GET /api/v1/district/overview`,
 * its schema in src/sync/districtMessages.ts, shared with the server) flattened into one list
 * of cells, each naming its school by index (`CELL` order).
 */
import { overviewWireSchema, type OverviewWire, type SchoolCell } from '@/sync/districtMessages';

export { overviewWireSchema, type OverviewWire };

/** Positions in a cell tuple. */
export const CELL = {
  school: 0,
  grade: 1,
  language: 2,
  shift: 3,
  subject: 4,
  period: 5,
  pupils: 6,
  assessed: 7,
  performing: 8,
  good: 9,
  lessons: 10,
  attended: 11,
} as const;

/** Period 5 is the year; '' as a subject is the line over all subjects. */
export const YEAR_PERIOD = 5;
export const ALL_SUBJECTS = '';

/** [school index, grade, language, shift, subject, period, pupils, assessed, performing, good, lessons, attended] */
export type OverviewCell = [number, ...SchoolCell];
export type OverviewSchool = Omit<OverviewWire['schools'][number], 'cells'>;

/** The overview as the view reads it: one list of cells, each naming its school by index. */
export interface DistrictOverviewAnswer extends Omit<OverviewWire, 'schools'> {
  readonly schools: readonly OverviewSchool[];
  readonly cells: readonly OverviewCell[];
}

export function flattenOverview(wire: OverviewWire): DistrictOverviewAnswer {
  const { schools, ...rest } = wire;
  return {
    ...rest,
    schools: schools.map(({ cells: _cells, ...school }) => school),
    cells: schools.flatMap((s, i) => s.cells.map((c): OverviewCell => [i, ...c])),
  };
}

/** Parses an answer (or a stored one) into the view's form. */
export const districtOverviewSchema = overviewWireSchema.transform(flattenOverview);
